from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.chat_session import ChatSession
from ...models.create_chat_session_request import CreateChatSessionRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateChatSessionRequest | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["collection_id"] = collection_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chats",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChatSession:
    if response.status_code == 201:
        response_201 = ChatSession.from_dict(response.json())

        return response_201

    raise errors.error_from_response(response, documented=frozenset({400, 401, 404, 413}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatSession]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChatSessionRequest | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> Response[ChatSession]:
    """Create a chat session

     Starts an empty chat session. With `collection_id`, answers in it are grounded in that collection's
    documents; without it, the LLM answers on its own.

    Args:
        collection_id (str | Unset):
        body (CreateChatSessionRequest | Unset): Optional extras for a new chat session. Example:
            {'workspace': None}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[ChatSession]
    """

    kwargs = _get_kwargs(
        body=body,
        collection_id=collection_id,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChatSessionRequest | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> ChatSession:
    """Create a chat session

     Starts an empty chat session. With `collection_id`, answers in it are grounded in that collection's
    documents; without it, the LLM answers on its own.

    Args:
        collection_id (str | Unset):
        body (CreateChatSessionRequest | Unset): Optional extras for a new chat session. Example:
            {'workspace': None}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        ChatSession
    """

    return sync_detailed(
        client=client,
        body=body,
        collection_id=collection_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChatSessionRequest | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> Response[ChatSession]:
    """Create a chat session

     Starts an empty chat session. With `collection_id`, answers in it are grounded in that collection's
    documents; without it, the LLM answers on its own.

    Args:
        collection_id (str | Unset):
        body (CreateChatSessionRequest | Unset): Optional extras for a new chat session. Example:
            {'workspace': None}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[ChatSession]
    """

    kwargs = _get_kwargs(
        body=body,
        collection_id=collection_id,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChatSessionRequest | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> ChatSession:
    """Create a chat session

     Starts an empty chat session. With `collection_id`, answers in it are grounded in that collection's
    documents; without it, the LLM answers on its own.

    Args:
        collection_id (str | Unset):
        body (CreateChatSessionRequest | Unset): Optional extras for a new chat session. Example:
            {'workspace': None}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        ChatSession
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            collection_id=collection_id,
        )
    ).parsed
