from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.prompt_template import PromptTemplate
from ...models.prompt_template_create_request import PromptTemplateCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PromptTemplateCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/prompt_templates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PromptTemplate:
    if response.status_code == 201:
        response_201 = PromptTemplate.from_dict(response.json())

        return response_201

    raise errors.error_from_response(response, documented=frozenset({400, 401, 413}))


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
    body: PromptTemplateCreateRequest,
) -> Response[PromptTemplate]:
    """Create a prompt template

     Creates a prompt template owned by the caller.

    Args:
        body (PromptTemplateCreateRequest): A new prompt template. Example: {'name': 'Concise HR
            assistant', 'system_prompt': 'You are an HR assistant. Answer briefly and cite the
            policy.', 'lang': 'en'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[PromptTemplate]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PromptTemplateCreateRequest,
) -> PromptTemplate:
    """Create a prompt template

     Creates a prompt template owned by the caller.

    Args:
        body (PromptTemplateCreateRequest): A new prompt template. Example: {'name': 'Concise HR
            assistant', 'system_prompt': 'You are an HR assistant. Answer briefly and cite the
            policy.', 'lang': 'en'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        PromptTemplate
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PromptTemplateCreateRequest,
) -> Response[PromptTemplate]:
    """Create a prompt template

     Creates a prompt template owned by the caller.

    Args:
        body (PromptTemplateCreateRequest): A new prompt template. Example: {'name': 'Concise HR
            assistant', 'system_prompt': 'You are an HR assistant. Answer briefly and cite the
            policy.', 'lang': 'en'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[PromptTemplate]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PromptTemplateCreateRequest,
) -> PromptTemplate:
    """Create a prompt template

     Creates a prompt template owned by the caller.

    Args:
        body (PromptTemplateCreateRequest): A new prompt template. Example: {'name': 'Concise HR
            assistant', 'system_prompt': 'You are an HR assistant. Answer briefly and cite the
            policy.', 'lang': 'en'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        PromptTemplate
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
