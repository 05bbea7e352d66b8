from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.archived_chat_sessions import ArchivedChatSessions
from ...models.list_archived_chat_sessions_as_admin_sort_column import (
    ListArchivedChatSessionsAsAdminSortColumn,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    filter_: str | Unset = UNSET,
    sort_column: ListArchivedChatSessionsAsAdminSortColumn | Unset = "archived_at",
    ascending: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["filter"] = filter_

    json_sort_column: str | Unset = UNSET
    if not isinstance(sort_column, Unset):
        json_sort_column = sort_column

    params["sort_column"] = json_sort_column

    params["ascending"] = ascending

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/chats/archived",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArchivedChatSessions:
    if response.status_code == 200:
        response_200 = ArchivedChatSessions.from_dict(response.json())

        return response_200

    raise errors.error_from_response(response, documented=frozenset({400, 401, 403}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ArchivedChatSessions]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    filter_: str | Unset = UNSET,
    sort_column: ListArchivedChatSessionsAsAdminSortColumn | Unset = "archived_at",
    ascending: bool | Unset = False,
) -> Response[ArchivedChatSessions]:
    """List archived chat sessions (admin)

     Admin-only. Returns a page of every user's archived sessions and how many match, filtered by
    `filter` (a case-insensitive substring of the name, id, collection name or username) and sorted by
    `sort_column` (newest archived first by default).

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        filter_ (str | Unset):
        sort_column (ListArchivedChatSessionsAsAdminSortColumn | Unset):  Default: 'archived_at'.
        ascending (bool | Unset):  Default: False.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PermissionDeniedError: On status 403, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[ArchivedChatSessions]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        filter_=filter_,
        sort_column=sort_column,
        ascending=ascending,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    filter_: str | Unset = UNSET,
    sort_column: ListArchivedChatSessionsAsAdminSortColumn | Unset = "archived_at",
    ascending: bool | Unset = False,
) -> ArchivedChatSessions:
    """List archived chat sessions (admin)

     Admin-only. Returns a page of every user's archived sessions and how many match, filtered by
    `filter` (a case-insensitive substring of the name, id, collection name or username) and sorted by
    `sort_column` (newest archived first by default).

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        filter_ (str | Unset):
        sort_column (ListArchivedChatSessionsAsAdminSortColumn | Unset):  Default: 'archived_at'.
        ascending (bool | Unset):  Default: False.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PermissionDeniedError: On status 403, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        ArchivedChatSessions
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        filter_=filter_,
        sort_column=sort_column,
        ascending=ascending,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    filter_: str | Unset = UNSET,
    sort_column: ListArchivedChatSessionsAsAdminSortColumn | Unset = "archived_at",
    ascending: bool | Unset = False,
) -> Response[ArchivedChatSessions]:
    """List archived chat sessions (admin)

     Admin-only. Returns a page of every user's archived sessions and how many match, filtered by
    `filter` (a case-insensitive substring of the name, id, collection name or username) and sorted by
    `sort_column` (newest archived first by default).

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        filter_ (str | Unset):
        sort_column (ListArchivedChatSessionsAsAdminSortColumn | Unset):  Default: 'archived_at'.
        ascending (bool | Unset):  Default: False.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PermissionDeniedError: On status 403, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[ArchivedChatSessions]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        filter_=filter_,
        sort_column=sort_column,
        ascending=ascending,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    filter_: str | Unset = UNSET,
    sort_column: ListArchivedChatSessionsAsAdminSortColumn | Unset = "archived_at",
    ascending: bool | Unset = False,
) -> ArchivedChatSessions:
    """List archived chat sessions (admin)

     Admin-only. Returns a page of every user's archived sessions and how many match, filtered by
    `filter` (a case-insensitive substring of the name, id, collection name or username) and sorted by
    `sort_column` (newest archived first by default).

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        filter_ (str | Unset):
        sort_column (ListArchivedChatSessionsAsAdminSortColumn | Unset):  Default: 'archived_at'.
        ascending (bool | Unset):  Default: False.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PermissionDeniedError: On status 403, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        ArchivedChatSessions
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            filter_=filter_,
            sort_column=sort_column,
            ascending=ascending,
        )
    ).parsed
