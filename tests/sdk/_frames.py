"""Talking to ``/ws`` frame by frame, as the vendor SDK does, for tests that check the protocol itself."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import MISSING, asdict, fields
from typing import Any

from h2ogpte.types import ChatAcknowledgement, ChatRequest, ChatResponse
from websockets.sync.client import ClientConnection, connect

__all__ = ["ask", "frames_until_done", "question", "socket"]

# The SDK's own dataclasses: a frame must carry every field they require.
_REQUIRED = {
    kind: {f.name for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING}
    for kind, cls in (("cx", ChatAcknowledgement), ("reply", ChatResponse))
}


@contextmanager
def socket(url: str, token: str, session_id: str) -> Iterator[ClientConnection]:
    """A connection to the mock's ``/ws``, with the handshake the SDK makes."""
    address = url.replace("http://", "ws://") + f"/ws?currentSessionID={session_id}&source=py"
    connection = connect(address, additional_headers={"Authorization": f"Bearer {token}"})
    with connection:
        yield connection


def question(session_id: str, body: str, **options: Any) -> dict[str, Any]:
    """A ``cq`` frame exactly as ``h2ogpte.session.Session.query`` builds it."""
    request = ChatRequest(
        t="cq",
        mode="s",
        session_id=session_id,
        correlation_id=str(uuid.uuid4()),
        body=body,
        system_prompt=None,
        pre_prompt_query=None,
        prompt_query=None,
        pre_prompt_summary=None,
        prompt_summary=None,
        llm=options.pop("llm", None),
        llm_args=json.dumps(options.pop("llm_args", None)),
        self_reflection_config="null",
        rag_config=json.dumps(options.pop("rag_config", None)),
        include_chat_history=options.pop("include_chat_history", "auto"),
        tags=options.pop("tags", None),
        metadata_filter=None,
        image_batch_image_prompt=None,
        image_batch_final_prompt=None,
    )
    frame = asdict(request)
    frame.update(options)
    return frame


def frames_until_done(connection: ClientConnection, timeout: float = 10) -> list[dict[str, Any]]:
    """The frames of one question, through its ``ca`` or ``ce``; each checked against the SDK's fields."""
    frames: list[dict[str, Any]] = []
    while not frames or frames[-1]["t"] not in ("ca", "ce"):
        message = connection.recv(timeout)
        assert isinstance(message, str)
        for line in message.splitlines():
            frame = json.loads(line)
            kind = "cx" if frame["t"] == "cx" else "reply"
            assert _REQUIRED[kind] <= set(frame), f"{frame['t']} frame lacks {_REQUIRED[kind] - set(frame)}"
            frames.append(frame)
    return frames


def ask(connection: ClientConnection, frame: dict[str, Any]) -> list[dict[str, Any]]:
    """Send one question and read its frames."""
    connection.send(json.dumps(frame))
    return frames_until_done(connection)
