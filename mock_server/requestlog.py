"""The last requests a server answered, kept in a ring and optionally echoed one line each."""

from __future__ import annotations

import datetime as dt
import time
from collections import deque
from typing import TextIO

import msgspec
from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["MAX_ENTRIES", "RequestEntry", "RequestLog", "RequestLogMiddleware", "note_fault"]

MAX_ENTRIES = 1000
_FAULT_KEY = "mock_fault"


class RequestEntry(msgspec.Struct, frozen=True, kw_only=True):
    """One answered request; ``duration_ms`` runs until the last byte, so a stream counts in full."""

    method: str
    path: str
    status: int
    user: str | None
    duration_ms: float
    started_at: dt.datetime
    # What the fault controls did to it, if anything ("error 500", "stream drop", ...).
    fault: str | None = None


def note_fault(scope: Scope, text: str) -> None:
    """Record on the request what a simulated fault did to it, for its log entry."""
    scope.setdefault("state", {})[_FAULT_KEY] = text


def _line(entry: RequestEntry) -> str:
    local = entry.started_at.astimezone().strftime("%H:%M:%S")
    fault = f" [{entry.fault}]" if entry.fault else ""
    user = entry.user or "-"
    return f"{local} {entry.method} {entry.path} {entry.status} {entry.duration_ms:.1f}ms {user}{fault}"


class RequestLog:
    """A ring of the last ``MAX_ENTRIES`` requests; requests under ``unlisted`` are echoed but not kept,
    so reading the log does not fill it."""

    def __init__(self, echo: TextIO | None = None, unlisted: tuple[str, ...] = ()) -> None:
        self._entries: deque[RequestEntry] = deque(maxlen=MAX_ENTRIES)
        self._echo = echo
        self._unlisted = unlisted

    def record(self, entry: RequestEntry) -> None:
        """Keep ``entry`` (unless its path is unlisted) and echo it if echoing is on."""
        if not entry.path.startswith(self._unlisted):
            self._entries.append(entry)
        if self._echo is not None:
            print(_line(entry), file=self._echo, flush=True)

    def last(self, count: int) -> list[RequestEntry]:
        """The latest ``count`` entries, newest first."""
        newest_first = reversed(self._entries)
        return [entry for _, entry in zip(range(count), newest_first, strict=False)]


class RequestLogMiddleware:
    """Wraps the whole application, so unknown paths, CORS preflights and auth failures are logged too."""

    def __init__(self, app: ASGIApp, log: RequestLog) -> None:
        self.app = app
        self._log = log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve the request, then log its method, path, status, user and duration."""
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        started_at = dt.datetime.now(dt.UTC)
        started = time.perf_counter()
        status = 500

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            user = scope.get("user")
            self._log.record(
                RequestEntry(
                    method=scope["method"],
                    path=scope["path"],
                    status=status,
                    user=user if isinstance(user, str) else None,
                    duration_ms=round((time.perf_counter() - started) * 1000, 1),
                    started_at=started_at,
                    fault=scope.get("state", {}).get(_FAULT_KEY),
                )
            )
