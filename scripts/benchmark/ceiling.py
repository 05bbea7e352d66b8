"""The framework ceiling: a bare Litestar + msgspec app answering the benchmark's routes with constants.

It has no authentication, dependency injection, parameter validation, store or services: each handler
returns a wire Struct computed once at start-up by the mock's own services over the same data set, so
Litestar and msgspec do exactly the routing, encoding and streaming work the mock's answers need and
nothing else. No Python app on this framework can be faster, which makes it the yardstick of overhead.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import msgspec
from litestar import Litestar, Request, get, post
from litestar.params import FromPath
from litestar.response import Stream

from mock_server.domain import split_pieces
from mock_server.services import build_services
from mock_server.store import Store
from mock_server.wire import (
    ChatCompletion,
    ChatCompletionDelta,
    ChatCompletionRequest,
    ChatMessage,
    ChatSession,
)

from .dataset import PAGE, QUESTION, READER, WRITER, Dataset

__all__ = ["Bodies", "constant_bodies", "create_ceiling_app"]

_JSONL = "application/jsonl"


class Bodies(msgspec.Struct, frozen=True, kw_only=True):
    """What each route of the ceiling returns, every time."""

    sessions: list[ChatSession]
    session: ChatSession
    created: ChatSession
    messages: list[ChatMessage]
    completion: ChatCompletion
    lines: tuple[bytes, ...]


def constant_bodies(store: Store, dataset: Dataset) -> Bodies:
    """Ask the mock's services once for what each scenario's request returns on this data set."""
    services = build_services(store)
    answer = services.completions.answer(
        WRITER, dataset.completion_session_id, ChatCompletionRequest(message=QUESTION)
    )
    reply = answer.reply
    pieces = split_pieces(reply.content) or [""]
    encoder = msgspec.json.Encoder()
    # The same lines, one per piece and the id on the last, that the mock's stream sends.
    lines = tuple(
        encoder.encode(
            ChatCompletionDelta(
                body=piece,
                finished=i == len(pieces) - 1,
                message_id=reply.id if i == len(pieces) - 1 else None,
            )
        )
        + b"\n"
        for i, piece in enumerate(pieces)
    )
    return Bodies(
        sessions=services.sessions.page(READER, 0, PAGE),
        session=services.sessions.get(READER, dataset.target_session_id),
        created=services.sessions.create(WRITER, None),
        messages=services.sessions.messages(READER, dataset.target_session_id, 0, PAGE),
        completion=ChatCompletion(body=reply.content, message_id=reply.id),
        lines=lines,
    )


async def _stream(lines: tuple[bytes, ...]) -> AsyncIterator[bytes]:
    for line in lines:
        yield line


def create_ceiling_app(bodies: Bodies) -> Litestar:
    """Build the constant-body app on the mock's paths."""

    @get("/api/v1/chats")
    async def list_sessions() -> list[ChatSession]:
        return bodies.sessions

    @get("/api/v1/chats/{session_id:str}")
    async def get_session(session_id: FromPath[str]) -> ChatSession:
        return bodies.session

    @post("/api/v1/chats", status_code=201)
    async def create_session() -> ChatSession:
        return bodies.created

    @get("/api/v1/chats/{session_id:str}/messages")
    async def list_messages(session_id: FromPath[str]) -> list[ChatMessage]:
        return bodies.messages

    @post("/api/v1/chats/{session_id:str}/completions", status_code=200)
    async def completion(
        request: Request[Any, Any, Any], session_id: FromPath[str]
    ) -> ChatCompletion | Stream:
        if request.headers.get("accept") == _JSONL:
            return Stream(_stream(bodies.lines), media_type=_JSONL)
        return bodies.completion

    @get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    return Litestar(
        route_handlers=[list_sessions, get_session, create_session, list_messages, completion, health],
        openapi_config=None,
        logging_config=None,  # as the mock: logging is left to the host process
    )
