from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, paging, retries
from ...client import AuthenticatedClient, Client
from ...models.document import Document
from ...models.list_documents_sort_column import ListDocumentsSortColumn
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: ListDocumentsSortColumn | Unset = "updated_at",
    ascending: bool | Unset = False,
    with_summaries: bool | Unset = False,
    metadata_filter: str | Unset = UNSET,
    username: str | Unset = UNSET,
    status: str | Unset = UNSET,
    source: str | Unset = UNSET,
    chat_session_id: str | Unset = UNSET,
    group_by_source_chat: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_sort_column: str | Unset = UNSET
    if not isinstance(sort_column, Unset):
        json_sort_column = sort_column

    params["sort_column"] = json_sort_column

    params["ascending"] = ascending

    params["with_summaries"] = with_summaries

    params["metadata_filter"] = metadata_filter

    params["username"] = username

    params["status"] = status

    params["source"] = source

    params["chat_session_id"] = chat_session_id

    params["group_by_source_chat"] = group_by_source_chat

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/documents",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Document]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Document.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.error_from_response(response, documented=frozenset({400, 401, 404}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Document]]:
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
    sort_column: ListDocumentsSortColumn | Unset = "updated_at",
    ascending: bool | Unset = False,
    with_summaries: bool | Unset = False,
    metadata_filter: str | Unset = UNSET,
    username: str | Unset = UNSET,
    status: str | Unset = UNSET,
    source: str | Unset = UNSET,
    chat_session_id: str | Unset = UNSET,
    group_by_source_chat: bool | Unset = False,
) -> Response[list[Document]]:
    """List documents

     Returns the documents the caller can see (their own, and those in collections they can read), sorted
    by `sort_column` (newest updated first by default).

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (ListDocumentsSortColumn | Unset):  Default: 'updated_at'.
        ascending (bool | Unset):  Default: False.
        with_summaries (bool | Unset):  Default: False.
        metadata_filter (str | Unset):
        username (str | Unset):
        status (str | Unset):
        source (str | Unset):
        chat_session_id (str | Unset):
        group_by_source_chat (bool | Unset):  Default: False.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[list[Document]]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        sort_column=sort_column,
        ascending=ascending,
        with_summaries=with_summaries,
        metadata_filter=metadata_filter,
        username=username,
        status=status,
        source=source,
        chat_session_id=chat_session_id,
        group_by_source_chat=group_by_source_chat,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: ListDocumentsSortColumn | Unset = "updated_at",
    ascending: bool | Unset = False,
    with_summaries: bool | Unset = False,
    metadata_filter: str | Unset = UNSET,
    username: str | Unset = UNSET,
    status: str | Unset = UNSET,
    source: str | Unset = UNSET,
    chat_session_id: str | Unset = UNSET,
    group_by_source_chat: bool | Unset = False,
) -> list[Document]:
    """List documents

     Returns the documents the caller can see (their own, and those in collections they can read), sorted
    by `sort_column` (newest updated first by default).

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (ListDocumentsSortColumn | Unset):  Default: 'updated_at'.
        ascending (bool | Unset):  Default: False.
        with_summaries (bool | Unset):  Default: False.
        metadata_filter (str | Unset):
        username (str | Unset):
        status (str | Unset):
        source (str | Unset):
        chat_session_id (str | Unset):
        group_by_source_chat (bool | Unset):  Default: False.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        list[Document]
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        sort_column=sort_column,
        ascending=ascending,
        with_summaries=with_summaries,
        metadata_filter=metadata_filter,
        username=username,
        status=status,
        source=source,
        chat_session_id=chat_session_id,
        group_by_source_chat=group_by_source_chat,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: ListDocumentsSortColumn | Unset = "updated_at",
    ascending: bool | Unset = False,
    with_summaries: bool | Unset = False,
    metadata_filter: str | Unset = UNSET,
    username: str | Unset = UNSET,
    status: str | Unset = UNSET,
    source: str | Unset = UNSET,
    chat_session_id: str | Unset = UNSET,
    group_by_source_chat: bool | Unset = False,
) -> Response[list[Document]]:
    """List documents

     Returns the documents the caller can see (their own, and those in collections they can read), sorted
    by `sort_column` (newest updated first by default).

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (ListDocumentsSortColumn | Unset):  Default: 'updated_at'.
        ascending (bool | Unset):  Default: False.
        with_summaries (bool | Unset):  Default: False.
        metadata_filter (str | Unset):
        username (str | Unset):
        status (str | Unset):
        source (str | Unset):
        chat_session_id (str | Unset):
        group_by_source_chat (bool | Unset):  Default: False.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[list[Document]]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        sort_column=sort_column,
        ascending=ascending,
        with_summaries=with_summaries,
        metadata_filter=metadata_filter,
        username=username,
        status=status,
        source=source,
        chat_session_id=chat_session_id,
        group_by_source_chat=group_by_source_chat,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: ListDocumentsSortColumn | Unset = "updated_at",
    ascending: bool | Unset = False,
    with_summaries: bool | Unset = False,
    metadata_filter: str | Unset = UNSET,
    username: str | Unset = UNSET,
    status: str | Unset = UNSET,
    source: str | Unset = UNSET,
    chat_session_id: str | Unset = UNSET,
    group_by_source_chat: bool | Unset = False,
) -> list[Document]:
    """List documents

     Returns the documents the caller can see (their own, and those in collections they can read), sorted
    by `sort_column` (newest updated first by default).

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (ListDocumentsSortColumn | Unset):  Default: 'updated_at'.
        ascending (bool | Unset):  Default: False.
        with_summaries (bool | Unset):  Default: False.
        metadata_filter (str | Unset):
        username (str | Unset):
        status (str | Unset):
        source (str | Unset):
        chat_session_id (str | Unset):
        group_by_source_chat (bool | Unset):  Default: False.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        list[Document]
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            with_summaries=with_summaries,
            metadata_filter=metadata_filter,
            username=username,
            status=status,
            source=source,
            chat_session_id=chat_session_id,
            group_by_source_chat=group_by_source_chat,
        )
    ).parsed


def iterate(
    *,
    client: AuthenticatedClient | Client,
    sort_column: ListDocumentsSortColumn | Unset = "updated_at",
    ascending: bool | Unset = False,
    with_summaries: bool | Unset = False,
    metadata_filter: str | Unset = UNSET,
    username: str | Unset = UNSET,
    status: str | Unset = UNSET,
    source: str | Unset = UNSET,
    chat_session_id: str | Unset = UNSET,
    group_by_source_chat: bool | Unset = False,
    page_size: int = 100,
) -> Iterator[Document]:
    """Every item, fetched page by page (``page_size`` at a time) as the iteration goes.

    Takes the arguments of :func:`sync` except ``offset`` and ``limit``, and raises what it raises.
    """

    def fetch(offset: int, limit: int) -> list[Document]:
        return sync(
            client=client,
            sort_column=sort_column,
            ascending=ascending,
            with_summaries=with_summaries,
            metadata_filter=metadata_filter,
            username=username,
            status=status,
            source=source,
            chat_session_id=chat_session_id,
            group_by_source_chat=group_by_source_chat,
            offset=offset,
            limit=limit,
        )

    return paging.iterate_pages(fetch, page_size)


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    sort_column: ListDocumentsSortColumn | Unset = "updated_at",
    ascending: bool | Unset = False,
    with_summaries: bool | Unset = False,
    metadata_filter: str | Unset = UNSET,
    username: str | Unset = UNSET,
    status: str | Unset = UNSET,
    source: str | Unset = UNSET,
    chat_session_id: str | Unset = UNSET,
    group_by_source_chat: bool | Unset = False,
    page_size: int = 100,
) -> AsyncIterator[Document]:
    """Every item, fetched page by page (``page_size`` at a time) as the async iteration goes.

    Takes the arguments of :func:`asyncio` except ``offset`` and ``limit``, and raises what it raises.
    """

    async def fetch(offset: int, limit: int) -> list[Document]:
        return await asyncio(
            client=client,
            sort_column=sort_column,
            ascending=ascending,
            with_summaries=with_summaries,
            metadata_filter=metadata_filter,
            username=username,
            status=status,
            source=source,
            chat_session_id=chat_session_id,
            group_by_source_chat=group_by_source_chat,
            offset=offset,
            limit=limit,
        )

    return paging.aiterate_pages(fetch, page_size)
