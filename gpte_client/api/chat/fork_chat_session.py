from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.chat_session import ChatSession
from ...models.fork_chat_session_request import ForkChatSessionRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: str,
    *,
    body: ForkChatSessionRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chats/{session_id}/fork".format(
            session_id=quote(str(session_id), safe=""),
        ),
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

    raise errors.error_from_response(response, documented=frozenset({400, 401, 404, 409, 413}))


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
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ForkChatSessionRequest | Unset = UNSET,
) -> Response[ChatSession]:
    """Fork a chat session

     Creates a new session of the caller's with a copy of the session's messages, oldest first up to and
    including `message_id` (all of them when it is omitted). The copies get new ids and keep their
    content, references, metadata and errors; votes and feedback are not copied. The new session keeps
    the name, collection, prompt template and workspace.

    Args:
        session_id (str):
        body (ForkChatSessionRequest | Unset): Where a fork branches. Example: {'message_id':
            'f4a6c8e0-3d5f-4a7b-8e9c-7c9e1b3d5f7a'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[ChatSession]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ForkChatSessionRequest | Unset = UNSET,
) -> ChatSession:
    """Fork a chat session

     Creates a new session of the caller's with a copy of the session's messages, oldest first up to and
    including `message_id` (all of them when it is omitted). The copies get new ids and keep their
    content, references, metadata and errors; votes and feedback are not copied. The new session keeps
    the name, collection, prompt template and workspace.

    Args:
        session_id (str):
        body (ForkChatSessionRequest | Unset): Where a fork branches. Example: {'message_id':
            'f4a6c8e0-3d5f-4a7b-8e9c-7c9e1b3d5f7a'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        ChatSession
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ForkChatSessionRequest | Unset = UNSET,
) -> Response[ChatSession]:
    """Fork a chat session

     Creates a new session of the caller's with a copy of the session's messages, oldest first up to and
    including `message_id` (all of them when it is omitted). The copies get new ids and keep their
    content, references, metadata and errors; votes and feedback are not copied. The new session keeps
    the name, collection, prompt template and workspace.

    Args:
        session_id (str):
        body (ForkChatSessionRequest | Unset): Where a fork branches. Example: {'message_id':
            'f4a6c8e0-3d5f-4a7b-8e9c-7c9e1b3d5f7a'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[ChatSession]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ForkChatSessionRequest | Unset = UNSET,
) -> ChatSession:
    """Fork a chat session

     Creates a new session of the caller's with a copy of the session's messages, oldest first up to and
    including `message_id` (all of them when it is omitted). The copies get new ids and keep their
    content, references, metadata and errors; votes and feedback are not copied. The new session keeps
    the name, collection, prompt template and workspace.

    Args:
        session_id (str):
        body (ForkChatSessionRequest | Unset): Where a fork branches. Example: {'message_id':
            'f4a6c8e0-3d5f-4a7b-8e9c-7c9e1b3d5f7a'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        ChatSession
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
