"""Time and ids for new resources: deterministic where it matters, monotonic where order matters."""

from __future__ import annotations

import datetime as dt
import random
import uuid

__all__ = ["Clock", "IdFactory"]

_TICK = dt.timedelta(microseconds=1)


class Clock:
    """UTC wall-clock time that never repeats or goes back, so "most recent first" is a total order."""

    def __init__(self) -> None:
        self._last = dt.datetime.min.replace(tzinfo=dt.UTC)

    def now(self) -> dt.datetime:
        """Return the current time, strictly later than any earlier answer."""
        now = dt.datetime.now(dt.UTC)
        self._last = now if now > self._last else self._last + _TICK
        return self._last


class IdFactory:
    """Random-looking version-4 UUIDs drawn from a seeded generator."""

    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed)

    def new(self) -> str:
        """Return the next id."""
        return str(uuid.UUID(int=self._random.getrandbits(128), version=4))
