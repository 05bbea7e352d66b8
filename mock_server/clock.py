"""Time and ids for new resources: deterministic where it matters, monotonic where order matters."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

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


# The bits uuid.UUID(int=..., version=4) clears and sets: the variant (10xx) and the version (0100).
_UUID4_CLEAR = ~((0xC000 << 48) | (0xF000 << 64)) & ((1 << 128) - 1)
_UUID4_SET = (0x8000 << 48) | (4 << 76)


class IdFactory:
    """Random-looking version-4 UUIDs drawn from a seeded generator.

    With ``claim``, each id's position in the sequence comes from it (the store's counter), so ids never
    repeat across restarts or between processes sharing a store; without, positions simply count up.
    """

    def __init__(self, seed: int, claim: Callable[[], int] | None = None) -> None:
        self._seed = seed
        self._random = random.Random(seed)
        self._drawn = 0
        self._claim = claim

    @property
    def drawn(self) -> int:
        """How many ids this factory has handed out."""
        return self._drawn

    def skip_to(self, drawn: int) -> None:
        """Draw and discard ids until ``drawn`` have been handed out, so that none of them comes again.

        A server that loads another's export with the same seed carries on where that one stopped.
        """
        for _ in range(drawn - self._drawn):
            self._random.getrandbits(128)
        self._drawn = max(self._drawn, drawn)

    def new(self) -> str:
        """Return the next id: ``str(uuid.UUID(int=<128 random bits>, version=4))``, formatted directly
        because building the UUID object took most of the time of every create."""
        if self._claim is not None:
            position = self._claim()
            if position < self._drawn:
                # The sequence started over (an admin reset): so does the generator.
                self._random, self._drawn = random.Random(self._seed), 0
            self.skip_to(position)
        self._drawn += 1
        bits = self._random.getrandbits(128) & _UUID4_CLEAR | _UUID4_SET
        h = f"{bits:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
