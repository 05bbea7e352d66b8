from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.chat_session import ChatSession
from ...models.prompt_template_change_request import PromptTemplateChangeRequest
from ...types import Response


def _get_kwargs(
    session_id: str,
    *,
    body: PromptTemplateChangeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/chats/{session_id}/prompt_template".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChatSession:
    if response.status_code == 200:
        response_200 = ChatSession.from_dict(response.json())

        return response_200

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
    body: PromptTemplateChangeRequest,
) -> Response[ChatSession]:
    """Set a chat session's prompt template

     Makes the given prompt template shape the session's answers; it takes precedence over the
    collection's template.

    Args:
        session_id (str):
        body (PromptTemplateChangeRequest): Sets the prompt template of a chat session or
            collection. Example: {'prompt_template_id': '5b8d2f4a-6c1e-4a3b-9d7f-0e2c4a6b8d1f'}.

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
    body: PromptTemplateChangeRequest,
) -> ChatSession:
    """Set a chat session's prompt template

     Makes the given prompt template shape the session's answers; it takes precedence over the
    collection's template.

    Args:
        session_id (str):
        body (PromptTemplateChangeRequest): Sets the prompt template of a chat session or
            collection. Example: {'prompt_template_id': '5b8d2f4a-6c1e-4a3b-9d7f-0e2c4a6b8d1f'}.

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
    body: PromptTemplateChangeRequest,
) -> Response[ChatSession]:
    """Set a chat session's prompt template

     Makes the given prompt template shape the session's answers; it takes precedence over the
    collection's template.

    Args:
        session_id (str):
        body (PromptTemplateChangeRequest): Sets the prompt template of a chat session or
            collection. Example: {'prompt_template_id': '5b8d2f4a-6c1e-4a3b-9d7f-0e2c4a6b8d1f'}.

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
    body: PromptTemplateChangeRequest,
) -> ChatSession:
    """Set a chat session's prompt template

     Makes the given prompt template shape the session's answers; it takes precedence over the
    collection's template.

    Args:
        session_id (str):
        body (PromptTemplateChangeRequest): Sets the prompt template of a chat session or
            collection. Example: {'prompt_template_id': '5b8d2f4a-6c1e-4a3b-9d7f-0e2c4a6b8d1f'}.

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
