"""Who a bearer token belongs to, remembered briefly so that most requests do not ask the store."""

from __future__ import annotations

import time
from collections.abc import Callable

__all__ = ["TOKEN_TTL", "TokenCache"]

# How long a process trusts what it learnt: a token that a reset or load in another process removed
# stops working within this time (in the process that did it, at once).
TOKEN_TTL = 1.0


class TokenCache:
    """Known tokens and their users, each for ``ttl`` seconds; unknown tokens are never remembered,
    so a token added anywhere works at once."""

    def __init__(self, ttl: float = TOKEN_TTL, clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl = ttl
        self._clock = clock
        self._known: dict[str, tuple[float, str]] = {}

    def get(self, token: str) -> str | None:
        """The user of ``token`` if learnt less than ``ttl`` ago."""
        found = self._known.get(token)
        if found is None or self._clock() - found[0] > self._ttl:
            return None
        return found[1]

    def put(self, token: str, user: str) -> None:
        """Remember that ``token`` belongs to ``user``."""
        self._known[token] = (self._clock(), user)

    def clear(self) -> None:
        """Forget everything (the data was replaced)."""
        self._known.clear()
