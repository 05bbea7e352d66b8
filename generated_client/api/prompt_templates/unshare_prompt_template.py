from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    prompt_template_id: str,
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/prompt_templates/{prompt_template_id}/permissions/{username}".format(
            prompt_template_id=quote(str(prompt_template_id), safe=""),
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    prompt_template_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Stop sharing a prompt template with a user

     Revokes one user's access; revoking access the user does not have changes nothing.

    Args:
        prompt_template_id (str):
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        prompt_template_id=prompt_template_id,
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    prompt_template_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Stop sharing a prompt template with a user

     Revokes one user's access; revoking access the user does not have changes nothing.

    Args:
        prompt_template_id (str):
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
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
) -> Response[Any | Error]:
    """Stop sharing a prompt template with a user

     Revokes one user's access; revoking access the user does not have changes nothing.

    Args:
        prompt_template_id (str):
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        prompt_template_id=prompt_template_id,
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    prompt_template_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Stop sharing a prompt template with a user

     Revokes one user's access; revoking access the user does not have changes nothing.

    Args:
        prompt_template_id (str):
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            prompt_template_id=prompt_template_id,
            username=username,
            client=client,
        )
    ).parsed
