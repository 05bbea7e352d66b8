from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.embedding_model import EmbeddingModel
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/embedding_models/default",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmbeddingModel:
    if response.status_code == 200:
        response_200 = EmbeddingModel.from_dict(response.json())

        return response_200

    raise errors.error_from_response(response, documented=frozenset({400, 401, 404}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmbeddingModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmbeddingModel]:
    """Get the default embedding model

     Returns the embedding model new collections use.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[EmbeddingModel]
    """

    kwargs = _get_kwargs()

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> EmbeddingModel:
    """Get the default embedding model

     Returns the embedding model new collections use.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        EmbeddingModel
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmbeddingModel]:
    """Get the default embedding model

     Returns the embedding model new collections use.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[EmbeddingModel]
    """

    kwargs = _get_kwargs()

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> EmbeddingModel:
    """Get the default embedding model

     Returns the embedding model new collections use.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        EmbeddingModel
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
