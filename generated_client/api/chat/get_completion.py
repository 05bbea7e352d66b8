import json
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_completion import ChatCompletion
from ...models.chat_completion_delta import ChatCompletionDelta
from ...models.chat_completion_request import ChatCompletionRequest
from ...models.chat_error import ChatError
from ...models.error import Error
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatCompletion | Error | None:
    if response.status_code == 200:
        response_200 = ChatCompletion.from_dict(response.json())

        return response_200

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

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatCompletion | Error]:
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
) -> Response[ChatCompletion | Error]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletion | Error]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChatCompletionRequest,
) -> ChatCompletion | Error | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletion | Error
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
) -> Response[ChatCompletion | Error]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletion | Error]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChatCompletionRequest,
) -> ChatCompletion | Error | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletion | Error
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


def _parse_stream_line(line: str) -> ChatCompletionDelta | None:
    """Parse one line: None if blank, a delta, or a ChatError raised as errors.ChatStreamError."""
    if not line.strip():
        return None
    data = json.loads(line)
    if isinstance(data, dict) and "error" in data:
        raise errors.ChatStreamError(ChatError.from_dict(data).error)
    return ChatCompletionDelta.from_dict(data)


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
        errors.UnexpectedStatus: If the status is not 200, whatever Client.raise_on_unexpected_status says.
        errors.UnexpectedContentType: If a 200 response is not ``application/jsonl``.
        errors.ChatStreamError: If a line is a ChatError; the deltas before it have been yielded.
        errors.IncompleteChatStream: If the stream ends without a line that has ``finished=True``.
        httpx.TimeoutException: If the server is silent for longer than Client.timeout.
    """

    kwargs = _get_stream_kwargs(
        session_id=session_id,
        body=body,
    )
    with client.get_httpx_client().stream(**kwargs) as response:
        if response.status_code != 200:
            raise errors.UnexpectedStatus(response.status_code, response.read())
        if not _is_jsonl(response):
            raise errors.UnexpectedContentType(response.headers.get("content-type", ""), response.read())
        for line in response.iter_lines():
            delta = _parse_stream_line(line)
            if delta is not None:
                yield delta
                if delta.finished:
                    return
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
        errors.UnexpectedStatus: If the status is not 200, whatever Client.raise_on_unexpected_status says.
        errors.UnexpectedContentType: If a 200 response is not ``application/jsonl``.
        errors.ChatStreamError: If a line is a ChatError; the deltas before it have been yielded.
        errors.IncompleteChatStream: If the stream ends without a line that has ``finished=True``.
        httpx.TimeoutException: If the server is silent for longer than Client.timeout.
    """

    kwargs = _get_stream_kwargs(
        session_id=session_id,
        body=body,
    )
    async with client.get_async_httpx_client().stream(**kwargs) as response:
        if response.status_code != 200:
            raise errors.UnexpectedStatus(response.status_code, await response.aread())
        if not _is_jsonl(response):
            raise errors.UnexpectedContentType(
                response.headers.get("content-type", ""), await response.aread()
            )
        async for line in response.aiter_lines():
            delta = _parse_stream_line(line)
            if delta is not None:
                yield delta
                if delta.finished:
                    return
    raise errors.IncompleteChatStream()
