from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.prompt_template import PromptTemplate
from ...models.prompt_template_base import PromptTemplateBase
from ...types import Response


def _get_kwargs(
    prompt_template_id: str,
    *,
    body: PromptTemplateBase,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/prompt_templates/{prompt_template_id}".format(
            prompt_template_id=quote(str(prompt_template_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PromptTemplate | None:
    if response.status_code == 200:
        response_200 = PromptTemplate.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
    prompt_template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PromptTemplateBase,
) -> Response[Error | PromptTemplate]:
    """Update a prompt template

     Changes the given fields of a template the caller owns; omitted fields stay.

    Args:
        prompt_template_id (str):
        body (PromptTemplateBase): Changes to a prompt template; omitted fields stay as they are.
            Example: {'description': 'Short answers that always cite the policy.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PromptTemplate]
    """

    kwargs = _get_kwargs(
        prompt_template_id=prompt_template_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PromptTemplateBase,
) -> Error | PromptTemplate | None:
    """Update a prompt template

     Changes the given fields of a template the caller owns; omitted fields stay.

    Args:
        prompt_template_id (str):
        body (PromptTemplateBase): Changes to a prompt template; omitted fields stay as they are.
            Example: {'description': 'Short answers that always cite the policy.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PromptTemplate
    """

    return sync_detailed(
        prompt_template_id=prompt_template_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PromptTemplateBase,
) -> Response[Error | PromptTemplate]:
    """Update a prompt template

     Changes the given fields of a template the caller owns; omitted fields stay.

    Args:
        prompt_template_id (str):
        body (PromptTemplateBase): Changes to a prompt template; omitted fields stay as they are.
            Example: {'description': 'Short answers that always cite the policy.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PromptTemplate]
    """

    kwargs = _get_kwargs(
        prompt_template_id=prompt_template_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PromptTemplateBase,
) -> Error | PromptTemplate | None:
    """Update a prompt template

     Changes the given fields of a template the caller owns; omitted fields stay.

    Args:
        prompt_template_id (str):
        body (PromptTemplateBase): Changes to a prompt template; omitted fields stay as they are.
            Example: {'description': 'Short answers that always cite the policy.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PromptTemplate
    """

    return (
        await asyncio_detailed(
            prompt_template_id=prompt_template_id,
            client=client,
            body=body,
        )
    ).parsed
