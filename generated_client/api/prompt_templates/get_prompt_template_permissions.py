from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.share_permission import SharePermission
from ...types import Response


def _get_kwargs(
    prompt_template_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/prompt_templates/{prompt_template_id}/permissions".format(
            prompt_template_id=quote(str(prompt_template_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[SharePermission] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SharePermission.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[SharePermission]]:
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
) -> Response[Error | list[SharePermission]]:
    """List who can access a prompt template

     Returns the owner and every user the template is shared with.

    Args:
        prompt_template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[SharePermission]]
    """

    kwargs = _get_kwargs(
        prompt_template_id=prompt_template_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[SharePermission] | None:
    """List who can access a prompt template

     Returns the owner and every user the template is shared with.

    Args:
        prompt_template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[SharePermission]
    """

    return sync_detailed(
        prompt_template_id=prompt_template_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[SharePermission]]:
    """List who can access a prompt template

     Returns the owner and every user the template is shared with.

    Args:
        prompt_template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[SharePermission]]
    """

    kwargs = _get_kwargs(
        prompt_template_id=prompt_template_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[SharePermission] | None:
    """List who can access a prompt template

     Returns the owner and every user the template is shared with.

    Args:
        prompt_template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[SharePermission]
    """

    return (
        await asyncio_detailed(
            prompt_template_id=prompt_template_id,
            client=client,
        )
    ).parsed
