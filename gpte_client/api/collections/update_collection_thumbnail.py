from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.update_collection_thumbnail_body import UpdateCollectionThumbnailBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    collection_id: str,
    *,
    body: UpdateCollectionThumbnailBody,
    timeout: float | Unset = 300.0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collections/{collection_id}/thumbnail".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.error_from_response(response, documented=frozenset({400, 401, 404, 413, 415}))


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCollectionThumbnailBody,
    timeout: float | Unset = 300.0,
) -> Response[None]:
    """Upload a collection thumbnail

     Stores an image of at most 5 MiB shown next to the collection, from the `file` part (its file name
    may be absent). Bytes that start like a PNG, JPEG, GIF or WebP file are stored as that type,
    whatever content type the part declares; other bytes are stored as they are when the part declares
    one of these four types. A part that does neither is refused with 415.

    Args:
        collection_id (str):
        timeout (float | Unset):  Default: 300.0.
        body (UpdateCollectionThumbnailBody):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnsupportedMediaTypeError: On status 415, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
        timeout=timeout,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCollectionThumbnailBody,
    timeout: float | Unset = 300.0,
) -> None:
    """Upload a collection thumbnail

     Stores an image of at most 5 MiB shown next to the collection, from the `file` part (its file name
    may be absent). Bytes that start like a PNG, JPEG, GIF or WebP file are stored as that type,
    whatever content type the part declares; other bytes are stored as they are when the part declares
    one of these four types. A part that does neither is refused with 415.

    Args:
        collection_id (str):
        timeout (float | Unset):  Default: 300.0.
        body (UpdateCollectionThumbnailBody):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnsupportedMediaTypeError: On status 415, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        None
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCollectionThumbnailBody,
    timeout: float | Unset = 300.0,
) -> Response[None]:
    """Upload a collection thumbnail

     Stores an image of at most 5 MiB shown next to the collection, from the `file` part (its file name
    may be absent). Bytes that start like a PNG, JPEG, GIF or WebP file are stored as that type,
    whatever content type the part declares; other bytes are stored as they are when the part declares
    one of these four types. A part that does neither is refused with 415.

    Args:
        collection_id (str):
        timeout (float | Unset):  Default: 300.0.
        body (UpdateCollectionThumbnailBody):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnsupportedMediaTypeError: On status 415, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
        timeout=timeout,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCollectionThumbnailBody,
    timeout: float | Unset = 300.0,
) -> None:
    """Upload a collection thumbnail

     Stores an image of at most 5 MiB shown next to the collection, from the `file` part (its file name
    may be absent). Bytes that start like a PNG, JPEG, GIF or WebP file are stored as that type,
    whatever content type the part declares; other bytes are stored as they are when the part declares
    one of these four types. A part that does neither is refused with 415.

    Args:
        collection_id (str):
        timeout (float | Unset):  Default: 300.0.
        body (UpdateCollectionThumbnailBody):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnsupportedMediaTypeError: On status 415, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
            timeout=timeout,
        )
    ).parsed
