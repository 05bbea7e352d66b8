"""A refused CORS preflight answered with the API's Error body, as every other refusal is.

Litestar's CORS layer refuses a preflight from an origin, method or header it does not allow with a
plain-text 400 ("Disallowed CORS Origin"); clients that read the body expect the one JSON error shape.
"""

from __future__ import annotations

from collections.abc import Awaitable

import msgspec
from litestar.enums import HttpMethod, ScopeType
from litestar.types import (
    ASGIApp,
    HTTPResponseBodyEvent,
    HTTPResponseStartEvent,
    Message,
    Receive,
    Scope,
    Send,
)

from ..wire import Error

__all__ = ["JsonPreflightRefusal"]

_encoder = msgspec.json.Encoder()


def _is_plain_refusal(message: HTTPResponseStartEvent) -> bool:
    headers = dict(message.get("headers") or [])
    return message["status"] == 400 and headers.get(b"content-type", b"").startswith(b"text/plain")


class JsonPreflightRefusal:
    """ASGI layer: an OPTIONS request's plain-text 400 is sent as the Error body with the same words."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def __call__(self, scope: Scope, receive: Receive, send: Send) -> Awaitable[None]:
        """Pass the request on; hold back a plain-text 400 to an OPTIONS request and send it as JSON."""
        if scope["type"] != ScopeType.HTTP or scope["method"] != HttpMethod.OPTIONS:
            # The inner app's own awaitable: other requests cost this layer no coroutine of its own.
            return self.app(scope, receive, send)
        return self._preflight(scope, receive, send)

    async def _preflight(self, scope: Scope, receive: Receive, send: Send) -> None:
        refused = False
        text = bytearray()

        async def rewrite(message: Message) -> None:
            nonlocal refused
            if message["type"] == "http.response.start" and _is_plain_refusal(message):
                refused = True
                return
            if not refused or message["type"] != "http.response.body":
                await send(message)
                return
            text.extend(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = _encoder.encode(Error(code=400, message=text.decode(errors="replace")))
            # Litestar's CORS layer sends no other header with a refusal.
            start: HTTPResponseStartEvent = {
                "type": "http.response.start",
                "status": 400,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))],
            }
            end: HTTPResponseBodyEvent = {"type": "http.response.body", "body": body, "more_body": False}
            await send(start)
            await send(end)

        await self.app(scope, receive, rewrite)
