import json
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.chat_completion import ChatCompletion
from ...models.chat_completion_delta import ChatCompletionDelta
from ...models.chat_completion_request import ChatCompletionRequest
from ...models.chat_error import ChatError
from ...types import Response


def _get_kwargs(
    session_id: str,
    *,
    body: ChatCompletionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chats/{session_id}/completions".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChatCompletion:
    if response.status_code == 200:
        response_200 = ChatCompletion.from_dict(response.json())

        return response_200

    raise errors.error_from_response(response, documented=frozenset({400, 401, 404, 409, 413, 500}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatCompletion]:
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
    body: ChatCompletionRequest,
) -> Response[ChatCompletion]:
    """Ask a question

     Stores the question, answers it and stores the answer. The answer is grounded in the chunks of the
    session's collection that best match the question. With `Accept: application/jsonl` the answer
    streams as JSON lines: ChatCompletionDelta objects whose last one has `finished: true` and the
    answer's `message_id`, or a ChatError line if the answer fails. Otherwise one ChatCompletion is
    returned.

    Args:
        session_id (str):
        body (ChatCompletionRequest): A question to ask in a chat session. Example: {'message':
            'How many vacation days do new employees get?', 'llm_args': {'max_new_tokens': 256},
            'pre_prompt_query': 'Pay attention and remember the information below.\\n',
            'prompt_query': 'According to only the information in the document sources provided within
            the context above,'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.InternalServerError: On status 500, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[ChatCompletion]
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
    body: ChatCompletionRequest,
) -> ChatCompletion:
    """Ask a question

     Stores the question, answers it and stores the answer. The answer is grounded in the chunks of the
    session's collection that best match the question. With `Accept: application/jsonl` the answer
    streams as JSON lines: ChatCompletionDelta objects whose last one has `finished: true` and the
    answer's `message_id`, or a ChatError line if the answer fails. Otherwise one ChatCompletion is
    returned.

    Args:
        session_id (str):
        body (ChatCompletionRequest): A question to ask in a chat session. Example: {'message':
            'How many vacation days do new employees get?', 'llm_args': {'max_new_tokens': 256},
            'pre_prompt_query': 'Pay attention and remember the information below.\\n',
            'prompt_query': 'According to only the information in the document sources provided within
            the context above,'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.InternalServerError: On status 500, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        ChatCompletion
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
    body: ChatCompletionRequest,
) -> Response[ChatCompletion]:
    """Ask a question

     Stores the question, answers it and stores the answer. The answer is grounded in the chunks of the
    session's collection that best match the question. With `Accept: application/jsonl` the answer
    streams as JSON lines: ChatCompletionDelta objects whose last one has `finished: true` and the
    answer's `message_id`, or a ChatError line if the answer fails. Otherwise one ChatCompletion is
    returned.

    Args:
        session_id (str):
        body (ChatCompletionRequest): A question to ask in a chat session. Example: {'message':
            'How many vacation days do new employees get?', 'llm_args': {'max_new_tokens': 256},
            'pre_prompt_query': 'Pay attention and remember the information below.\\n',
            'prompt_query': 'According to only the information in the document sources provided within
            the context above,'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.InternalServerError: On status 500, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[ChatCompletion]
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
    body: ChatCompletionRequest,
) -> ChatCompletion:
    """Ask a question

     Stores the question, answers it and stores the answer. The answer is grounded in the chunks of the
    session's collection that best match the question. With `Accept: application/jsonl` the answer
    streams as JSON lines: ChatCompletionDelta objects whose last one has `finished: true` and the
    answer's `message_id`, or a ChatError line if the answer fails. Otherwise one ChatCompletion is
    returned.

    Args:
        session_id (str):
        body (ChatCompletionRequest): A question to ask in a chat session. Example: {'message':
            'How many vacation days do new employees get?', 'llm_args': {'max_new_tokens': 256},
            'pre_prompt_query': 'Pay attention and remember the information below.\\n',
            'prompt_query': 'According to only the information in the document sources provided within
            the context above,'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.InternalServerError: On status 500, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        ChatCompletion
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed


def _get_stream_kwargs(
    session_id: str,
    *,
    body: ChatCompletionRequest,
) -> dict[str, Any]:
    _kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )
    _kwargs["headers"]["Accept"] = "application/jsonl"
    return _kwargs


def _is_jsonl(response: httpx.Response) -> bool:
    content_type: str = response.headers.get("content-type", "")
    return content_type.split(";", 1)[0].strip().lower() == "application/jsonl"


def _stream_start_error(response: httpx.Response) -> Exception:
    """The exception for a (read) answer that is not a 200 JSON-lines stream."""
    if response.status_code != 200:
        return errors.error_from_response(response, documented=frozenset({400, 401, 404, 409, 413, 500}))
    return errors.UnexpectedContentType(response.headers.get("content-type", ""), response.content)


def _parse_stream_line(line: str) -> ChatCompletionDelta | None:
    """Parse one line: None if blank, a delta, or a ChatError raised as errors.ChatStreamError."""
    if not line.strip():
        return None
    data = json.loads(line)
    if isinstance(data, dict) and "error" in data:
        raise errors.ChatStreamError(ChatError.from_dict(data).error)
    return ChatCompletionDelta.from_dict(data)


def _broken_stream(error: httpx.TransportError) -> errors.ChatStreamError:
    if isinstance(error, httpx.TimeoutException):
        return errors.ChatStreamTimeout(f"No line arrived within the stall timeout ({error!r}).")
    return errors.IncompleteChatStream(f"The connection broke before the last line ({error!r}).")


def stream(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChatCompletionRequest,
) -> Iterator[ChatCompletionDelta]:
    """Stream the answer as JSON lines.

    Sends ``Accept: application/jsonl`` and yields each ChatCompletionDelta as its line arrives. The last
    one has ``finished=True`` and ``message_id``; iteration stops after it. Close the iterator to
    abandon the answer early.

    Raises:
        errors.ApiError: If the answer is not a 200: the status's own subclass, with the parsed Error.
        errors.ChatStreamError: If the stream breaks after it began, and only then; the deltas before have
            been yielded. A ChatError line raises it as is; the subclasses are IncompleteChatStream (the
            stream ended or the connection dropped before the last line), ChatStreamTimeout (no line for
            Client.stall_timeout seconds) and UnexpectedContentType (a 200 that is not JSON lines).
        httpx.TransportError: If the server cannot be reached (after Client.retry).
    """

    kwargs = _get_stream_kwargs(
        session_id=session_id,
        body=body,
    )
    kwargs["timeout"] = client.stream_timeout()
    response = retries.send(client.get_httpx_client(), client.retry, kwargs, stream=True)
    try:
        if response.status_code != 200 or not _is_jsonl(response):
            response.read()
            raise _stream_start_error(response)
        try:
            for line in response.iter_lines():
                delta = _parse_stream_line(line)
                if delta is not None:
                    yield delta
                    if delta.finished:
                        return
        except httpx.TransportError as error:
            raise _broken_stream(error) from error
    finally:
        response.close()
    raise errors.IncompleteChatStream()


async def astream(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChatCompletionRequest,
) -> AsyncIterator[ChatCompletionDelta]:
    """Stream the answer as JSON lines (async).

    Sends ``Accept: application/jsonl`` and yields each ChatCompletionDelta as its line arrives. The last
    one has ``finished=True`` and ``message_id``; iteration stops after it. Close the iterator to
    abandon the answer early (e.g. with ``contextlib.aclosing``).

    Raises:
        errors.ApiError: If the answer is not a 200: the status's own subclass, with the parsed Error.
        errors.ChatStreamError: If the stream breaks after it began, and only then; the deltas before have
            been yielded. A ChatError line raises it as is; the subclasses are IncompleteChatStream (the
            stream ended or the connection dropped before the last line), ChatStreamTimeout (no line for
            Client.stall_timeout seconds) and UnexpectedContentType (a 200 that is not JSON lines).
        httpx.TransportError: If the server cannot be reached (after Client.retry).
    """

    kwargs = _get_stream_kwargs(
        session_id=session_id,
        body=body,
    )
    kwargs["timeout"] = client.stream_timeout()
    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs, stream=True)
    try:
        if response.status_code != 200 or not _is_jsonl(response):
            await response.aread()
            raise _stream_start_error(response)
        try:
            async for line in response.aiter_lines():
                delta = _parse_stream_line(line)
                if delta is not None:
                    yield delta
                    if delta.finished:
                        return
        except httpx.TransportError as error:
            raise _broken_stream(error) from error
    finally:
        await response.aclose()
    raise errors.IncompleteChatStream()
