from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

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
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCollectionThumbnailBody,
    timeout: float | Unset = 300.0,
) -> Response[Any | Error]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCollectionThumbnailBody,
    timeout: float | Unset = 300.0,
) -> Any | Error | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
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
) -> Response[Any | Error]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCollectionThumbnailBody,
    timeout: float | Unset = 300.0,
) -> Any | Error | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
            timeout=timeout,
        )
    ).parsed
