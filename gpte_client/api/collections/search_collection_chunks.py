from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.chunk_search_result import ChunkSearchResult
from ...models.search_collection_chunks_request import SearchCollectionChunksRequest
from ...types import Response


def _get_kwargs(
    collection_id: str,
    *,
    body: SearchCollectionChunksRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collections/{collection_id}/chunks/search".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[ChunkSearchResult]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ChunkSearchResult.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.error_from_response(response, documented=frozenset({400, 401, 404, 413}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[ChunkSearchResult]]:
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
    body: SearchCollectionChunksRequest,
) -> Response[list[ChunkSearchResult]]:
    """Search a collection's chunks

     Lexical (BM25) search over the chunks of a collection the caller can read, best match first; ties go
    by document id, then by chunk. `topics` names the documents to search (empty: all of them); `offset`
    and `limit` page through the matches. Chunk ids are those `get_collection_chunks` takes.

    Args:
        collection_id (str):
        body (SearchCollectionChunksRequest): A lexical search over a collection's chunks.
            Example: {'query': 'vacation days', 'topics': [], 'offset': 0, 'limit': 5}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[list[ChunkSearchResult]]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchCollectionChunksRequest,
) -> list[ChunkSearchResult]:
    """Search a collection's chunks

     Lexical (BM25) search over the chunks of a collection the caller can read, best match first; ties go
    by document id, then by chunk. `topics` names the documents to search (empty: all of them); `offset`
    and `limit` page through the matches. Chunk ids are those `get_collection_chunks` takes.

    Args:
        collection_id (str):
        body (SearchCollectionChunksRequest): A lexical search over a collection's chunks.
            Example: {'query': 'vacation days', 'topics': [], 'offset': 0, 'limit': 5}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        list[ChunkSearchResult]
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchCollectionChunksRequest,
) -> Response[list[ChunkSearchResult]]:
    """Search a collection's chunks

     Lexical (BM25) search over the chunks of a collection the caller can read, best match first; ties go
    by document id, then by chunk. `topics` names the documents to search (empty: all of them); `offset`
    and `limit` page through the matches. Chunk ids are those `get_collection_chunks` takes.

    Args:
        collection_id (str):
        body (SearchCollectionChunksRequest): A lexical search over a collection's chunks.
            Example: {'query': 'vacation days', 'topics': [], 'offset': 0, 'limit': 5}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[list[ChunkSearchResult]]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchCollectionChunksRequest,
) -> list[ChunkSearchResult]:
    """Search a collection's chunks

     Lexical (BM25) search over the chunks of a collection the caller can read, best match first; ties go
    by document id, then by chunk. `topics` names the documents to search (empty: all of them); `offset`
    and `limit` page through the matches. Chunk ids are those `get_collection_chunks` takes.

    Args:
        collection_id (str):
        body (SearchCollectionChunksRequest): A lexical search over a collection's chunks.
            Example: {'query': 'vacation days', 'topics': [], 'offset': 0, 'limit': 5}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        list[ChunkSearchResult]
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
