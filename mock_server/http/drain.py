"""Read the rest of a request body before an early answer ends, so a client still sending receives it.

A server may answer before it has read the whole body: a 413 for a body over the limit, a 401 before a
body is even looked at. If the connection is then closed (HTTP/1.0, ``Connection: close``, or a server
that cannot reuse a half-read connection) while the client is still sending, the client's next write
meets a reset and most clients lose the answer. Reading (and dropping) what is left of the body before the
last byte of the answer goes out makes the close orderly.
"""

from __future__ import annotations

from collections.abc import Awaitable

from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, ReceiveMessage, Scope, Send

__all__ = ["MAX_DRAINED_BYTES", "DrainUnreadBody"]

MAX_DRAINED_BYTES = 1 << 30
"""Most a request may still send after its answer; beyond it the connection is closed as before."""


def _has_body(scope: Scope) -> tuple[bool, bool]:
    """Whether the request announces a body, and whether it waits for ``100 Continue`` to send it."""
    has_body = expects_continue = False
    for name, value in scope["headers"]:
        if name == b"content-length":
            has_body = has_body or value.strip() not in (b"0", b"")
        elif name == b"transfer-encoding":
            has_body = True
        elif name == b"expect":
            expects_continue = value.strip().lower() == b"100-continue"
    return has_body, expects_continue


class DrainUnreadBody:
    """An ASGI layer: before a response's last message, drop what the client has not yet sent of the body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def __call__(self, scope: Scope, receive: Receive, send: Send) -> Awaitable[None]:
        """Pass the request on, draining its body before the answer completes if the app did not read it."""
        if scope["type"] != ScopeType.HTTP:
            return self.app(scope, receive, send)
        has_body, expects_continue = _has_body(scope)
        if not has_body:
            # The inner app's own awaitable: a request without a body costs this layer no coroutine.
            return self.app(scope, receive, send)
        return self._draining(scope, receive, send, expects_continue)

    async def _draining(self, scope: Scope, receive: Receive, send: Send, expects_continue: bool) -> None:
        state = {"done": False, "asked": False}

        async def tracked_receive() -> ReceiveMessage:
            message = await receive()
            state["asked"] = True
            if message["type"] != "http.request" or not message.get("more_body", False):
                state["done"] = True
            return message

        async def draining_send(message: Message) -> None:
            final = message["type"] == "http.response.body" and not message.get("more_body", False)
            # A client waiting for a "100 Continue" that never came has sent nothing: nothing to drop.
            if final and not state["done"] and (state["asked"] or not expects_continue):
                await _drain(receive)
                state["done"] = True
            await send(message)

        await self.app(scope, tracked_receive, draining_send)


async def _drain(receive: Receive) -> None:
    dropped = 0
    while dropped <= MAX_DRAINED_BYTES:
        message = await receive()
        if message["type"] != "http.request":
            return
        dropped += len(message.get("body", b""))
        if not message.get("more_body", False):
            return
