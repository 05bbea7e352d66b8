from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.collection import Collection
from ...models.collection_create_request import CollectionCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: CollectionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collections",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Collection:
    if response.status_code == 201:
        response_201 = Collection.from_dict(response.json())

        return response_201

    raise errors.error_from_response(response, documented=frozenset({400, 401, 413}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Collection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CollectionCreateRequest,
) -> Response[Collection]:
    """Create a collection

     Creates an empty collection owned by the caller.

    Args:
        body (CollectionCreateRequest): A new collection. Example: {'name': 'Employee handbook',
            'description': 'Policies every new hire should read.', 'embedding_model': 'BAAI/bge-large-
            en-v1.5'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[Collection]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CollectionCreateRequest,
) -> Collection:
    """Create a collection

     Creates an empty collection owned by the caller.

    Args:
        body (CollectionCreateRequest): A new collection. Example: {'name': 'Employee handbook',
            'description': 'Policies every new hire should read.', 'embedding_model': 'BAAI/bge-large-
            en-v1.5'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Collection
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CollectionCreateRequest,
) -> Response[Collection]:
    """Create a collection

     Creates an empty collection owned by the caller.

    Args:
        body (CollectionCreateRequest): A new collection. Example: {'name': 'Employee handbook',
            'description': 'Policies every new hire should read.', 'embedding_model': 'BAAI/bge-large-
            en-v1.5'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[Collection]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CollectionCreateRequest,
) -> Collection:
    """Create a collection

     Creates an empty collection owned by the caller.

    Args:
        body (CollectionCreateRequest): A new collection. Example: {'name': 'Employee handbook',
            'description': 'Policies every new hire should read.', 'embedding_model': 'BAAI/bge-large-
            en-v1.5'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Collection
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
