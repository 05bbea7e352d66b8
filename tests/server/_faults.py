"""What the fault tests share: a live server's type and a stopwatch."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx

from mock_server import Settings

__all__ = ["Live", "elapsed"]

# Serves an app with the given settings on a real socket and gives a client of it (the ``live`` fixture).
Live = Callable[[Settings], httpx.Client]


def elapsed(call: Any) -> float:
    """Seconds ``call()`` took."""
    started = time.monotonic()
    call()
    return time.monotonic() - started
