from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.chunk_search_result import ChunkSearchResult
from ...types import UNSET, Response


def _get_kwargs(
    document_id: str,
    *,
    collection_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["collection_id"] = collection_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/documents/{document_id}/chunks".format(
            document_id=quote(str(document_id), safe=""),
        ),
        "params": params,
    }

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

    raise errors.error_from_response(response, documented=frozenset({400, 401, 404}))


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
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    collection_id: str,
) -> Response[list[ChunkSearchResult]]:
    """List a document's chunks

     Returns every chunk of a document the caller can see, in reading order, as it sits in a collection
    the caller can read that holds it: each with its id in that collection (the id
    `get_collection_chunks` takes), the document's id as `topic`, and score 0 (no query ranks them). A
    document kept for agents only has no chunks.

    Args:
        document_id (str):
        collection_id (str):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[list[ChunkSearchResult]]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        collection_id=collection_id,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    collection_id: str,
) -> list[ChunkSearchResult]:
    """List a document's chunks

     Returns every chunk of a document the caller can see, in reading order, as it sits in a collection
    the caller can read that holds it: each with its id in that collection (the id
    `get_collection_chunks` takes), the document's id as `topic`, and score 0 (no query ranks them). A
    document kept for agents only has no chunks.

    Args:
        document_id (str):
        collection_id (str):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        list[ChunkSearchResult]
    """

    return sync_detailed(
        document_id=document_id,
        client=client,
        collection_id=collection_id,
    ).parsed


async def asyncio_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    collection_id: str,
) -> Response[list[ChunkSearchResult]]:
    """List a document's chunks

     Returns every chunk of a document the caller can see, in reading order, as it sits in a collection
    the caller can read that holds it: each with its id in that collection (the id
    `get_collection_chunks` takes), the document's id as `topic`, and score 0 (no query ranks them). A
    document kept for agents only has no chunks.

    Args:
        document_id (str):
        collection_id (str):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[list[ChunkSearchResult]]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        collection_id=collection_id,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    collection_id: str,
) -> list[ChunkSearchResult]:
    """List a document's chunks

     Returns every chunk of a document the caller can see, in reading order, as it sits in a collection
    the caller can read that holds it: each with its id in that collection (the id
    `get_collection_chunks` takes), the document's id as `topic`, and score 0 (no query ranks them). A
    document kept for agents only has no chunks.

    Args:
        document_id (str):
        collection_id (str):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        list[ChunkSearchResult]
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            collection_id=collection_id,
        )
    ).parsed
