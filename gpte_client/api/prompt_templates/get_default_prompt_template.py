from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.prompt_template import PromptTemplate
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/prompt_templates/default",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PromptTemplate:
    if response.status_code == 200:
        response_200 = PromptTemplate.from_dict(response.json())

        return response_200

    raise errors.error_from_response(response, documented=frozenset({401}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PromptTemplate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[PromptTemplate]:
    """Get the default prompt template

     Returns the system default template, used when neither the session nor its collection has one.

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[PromptTemplate]
    """

    kwargs = _get_kwargs()

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> PromptTemplate:
    """Get the default prompt template

     Returns the system default template, used when neither the session nor its collection has one.

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        PromptTemplate
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[PromptTemplate]:
    """Get the default prompt template

     Returns the system default template, used when neither the session nor its collection has one.

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[PromptTemplate]
    """

    kwargs = _get_kwargs()

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> PromptTemplate:
    """Get the default prompt template

     Returns the system default template, used when neither the session nor its collection has one.

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        PromptTemplate
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
