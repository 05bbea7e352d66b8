"""get_completion.stream / astream against real JSON-lines responses from a tiny Litestar app.

The app here is self-contained (not the mock server) so these tests pin the client's behaviour only:
sync calls go through Litestar's TestClient, async calls through httpx.ASGITransport, and the
incremental-delivery tests through uvicorn on a loopback socket
(mock_server.testing.serve_in_thread, the only piece borrowed from the mock server).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from litestar import Litestar, Request, Response, post
from litestar.exceptions import NotAuthorizedException, NotFoundException
from litestar.params import FromPath
from litestar.response import Stream
from litestar.testing import TestClient

from gpte_client import AuthenticatedClient
from gpte_client.api.chat import get_completion
from gpte_client.errors import (
    AuthenticationError,
    ChatStreamError,
    IncompleteChatStream,
    NotFoundError,
    UnexpectedContentType,
)
from gpte_client.models import ChatCompletion, ChatCompletionDelta, ChatCompletionRequest
from mock_server.testing import serve_in_thread

TOKEN = "t"
PIECES = ["New employees", " accrue 1.5", " vacation days", " per month."]
ANSWER = "".join(PIECES)
MESSAGE_ID = "f4a6c8e0-3d5f-4a7b-8e9c-7c9e1b3d5f7a"
FAILURE = "The LLM stopped responding."
# How the app answers each session: the whole answer, a ChatError after two pieces, a stream that
# stops without its finished line, or JSON whatever the Accept header says.
SESSIONS = {"ok": "ok", "failing": "error", "truncated": "truncated", "json-only": "json"}
QUESTION = ChatCompletionRequest(message="How many vacation days do new employees get?")


def _lines(kind: str, delay: float) -> list[tuple[float, dict[str, Any]]]:
    """(pause before the line, line) pairs for one kind of streaming session."""
    pieces = PIECES if kind == "ok" else PIECES[:2]
    lines = [(delay if i else 0.0, {"body": piece, "finished": False}) for i, piece in enumerate(pieces)]
    if kind == "ok":
        lines[-1][1].update(finished=True, message_id=MESSAGE_ID)
    if kind == "error":
        lines.append((delay, {"error": FAILURE}))
    return lines


def make_app(delay: float, sent_at: list[float] | None = None) -> Litestar:
    """POST /api/v1/chats/{session_id}/completions with content negotiation and paced JSON lines.

    ``sent_at``, if given, receives the time.monotonic() at which each line was handed to the server.
    """

    async def paced(kind: str) -> AsyncIterator[bytes]:
        for pause, line in _lines(kind, delay):
            await asyncio.sleep(pause)
            if sent_at is not None:
                sent_at.append(time.monotonic())
            yield json.dumps(line).encode() + b"\n"

    @post("/api/v1/chats/{session_id:str}/completions", status_code=200)
    async def completions(
        session_id: FromPath[str], request: Request[Any, Any, Any]
    ) -> Response[Any] | Stream:
        if request.headers.get("authorization") != f"Bearer {TOKEN}":
            raise NotAuthorizedException("Bearer token required")
        if session_id not in SESSIONS:
            raise NotFoundException(f"Chat session {session_id} not found")
        body = await request.json()
        assert body["message"] == QUESTION.message
        kind = SESSIONS[session_id]
        if kind == "json" or request.headers.get("accept") == "application/json":
            return Response({"body": ANSWER, "message_id": MESSAGE_ID}, media_type="application/json")
        return Stream(paced(kind), media_type="application/jsonl", headers={"Cache-Control": "no-cache"})

    return Litestar(route_handlers=[completions], logging_config=None)


@pytest.fixture
def sync_client() -> Iterator[AuthenticatedClient]:
    """Sync calls go in-process through Litestar's TestClient (an httpx.Client)."""
    with TestClient(make_app(delay=0.01), base_url="http://testserver.local/api/v1") as test_client:
        test_client.headers["Authorization"] = f"Bearer {TOKEN}"
        client = AuthenticatedClient(base_url="http://testserver.local/api/v1", token=TOKEN)
        client.set_httpx_client(test_client)
        yield client


def _asgi_client(token: str) -> AuthenticatedClient:
    """A client whose async calls go in-process to the app through httpx.ASGITransport."""
    # Litestar's precise ASGI signature does not match httpx's looser alias for mypy; it is an ASGI app.
    app: Any = make_app(delay=0.01)
    transport = httpx.ASGITransport(app=app)
    return AuthenticatedClient(
        base_url="http://testserver/api/v1", token=token, httpx_args={"transport": transport}
    )


@pytest.fixture
async def async_client() -> AsyncIterator[AuthenticatedClient]:
    async with _asgi_client(TOKEN) as client:
        yield client


def _collect(deltas: Iterator[ChatCompletionDelta], into: list[ChatCompletionDelta]) -> None:
    """Append deltas one by one, so the ones before an exception are kept."""
    for delta in deltas:
        into.append(delta)


async def _acollect(deltas: AsyncIterator[ChatCompletionDelta], into: list[ChatCompletionDelta]) -> None:
    async for delta in deltas:
        into.append(delta)


def _check_whole_answer(deltas: list[ChatCompletionDelta]) -> None:
    assert [d.body for d in deltas] == PIECES
    assert "".join(d.body for d in deltas) == ANSWER
    assert [d.finished for d in deltas] == [False] * (len(PIECES) - 1) + [True]
    assert deltas[-1].message_id == MESSAGE_ID


def test_stream_yields_deltas_in_order(sync_client: AuthenticatedClient) -> None:
    deltas = list(get_completion.stream("ok", client=sync_client, body=QUESTION))
    assert all(isinstance(d, ChatCompletionDelta) for d in deltas)
    _check_whole_answer(deltas)


async def test_astream_yields_deltas_in_order(async_client: AuthenticatedClient) -> None:
    deltas = [d async for d in get_completion.astream("ok", client=async_client, body=QUESTION)]
    _check_whole_answer(deltas)


def test_chat_error_line_raises_after_earlier_deltas(sync_client: AuthenticatedClient) -> None:
    deltas: list[ChatCompletionDelta] = []
    with pytest.raises(ChatStreamError) as caught:
        _collect(get_completion.stream("failing", client=sync_client, body=QUESTION), deltas)
    assert caught.value.error == FAILURE
    assert [d.body for d in deltas] == PIECES[:2]


async def test_chat_error_line_raises_after_earlier_deltas_async(async_client: AuthenticatedClient) -> None:
    deltas: list[ChatCompletionDelta] = []
    with pytest.raises(ChatStreamError) as caught:
        await _acollect(get_completion.astream("failing", client=async_client, body=QUESTION), deltas)
    assert caught.value.error == FAILURE
    assert [d.body for d in deltas] == PIECES[:2]


def test_unknown_session_raises_not_found(sync_client: AuthenticatedClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        _collect(get_completion.stream("missing", client=sync_client, body=QUESTION), [])
    assert caught.value.status_code == 404
    assert b"Chat session missing not found" in caught.value.content


async def test_unknown_session_raises_not_found_async(async_client: AuthenticatedClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        await _acollect(get_completion.astream("missing", client=async_client, body=QUESTION), [])
    assert caught.value.status_code == 404
    assert b"Chat session missing not found" in caught.value.content


async def test_wrong_token_raises_authentication_error() -> None:
    async with _asgi_client("wrong") as client:
        with pytest.raises(AuthenticationError) as caught:
            await _acollect(get_completion.astream("ok", client=client, body=QUESTION), [])
    assert caught.value.status_code == 401


def test_stream_without_finished_line_raises(sync_client: AuthenticatedClient) -> None:
    deltas: list[ChatCompletionDelta] = []
    with pytest.raises(IncompleteChatStream):
        _collect(get_completion.stream("truncated", client=sync_client, body=QUESTION), deltas)
    assert [d.body for d in deltas] == PIECES[:2]


def test_json_instead_of_json_lines_raises(sync_client: AuthenticatedClient) -> None:
    with pytest.raises(UnexpectedContentType) as caught:
        _collect(get_completion.stream("json-only", client=sync_client, body=QUESTION), [])
    assert caught.value.content_type == "application/json"


def test_whole_answer_asks_for_json(sync_client: AuthenticatedClient) -> None:
    """sync() sends Accept: application/json, so a server that streams by default still answers JSON."""
    answer = get_completion.sync("ok", client=sync_client, body=QUESTION)
    assert answer == ChatCompletion(body=ANSWER, message_id=MESSAGE_ID)


# ------------------------------------------------------------------ through a real socket

LINE_DELAY = 0.2


@dataclass
class LiveServer:
    base_url: str
    sent_at: list[float]


@pytest.fixture(scope="module")
def live_server() -> Iterator[LiveServer]:
    """The app served by uvicorn on a free loopback port, in a background thread."""
    sent_at: list[float] = []
    with serve_in_thread(make_app(delay=LINE_DELAY, sent_at=sent_at)) as url:
        yield LiveServer(base_url=f"{url}/api/v1", sent_at=sent_at)


def _check_incremental(arrivals: list[float], sent_at: list[float]) -> None:
    """The first delta reached the caller before the server had even produced the last line."""
    assert len(arrivals) == len(sent_at) == len(PIECES)
    # The event loop may end a sleep up to its clock resolution early; 10 ms covers that, not a missing pause.
    assert sent_at[-1] - sent_at[0] >= LINE_DELAY * (len(PIECES) - 1) - 0.01
    assert arrivals[0] < sent_at[-1], f"first delta at {arrivals[0]}, last line sent at {sent_at[-1]}"


def test_stream_delivers_lines_as_they_arrive(live_server: LiveServer) -> None:
    live_server.sent_at.clear()
    arrivals: list[float] = []
    deltas: list[ChatCompletionDelta] = []
    with AuthenticatedClient(base_url=live_server.base_url, token=TOKEN) as client:
        for delta in get_completion.stream("ok", client=client, body=QUESTION):
            arrivals.append(time.monotonic())
            deltas.append(delta)
    _check_whole_answer(deltas)
    _check_incremental(arrivals, live_server.sent_at)


async def test_astream_delivers_lines_as_they_arrive(live_server: LiveServer) -> None:
    live_server.sent_at.clear()
    arrivals: list[float] = []
    deltas: list[ChatCompletionDelta] = []
    async with AuthenticatedClient(base_url=live_server.base_url, token=TOKEN) as client:
        async for delta in get_completion.astream("ok", client=client, body=QUESTION):
            arrivals.append(time.monotonic())
            deltas.append(delta)
    _check_whole_answer(deltas)
    _check_incremental(arrivals, live_server.sent_at)
