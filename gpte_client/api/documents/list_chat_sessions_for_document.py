from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, paging, retries
from ...client import AuthenticatedClient, Client
from ...models.chat_session import ChatSession
from ...types import UNSET, Response, Unset


def _get_kwargs(
    document_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/documents/{document_id}/chats".format(
            document_id=quote(str(document_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[ChatSession]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ChatSession.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.error_from_response(response, documented=frozenset({400, 401, 404}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[ChatSession]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[list[ChatSession]]:
    """List chat sessions on a document

     Returns the caller's chat sessions on collections they can read that hold the document, most
    recently updated first.

    Args:
        document_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[list[ChatSession]]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        offset=offset,
        limit=limit,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> list[ChatSession]:
    """List chat sessions on a document

     Returns the caller's chat sessions on collections they can read that hold the document, most
    recently updated first.

    Args:
        document_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        list[ChatSession]
    """

    return sync_detailed(
        document_id=document_id,
        client=client,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[list[ChatSession]]:
    """List chat sessions on a document

     Returns the caller's chat sessions on collections they can read that hold the document, most
    recently updated first.

    Args:
        document_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[list[ChatSession]]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        offset=offset,
        limit=limit,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> list[ChatSession]:
    """List chat sessions on a document

     Returns the caller's chat sessions on collections they can read that hold the document, most
    recently updated first.

    Args:
        document_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        list[ChatSession]
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            offset=offset,
            limit=limit,
        )
    ).parsed


def iterate(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int = 100,
) -> Iterator[ChatSession]:
    """Every item, fetched page by page (``page_size`` at a time) as the iteration goes.

    Takes the arguments of :func:`sync` except ``offset`` and ``limit``, and raises what it raises.
    """

    def fetch(offset: int, limit: int) -> list[ChatSession]:
        return sync(
            document_id,
            client=client,
            offset=offset,
            limit=limit,
        )

    return paging.iterate_pages(fetch, page_size)


def aiterate(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int = 100,
) -> AsyncIterator[ChatSession]:
    """Every item, fetched page by page (``page_size`` at a time) as the async iteration goes.

    Takes the arguments of :func:`asyncio` except ``offset`` and ``limit``, and raises what it raises.
    """

    async def fetch(offset: int, limit: int) -> list[ChatSession]:
        return await asyncio(
            document_id,
            client=client,
            offset=offset,
            limit=limit,
        )

    return paging.aiterate_pages(fetch, page_size)
