"""Deliberately broken variants of the mock server, to prove the contract tests catch each kind of fault.

Every variant is the real app from :func:`mock_server.create_app` with one fault planted: an ASGI
middleware around the app's handler that rewrites one operation's requests or responses, or a service
method replaced on the running app. Nothing of the server is copied.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, cast

from litestar import Litestar
from litestar.types import ASGIApp

from mock_server import API_PREFIX, DEMO_TOKEN, Settings, create_app

__all__ = ["FAULTS", "STATELESS", "Fault", "build"]

# Loosely typed ASGI: the middlewares below read and write plain dicts.
Scope = dict[str, Any]
Receive = Callable[[], Awaitable[Any]]
Send = Callable[[Any], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]
# (status, headers, body) -> (status, headers, body)
Rewrite = Callable[[int, list[tuple[bytes, bytes]], bytes], tuple[int, list[tuple[bytes, bytes]], bytes]]


class _RewriteResponse:
    """Buffers the responses to ``METHOD path`` (a regex under /api/v1) and applies ``rewrite`` to them."""

    def __init__(self, app: App, method: str, path: str, rewrite: Rewrite) -> None:
        self.app, self.method, self.path, self.rewrite = app, method, re.compile(path), rewrite

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not _matches(scope, self.method, self.path):
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def buffer(message: Any) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    status, headers, body = self.rewrite(
                        start["status"], list(start.get("headers", [])), b"".join(chunks)
                    )
                    headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
                    headers.append((b"content-length", str(len(body)).encode()))
                    await send({**start, "status": status, "headers": headers})
                    await send({"type": "http.response.body", "body": body, "more_body": False})
            else:
                await send(message)

        await self.app(scope, receive, buffer)


class _AcceptAnyToken:
    """Lets requests to ``METHOD path`` through without a valid token, as the demo user."""

    def __init__(self, app: App, method: str, path: str) -> None:
        self.app, self.method, self.path = app, method, re.compile(path)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if _matches(scope, self.method, self.path):
            headers = [(k, v) for k, v in scope.get("headers", []) if k.lower() != b"authorization"]
            scope = {**scope, "headers": [*headers, (b"authorization", f"Bearer {DEMO_TOKEN}".encode())]}
        await self.app(scope, receive, send)


class _SkipRequest:
    """Answers ``METHOD path`` with ``status`` and no body, never asking the app (a no-op handler)."""

    def __init__(self, app: App, method: str, path: str, status: int) -> None:
        self.app, self.method, self.path, self.status = app, method, re.compile(path), status

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        authorized = any(
            k.lower() == b"authorization" and v == f"Bearer {DEMO_TOKEN}".encode()
            for k, v in scope.get("headers", [])
        )
        if not (_matches(scope, self.method, self.path) and authorized):
            await self.app(scope, receive, send)
            return
        await send({"type": "http.response.start", "status": self.status, "headers": []})
        await send({"type": "http.response.body", "body": b"", "more_body": False})


def _matches(scope: Scope, method: str, path: re.Pattern[str]) -> bool:
    return (
        scope.get("type") == "http"
        and scope.get("method") == method
        and path.fullmatch(str(scope.get("path", "")).removeprefix(API_PREFIX)) is not None
    )


def _json(rewrite: Callable[[Any], Any]) -> Rewrite:
    """Rewrite a 2xx JSON body; other responses pass unchanged."""

    def apply(status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> tuple[int, Any, bytes]:
        if 200 <= status < 300 and body:
            return status, headers, json.dumps(rewrite(json.loads(body))).encode()
        return status, headers, body

    return apply


def _status(old: int, new: int) -> Rewrite:
    def apply(status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> tuple[int, Any, bytes]:
        return (new if status == old else status), headers, body

    return apply


def _unfinished_stream(
    status: int, headers: list[tuple[bytes, bytes]], body: bytes
) -> tuple[int, Any, bytes]:
    """The last line of a 2xx JSON-lines answer says ``finished: false``; everything else stays valid."""
    content_type = dict(headers).get(b"content-type", b"")
    if not (200 <= status < 300 and content_type.startswith(b"application/jsonl")):
        return status, headers, body
    lines = [json.loads(line) for line in body.splitlines() if line.strip()]
    if lines and isinstance(lines[-1], dict) and "finished" in lines[-1]:
        lines[-1]["finished"] = False
    return status, headers, b"".join(json.dumps(line).encode() + b"\n" for line in lines)


def _drop_updated_at(body: Any) -> Any:
    return {k: v for k, v in body.items() if k != "updated_at"} if isinstance(body, dict) else body


def _count_as_string(body: Any) -> Any:
    return {**body, "count": str(body["count"])} if isinstance(body, dict) and "count" in body else body


def _crash_on_big_pages(app: Litestar) -> Litestar:
    """``SessionService.page`` of the running app fails for ``limit`` over 5000 (an unhandled exception)."""
    sessions = app.state["runtime"].services.sessions
    page = sessions.page

    def crashing(user: str, offset: int, limit: int) -> Any:
        if limit > 5000:
            raise MemoryError(f"cannot allocate a page of {limit} sessions")
        return page(user, offset, limit)

    sessions.page = crashing
    return app


def _wrap(middleware: Callable[[App], App]) -> Callable[[Litestar], Litestar]:
    """Plant ``middleware`` around the app's handler (inside Litestar's own entry point)."""

    def apply(app: Litestar) -> Litestar:
        app.asgi_handler = cast(ASGIApp, middleware(cast(App, app.asgi_handler)))
        return app

    return apply


@dataclass(frozen=True)
class Fault:
    """One planted fault, the check that must catch it, and the part of the suite that runs against it."""

    name: str
    description: str
    plant: Callable[[Litestar], Litestar]
    # The check expected to fail, and the operation (label) whose response it must fail on.
    check: str
    operation: str
    # The operations the bounded suite runs (operationIds), and which phases.
    operation_ids: tuple[str, ...]
    phases: tuple[str, ...] = ("examples", "coverage", "fuzzing", "stateful")


STATELESS = ("examples", "coverage", "fuzzing")

FAULTS = (
    Fault(
        name="wrong_success_status",
        description="create_collection answers 200 instead of the documented 201",
        plant=_wrap(lambda app: _RewriteResponse(app, "POST", "/collections", _status(201, 200))),
        check="status_code_conformance",
        operation="POST /collections",
        operation_ids=("create_collection", "get_collection"),
    ),
    Fault(
        name="missing_required_field",
        description="create_chat_session's ChatSession lacks the required updated_at",
        plant=_wrap(lambda app: _RewriteResponse(app, "POST", "/chats", _json(_drop_updated_at))),
        check="response_schema_conformance",
        operation="POST /chats",
        operation_ids=("create_chat_session", "get_chat_session"),
    ),
    Fault(
        name="server_error_on_input",
        description="list_chat_sessions crashes (500) when limit is over 5000",
        plant=_crash_on_big_pages,
        check="not_a_server_error",
        operation="GET /chats",
        operation_ids=("list_chat_sessions", "get_chat_session_count"),
        phases=STATELESS,
    ),
    Fault(
        name="no_token_accepted",
        description="get_collection_count answers without a valid bearer token",
        plant=_wrap(lambda app: _AcceptAnyToken(app, "GET", "/collections/count")),
        check="ignored_auth",
        operation="GET /collections/count",
        operation_ids=("get_collection_count", "list_collections"),
        phases=STATELESS,
    ),
    Fault(
        name="wrong_field_type",
        description="get_prompt_template_count returns the count as a string",
        plant=_wrap(
            lambda app: _RewriteResponse(app, "GET", "/prompt_templates/count", _json(_count_as_string))
        ),
        check="response_schema_conformance",
        operation="GET /prompt_templates/count",
        operation_ids=("get_prompt_template_count", "list_prompt_templates"),
        phases=STATELESS,
    ),
    Fault(
        name="stream_not_finished",
        description="a streamed completion's last line has finished=false",
        plant=_wrap(
            lambda app: _RewriteResponse(app, "POST", "/chats/[^/]+/completions", _unfinished_stream)
        ),
        check="jsonl_stream_conforms",
        operation="POST /chats/{session_id}/completions",
        operation_ids=("create_chat_session", "get_completion"),
    ),
    Fault(
        name="readable_after_delete",
        description="delete_prompt_template answers 204 but keeps the template",
        plant=_wrap(lambda app: _SkipRequest(app, "DELETE", "/prompt_templates/[^/]+", 204)),
        check="use_after_free",
        # The check fires on the read that still succeeds after the delete.
        operation="GET /prompt_templates/{prompt_template_id}",
        operation_ids=("create_prompt_template", "get_prompt_template", "delete_prompt_template"),
        phases=("stateful",),
    ),
)


def build(fault: Fault | None, settings: Settings | None = None) -> Litestar:
    """A fresh mock server with ``fault`` planted (None: the unbroken server)."""
    app = create_app(settings or Settings())
    return app if fault is None else fault.plant(app)
