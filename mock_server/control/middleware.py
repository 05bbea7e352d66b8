"""Applies the policy to each ``/api/v1`` request: delay it, fail it, or shape its stream."""

from __future__ import annotations

import asyncio
from contextvars import ContextVar

from litestar.enums import ScopeType
from litestar.types import ASGIApp, HTTPResponseStartEvent, Message, Receive, ReceiveMessage, Scope, Send

from ..errors import (
    ApiError,
    BadRequest,
    NotFound,
    PayloadTooLarge,
    Unauthorized,
    UnsupportedMediaType,
)
from ..requestlog import note_fault
from ..spec import SPEC_PATH
from .decide import StreamPlan
from .spec import documented_error_statuses
from .state import Controls

__all__ = ["SIMULATED_STATUSES", "ControlMiddleware", "current_stream_plan", "simulatable_statuses"]

# A simulated failure is raised like a real one, so it gets the same Error body and headers.
_ERRORS: dict[int, type[ApiError]] = {
    cls.status_code: cls
    for cls in (BadRequest, Unauthorized, NotFound, PayloadTooLarge, UnsupportedMediaType, ApiError)
}
SIMULATED_STATUSES = frozenset(_ERRORS)


def simulatable_statuses() -> dict[str, frozenset[int]]:
    """Per operationId, the error statuses the contract documents and the middleware can raise."""
    return {op: codes & SIMULATED_STATUSES for op, codes in documented_error_statuses(SPEC_PATH).items()}


# The stream hook in api/streaming.py runs inside the handler this middleware calls, so the plan reaches
# it through the request's context rather than through every signature in between.
_stream_plan: ContextVar[StreamPlan | None] = ContextVar("stream_plan", default=None)


def current_stream_plan() -> StreamPlan | None:
    """The plan for a stream sent in the current request, if the request went through the middleware."""
    return _stream_plan.get()


def _streams(message: HTTPResponseStartEvent) -> bool:
    return any(
        name.lower() == b"content-type" and value.startswith(b"application/jsonl")
        for name, value in message.get("headers", [])
    )


class _BrokenStream:
    """Wraps a faulty request's send and receive. For stall and drop it withholds the body's final chunk
    and then tells the app the client left, so the app returns with the response unfinished and the
    server closes the connection mid-body, as a broken upstream would."""

    def __init__(self, scope: Scope, receive: Receive, send: Send, plan: StreamPlan) -> None:
        self._scope = scope
        self._receive = receive
        self._send = send
        self._plan = plan
        self._streaming = False
        self._abandoned = asyncio.Event()

    async def send(self, message: Message) -> None:
        """Pass a message on, unless it would end a stream that is to break."""
        if message["type"] == "http.response.start":
            self._streaming = _streams(message)
            if self._streaming:
                note_fault(self._scope, f"stream {self._plan.fault}")
        elif self._streaming and self._plan.fault != "error" and not message.get("more_body", False):
            self._abandoned.set()
            return
        await self._send(message)

    async def receive(self) -> ReceiveMessage:
        """The client's next message, or a disconnect once the stream has been abandoned."""
        if not self._abandoned.is_set():
            # Litestar waits for a disconnect while it streams; that wait must end when the stream is cut.
            message = asyncio.ensure_future(self._receive())
            abandoned = asyncio.ensure_future(self._abandoned.wait())
            try:
                done, _ = await asyncio.wait({message, abandoned}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                abandoned.cancel()
            if message in done:
                return message.result()
            message.cancel()
        return {"type": "http.disconnect"}


class ControlMiddleware:
    """ASGI middleware for the API router, applying the server's ``Controls``."""

    def __init__(self, app: ASGIApp, controls: Controls) -> None:
        self.app = app
        self._controls = controls

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Decide this request's luck, then delay, fail or serve it with its stream plan in context."""
        handler = scope.get("route_handler")
        operation_id = getattr(handler, "operation_id", None)
        if scope["type"] != ScopeType.HTTP or not isinstance(operation_id, str):
            await self.app(scope, receive, send)
            return
        decision = self._controls.decide(operation_id)
        if decision.delay:
            await asyncio.sleep(decision.delay)
        if decision.error_status is not None:
            note_fault(scope, f"error {decision.error_status}")
            raise _ERRORS[decision.error_status](
                f"Simulated failure of {operation_id} (fault injection by the mock server)"
            )
        plan = decision.stream
        token = _stream_plan.set(plan)
        try:
            if plan.fault is None:
                await self.app(scope, receive, send)
            else:
                broken = _BrokenStream(scope, receive, send, plan)
                await self.app(scope, broken.receive, broken.send)
        finally:
            _stream_plan.reset(token)
