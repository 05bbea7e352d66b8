from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.get_collection_metadata_response_200 import GetCollectionMetadataResponse200
from ...types import Response


def _get_kwargs(
    collection_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collections/{collection_id}/metadata".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetCollectionMetadataResponse200:
    if response.status_code == 200:
        response_200 = GetCollectionMetadataResponse200.from_dict(response.json())

        return response_200

    raise errors.error_from_response(response, documented=frozenset({401, 404}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetCollectionMetadataResponse200]:
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
) -> Response[GetCollectionMetadataResponse200]:
    """Get a collection's metadata

     Returns the collection's free-form metadata, `{}` when it has none.

    Args:
        collection_id (str):

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[GetCollectionMetadataResponse200]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetCollectionMetadataResponse200:
    """Get a collection's metadata

     Returns the collection's free-form metadata, `{}` when it has none.

    Args:
        collection_id (str):

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        GetCollectionMetadataResponse200
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetCollectionMetadataResponse200]:
    """Get a collection's metadata

     Returns the collection's free-form metadata, `{}` when it has none.

    Args:
        collection_id (str):

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[GetCollectionMetadataResponse200]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetCollectionMetadataResponse200:
    """Get a collection's metadata

     Returns the collection's free-form metadata, `{}` when it has none.

    Args:
        collection_id (str):

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        GetCollectionMetadataResponse200
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
        )
    ).parsed
