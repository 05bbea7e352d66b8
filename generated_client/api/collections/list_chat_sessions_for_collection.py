from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_session import ChatSession
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    collection_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collections/{collection_id}/chats".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[ChatSession] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ChatSession.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[ChatSession]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    username: str | Unset = UNSET,
) -> Response[Error | list[ChatSession]]:
    """List a collection's chat sessions

     Returns the caller's own sessions that retrieve from a collection, most recently updated first.

    Args:
        collection_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ChatSession]]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        offset=offset,
        limit=limit,
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    username: str | Unset = UNSET,
) -> Error | list[ChatSession] | None:
    """List a collection's chat sessions

     Returns the caller's own sessions that retrieve from a collection, most recently updated first.

    Args:
        collection_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ChatSession]
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        offset=offset,
        limit=limit,
        username=username,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    username: str | Unset = UNSET,
) -> Response[Error | list[ChatSession]]:
    """List a collection's chat sessions

     Returns the caller's own sessions that retrieve from a collection, most recently updated first.

    Args:
        collection_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ChatSession]]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        offset=offset,
        limit=limit,
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    username: str | Unset = UNSET,
) -> Error | list[ChatSession] | None:
    """List a collection's chat sessions

     Returns the caller's own sessions that retrieve from a collection, most recently updated first.

    Args:
        collection_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ChatSession]
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            offset=offset,
            limit=limit,
            username=username,
        )
    ).parsed
