from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.share_collection_request import ShareCollectionRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    collection_id: str,
    username: str,
    *,
    body: ShareCollectionRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collections/{collection_id}/permissions/{username}".format(
            collection_id=quote(str(collection_id), safe=""),
            username=quote(str(username), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.error_from_response(response, documented=frozenset({400, 401, 404, 409, 413}))


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
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: ShareCollectionRequest | Unset = UNSET,
) -> Response[None]:
    """Share a collection

     Gives a user access to the collection. Only the owner may share; a user the server does not know is
    refused with 409 (sharing with oneself changes nothing).

    Args:
        collection_id (str):
        username (str):
        body (ShareCollectionRequest | Unset): Options for sharing a collection. Example:
            {'permissions': ['read']}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        username=username,
        body=body,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: ShareCollectionRequest | Unset = UNSET,
) -> None:
    """Share a collection

     Gives a user access to the collection. Only the owner may share; a user the server does not know is
    refused with 409 (sharing with oneself changes nothing).

    Args:
        collection_id (str):
        username (str):
        body (ShareCollectionRequest | Unset): Options for sharing a collection. Example:
            {'permissions': ['read']}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        None
    """

    return sync_detailed(
        collection_id=collection_id,
        username=username,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: ShareCollectionRequest | Unset = UNSET,
) -> Response[None]:
    """Share a collection

     Gives a user access to the collection. Only the owner may share; a user the server does not know is
    refused with 409 (sharing with oneself changes nothing).

    Args:
        collection_id (str):
        username (str):
        body (ShareCollectionRequest | Unset): Options for sharing a collection. Example:
            {'permissions': ['read']}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        username=username,
        body=body,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: ShareCollectionRequest | Unset = UNSET,
) -> None:
    """Share a collection

     Gives a user access to the collection. Only the owner may share; a user the server does not know is
    refused with 409 (sharing with oneself changes nothing).

    Args:
        collection_id (str):
        username (str):
        body (ShareCollectionRequest | Unset): Options for sharing a collection. Example:
            {'permissions': ['read']}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            username=username,
            client=client,
            body=body,
        )
    ).parsed
