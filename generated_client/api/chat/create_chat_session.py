from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_session import ChatSession
from ...models.create_chat_session_request import CreateChatSessionRequest
from ...models.error import Error
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatSession | Error | None:
    if response.status_code == 201:
        response_201 = ChatSession.from_dict(response.json())

        return response_201

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatSession | Error]:
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
) -> Response[ChatSession | Error]:
    """Create a chat session

     Starts an empty chat session. With `collection_id`, answers in it are grounded in that collection's
    documents; without it, the LLM answers on its own.

    Args:
        collection_id (str | Unset):
        body (CreateChatSessionRequest | Unset): Optional extras for a new chat session. Example:
            {'workspace': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatSession | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        collection_id=collection_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChatSessionRequest | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> ChatSession | Error | None:
    """Create a chat session

     Starts an empty chat session. With `collection_id`, answers in it are grounded in that collection's
    documents; without it, the LLM answers on its own.

    Args:
        collection_id (str | Unset):
        body (CreateChatSessionRequest | Unset): Optional extras for a new chat session. Example:
            {'workspace': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatSession | Error
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
) -> Response[ChatSession | Error]:
    """Create a chat session

     Starts an empty chat session. With `collection_id`, answers in it are grounded in that collection's
    documents; without it, the LLM answers on its own.

    Args:
        collection_id (str | Unset):
        body (CreateChatSessionRequest | Unset): Optional extras for a new chat session. Example:
            {'workspace': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatSession | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        collection_id=collection_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChatSessionRequest | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> ChatSession | Error | None:
    """Create a chat session

     Starts an empty chat session. With `collection_id`, answers in it are grounded in that collection's
    documents; without it, the LLM answers on its own.

    Args:
        collection_id (str | Unset):
        body (CreateChatSessionRequest | Unset): Optional extras for a new chat session. Example:
            {'workspace': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatSession | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            collection_id=collection_id,
        )
    ).parsed
