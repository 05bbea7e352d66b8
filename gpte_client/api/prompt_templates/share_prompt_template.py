from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    prompt_template_id: str,
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/prompt_templates/{prompt_template_id}/permissions/{username}".format(
            prompt_template_id=quote(str(prompt_template_id), safe=""),
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.error_from_response(response, documented=frozenset({401, 404, 409}))


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    prompt_template_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Share a prompt template

     Gives a user access to the template. Only the owner may share; a user the server does not know is
    refused with 409 (sharing with oneself changes nothing).

    Args:
        prompt_template_id (str):
        username (str):

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        prompt_template_id=prompt_template_id,
        username=username,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    prompt_template_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Share a prompt template

     Gives a user access to the template. Only the owner may share; a user the server does not know is
    refused with 409 (sharing with oneself changes nothing).

    Args:
        prompt_template_id (str):
        username (str):

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        None
    """

    return sync_detailed(
        prompt_template_id=prompt_template_id,
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    prompt_template_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Share a prompt template

     Gives a user access to the template. Only the owner may share; a user the server does not know is
    refused with 409 (sharing with oneself changes nothing).

    Args:
        prompt_template_id (str):
        username (str):

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        prompt_template_id=prompt_template_id,
        username=username,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    prompt_template_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Share a prompt template

     Gives a user access to the template. Only the owner may share; a user the server does not know is
    refused with 409 (sharing with oneself changes nothing).

    Args:
        prompt_template_id (str):
        username (str):

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            prompt_template_id=prompt_template_id,
            username=username,
            client=client,
        )
    ).parsed
