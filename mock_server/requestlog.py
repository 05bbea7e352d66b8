"""The last requests a server answered, kept in a ring and optionally echoed one line each."""

from __future__ import annotations

import datetime as dt
import time
from collections import deque
from typing import TextIO

import msgspec
from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["MAX_ENTRIES", "RequestEntry", "RequestLog", "RequestLogMiddleware", "Row", "note_fault"]

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


# What the middleware keeps per request; RequestEntry objects are only built when someone reads the log.
Row = tuple[str, str, int, str | None, float, float, str | None]


class RequestLog:
    """A ring of the last ``MAX_ENTRIES`` requests; requests under ``unlisted`` are echoed but not kept,
    so reading the log does not fill it."""

    def __init__(self, echo: TextIO | None = None, unlisted: tuple[str, ...] = ()) -> None:
        self._rows: deque[Row] = deque(maxlen=MAX_ENTRIES)
        self._echo = echo
        self._unlisted = unlisted

    def record(self, entry: RequestEntry) -> None:
        """Keep ``entry`` (unless its path is unlisted) and echo it if echoing is on."""
        started = entry.started_at.timestamp()
        self.keep(
            (entry.method, entry.path, entry.status, entry.user, entry.duration_ms, started, entry.fault)
        )

    def keep(self, row: Row) -> None:
        """Like ``record``, for a row (method, path, status, user, duration in ms, POSIX start, fault)."""
        if not row[1].startswith(self._unlisted):
            self._rows.append(row)
        if self._echo is not None:
            print(_line(_entry(row)), file=self._echo, flush=True)

    def clear(self) -> None:
        """Forget every kept request."""
        self._rows.clear()

    def last(self, count: int) -> list[RequestEntry]:
        """The latest ``count`` entries, newest first."""
        newest_first = reversed(self._rows)
        return [_entry(row) for _, row in zip(range(count), newest_first, strict=False)]


def _entry(row: Row) -> RequestEntry:
    method, path, status, user, duration_ms, started, fault = row
    return RequestEntry(
        method=method,
        path=path,
        status=status,
        user=user,
        duration_ms=duration_ms,
        started_at=dt.datetime.fromtimestamp(started, dt.UTC),
        fault=fault,
    )


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
        started = time.time()
        clock = time.perf_counter()
        status = 500

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            duration_ms = round((time.perf_counter() - clock) * 1000, 1)
            user = scope.get("user")
            fault = scope["state"].get(_FAULT_KEY) if "state" in scope else None
            user = user if isinstance(user, str) else None
            self._log.keep((scope["method"], scope["path"], status, user, duration_ms, started, fault))
