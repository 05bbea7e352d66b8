"""What the fault tests share: the stream's line schema, a question, a live server, and a stopwatch."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from mock_server import Settings

from ._schemas import load_openapi, validator

__all__ = ["JSONL", "QUESTION", "STREAM_LINE", "Live", "elapsed"]

STREAM_LINE = validator(
    load_openapi(Path(__file__).resolve().parents[2] / "openapi.yaml"),
    {"$ref": "#/components/schemas/ChatStreamLine"},
)
JSONL = {"Accept": "application/jsonl"}
QUESTION = {"message": "Tell me everything about the vacation policy, in detail."}

# Serves an app with the given settings on a real socket and gives a client of it (the ``live`` fixture).
Live = Callable[[Settings], httpx.Client]


def elapsed(call: Any) -> float:
    """Seconds ``call()`` took."""
    started = time.monotonic()
    call()
    return time.monotonic() - started
