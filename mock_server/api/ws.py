"""The vendor SDK's chat WebSocket, ``/ws?currentSessionID=…``: questions in, streamed answers out.

The handshake authenticates like the REST API (an unknown bearer token gets 401, which the SDK raises as
``UnauthorizedError``). Each ``cq`` frame is answered in a task of its own, so one connection carries any
number of questions, and frames of other kinds are ignored, as the SDK ignores the ones it does not know.
"""

from __future__ import annotations

import asyncio
import json

import msgspec
from litestar import WebSocket, websocket
from litestar.datastructures import State
from litestar.exceptions import WebSocketDisconnect
from litestar.status_codes import WS_1011_INTERNAL_ERROR

from ..http.auth import bearer_token
from ..runtime import Runtime
from ..wire import Error
from ..wire.ws import ChatAck, ChatQuery, ChatReply
from .auth import user_for_token
from .ws_query import answer_query, error_frame

__all__ = ["chat_socket"]

_encoder = msgspec.json.Encoder()
_DENIAL = "websocket.http.response"


class _Connection:
    """One accepted socket: frames from concurrent questions go out whole and in order."""

    def __init__(self, socket: WebSocket[str, str, State]) -> None:
        self._socket = socket
        self._lock = asyncio.Lock()
        self.closed = False

    async def send(self, frame: ChatAck | ChatReply) -> None:
        """Send one frame as a text message, unless the connection is gone (then nothing more is sent)."""
        async with self._lock:
            if self.closed:
                return
            try:
                await self._socket.send_data(_encoder.encode(frame).decode(), mode="text")
            except (WebSocketDisconnect, OSError):
                # The client left while a frame was on its way: as with a REST client that hangs up, the
                # answer stays stored whole.
                self.closed = True

    async def drop(self, reason: str) -> None:
        """Close with "internal error", as when the server side of a connection breaks."""
        async with self._lock:
            if not self.closed:
                self.closed = True
                await self._socket.close(code=WS_1011_INTERNAL_ERROR, reason=reason)


@websocket("/ws")
async def chat_socket(socket: WebSocket[str, str, State]) -> None:
    """Serve the SDK's ``Session``: authenticate the handshake, then answer questions until it closes."""
    token = bearer_token(socket.scope)
    runtime: Runtime = socket.app.state.runtime
    user = None if token is None else await user_for_token(runtime, token)
    if user is None:
        await _deny(socket, 401, "Missing or invalid bearer token")
        return
    await socket.accept()
    connection = _Connection(socket)
    tasks: set[asyncio.Task[None]] = set()
    try:
        while not connection.closed:
            message = await socket.receive()
            if message["type"] != "websocket.receive":
                break
            query = _question(message.get("text") or (message.get("bytes") or b"").decode("utf-8", "replace"))
            if isinstance(query, ChatReply):
                await connection.send(query)
            elif query is not None:
                task = asyncio.create_task(answer_query(connection, runtime, user, query))
                tasks.add(task)
                task.add_done_callback(tasks.discard)
    finally:
        # The client left: answers in flight stop, and keep what a REST completion would have kept.
        connection.closed = True
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def _question(text: str) -> ChatQuery | ChatReply | None:
    """The question a frame asks; an error frame if it is a malformed one; None if it is not a question."""
    try:
        data = msgspec.json.decode(text)
    except msgspec.DecodeError:
        # Python clients (the SDK builds frames with json.dumps) may write NaN and Infinity, which strict
        # JSON lacks: such a question still gets its answer or its error frame, never silence.
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            return None
    if not isinstance(data, dict) or data.get("t") != "cq":
        return None
    try:
        return msgspec.convert(data, ChatQuery)
    except msgspec.ValidationError as exc:
        session_id, correlation_id = str(data.get("session_id", "")), str(data.get("correlation_id", ""))
        return error_frame(session_id, correlation_id, f"Invalid question: {exc}")


async def _deny(socket: WebSocket[str, str, State], status: int, message: str) -> None:
    """Refuse the handshake with an HTTP status and the API's Error body where the server allows it;
    else by closing it, which servers answer with 403 (the SDK raises both as ``UnauthorizedError``)."""
    await socket.receive()  # the websocket.connect event
    if _DENIAL not in (socket.scope.get("extensions") or {}):
        await socket.close(code=1008, reason=message)
        return
    body = _encoder.encode(Error(code=status, message=message))
    # A length, not chunks: the SDK's websockets client reads no chunked body on a refused handshake.
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"www-authenticate", b"Bearer"),
    ]
    await socket.send({"type": "websocket.http.response.start", "status": status, "headers": headers})
    await socket.send({"type": "websocket.http.response.body", "body": body, "more_body": False})
