"""An ASGI wrapper that keeps every HTTP exchange an app answers, in the order it answered them."""

from __future__ import annotations

import threading

import msgspec
from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, ReceiveMessage, Scope, Send

__all__ = ["Exchange", "Recorder"]

# Enough to hold any id a delete job names; an upload's bytes are cut off.
BODY_LIMIT = 64 * 1024


class Exchange(msgspec.Struct, frozen=True):
    """One answered request: its method, decoded path, request body (cut at BODY_LIMIT) and status."""

    method: str
    path: str
    body: bytes
    status: int


class Recorder:
    """Pass every request through to ``app``; ``exchanges`` lists the HTTP ones by when their answer began."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.exchanges: list[Exchange] = []
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        body = bytearray()

        async def receiving() -> ReceiveMessage:
            message = await receive()
            if message["type"] == "http.request" and len(body) < BODY_LIMIT:
                body.extend(message.get("body", b"")[: BODY_LIMIT - len(body)])
            return message

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                exchange = Exchange(scope["method"], scope["path"], bytes(body), message["status"])
                with self._lock:
                    self.exchanges.append(exchange)
            await send(message)

        await self.app(scope, receiving, sending)
