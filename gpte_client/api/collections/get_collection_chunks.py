from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.chunk import Chunk
from ...types import Response


def _get_kwargs(
    collection_id: str,
    chunk_ids: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collections/{collection_id}/chunks/{chunk_ids}".format(
            collection_id=quote(str(collection_id), safe=""),
            chunk_ids=quote(str(chunk_ids), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Chunk]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Chunk.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.error_from_response(response, documented=frozenset({400, 401, 404}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Chunk]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_id: str,
    chunk_ids: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Chunk]]:
    """Read chunks of a collection

     Returns chunks by id, in the order asked. A collection's chunks are numbered from 1: its documents
    in the order they were added, each document's chunks in reading order (agent-only documents have
    none). An id past the last chunk answers 404.

    Args:
        collection_id (str):
        chunk_ids (str):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[list[Chunk]]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        chunk_ids=chunk_ids,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    chunk_ids: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[Chunk]:
    """Read chunks of a collection

     Returns chunks by id, in the order asked. A collection's chunks are numbered from 1: its documents
    in the order they were added, each document's chunks in reading order (agent-only documents have
    none). An id past the last chunk answers 404.

    Args:
        collection_id (str):
        chunk_ids (str):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        list[Chunk]
    """

    return sync_detailed(
        collection_id=collection_id,
        chunk_ids=chunk_ids,
        client=client,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    chunk_ids: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Chunk]]:
    """Read chunks of a collection

     Returns chunks by id, in the order asked. A collection's chunks are numbered from 1: its documents
    in the order they were added, each document's chunks in reading order (agent-only documents have
    none). An id past the last chunk answers 404.

    Args:
        collection_id (str):
        chunk_ids (str):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[list[Chunk]]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        chunk_ids=chunk_ids,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    chunk_ids: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[Chunk]:
    """Read chunks of a collection

     Returns chunks by id, in the order asked. A collection's chunks are numbered from 1: its documents
    in the order they were added, each document's chunks in reading order (agent-only documents have
    none). An id past the last chunk answers 404.

    Args:
        collection_id (str):
        chunk_ids (str):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        list[Chunk]
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            chunk_ids=chunk_ids,
            client=client,
        )
    ).parsed
