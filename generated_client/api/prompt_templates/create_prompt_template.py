from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PromptTemplate | None:
    if response.status_code == 201:
        response_201 = PromptTemplate.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PromptTemplate]:
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
) -> Response[Error | PromptTemplate]:
    """Create a prompt template

     Creates a prompt template owned by the caller.

    Args:
        body (PromptTemplateCreateRequest): A new prompt template. Example: {'name': 'Concise HR
            assistant', 'system_prompt': 'You are an HR assistant. Answer briefly and cite the
            policy.', 'lang': 'en'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PromptTemplate]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PromptTemplateCreateRequest,
) -> Error | PromptTemplate | None:
    """Create a prompt template

     Creates a prompt template owned by the caller.

    Args:
        body (PromptTemplateCreateRequest): A new prompt template. Example: {'name': 'Concise HR
            assistant', 'system_prompt': 'You are an HR assistant. Answer briefly and cite the
            policy.', 'lang': 'en'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PromptTemplate
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PromptTemplateCreateRequest,
) -> Response[Error | PromptTemplate]:
    """Create a prompt template

     Creates a prompt template owned by the caller.

    Args:
        body (PromptTemplateCreateRequest): A new prompt template. Example: {'name': 'Concise HR
            assistant', 'system_prompt': 'You are an HR assistant. Answer briefly and cite the
            policy.', 'lang': 'en'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PromptTemplate]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PromptTemplateCreateRequest,
) -> Error | PromptTemplate | None:
    """Create a prompt template

     Creates a prompt template owned by the caller.

    Args:
        body (PromptTemplateCreateRequest): A new prompt template. Example: {'name': 'Concise HR
            assistant', 'system_prompt': 'You are an HR assistant. Answer briefly and cite the
            policy.', 'lang': 'en'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PromptTemplate
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
