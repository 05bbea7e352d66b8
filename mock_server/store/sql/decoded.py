"""Records this process has decoded, by id and ``rev``: a page names its rows by ``(id, rev)``, and only
the rows not seen at that revision are fetched whole and decoded.

A row's ``rev`` is drawn anew whenever its body is written, by any process, so a held record whose ``rev``
matches the row's is that row's body exactly; a held one that does not match is simply not used. Nothing
needs to be told about writes elsewhere. Only records without mutable parts are held (sessions, messages),
since every caller gets the same object.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar

from .codec import decoder

__all__ = ["Decoded"]

R = TypeVar("R")


class Decoded(Generic[R]):
    """Decoded records of one kind, by id, up to ``budget`` bytes of their bodies; the oldest go first."""

    def __init__(self, type_: type[R], budget: int) -> None:
        self._decode = decoder(type_)
        self._budget = budget
        self._held: dict[str, tuple[int, R, int]] = {}
        self._size = 0
        self._lock = threading.Lock()  # network stores read on several worker threads

    def get(self, record_id: str, rev: int) -> R | None:
        """The record of ``record_id`` at ``rev``, if held."""
        found = self._held.get(record_id)
        return found[1] if found is not None and found[0] == rev else None

    def known(self, named: Iterable[Sequence[Any]]) -> tuple[dict[str, R], dict[str, int]]:
        """Split rows that start (id, rev) into the records held at that rev, and the revs of the others."""
        held, found, missing = self._held, {}, {}
        for row in named:
            entry = held.get(row[0])
            if entry is not None and entry[0] == row[1]:
                found[row[0]] = entry[1]
            else:
                missing[row[0]] = row[1]
        return found, missing

    def add(self, record_id: str, rev: int, body: bytes) -> R:
        """Decode a body read at ``rev``, hold it, and return it."""
        record = self._decode(body)
        self.hold(record_id, rev, record, len(body))
        return record

    def hold(self, record_id: str, rev: int, record: R, size: int) -> None:
        """Hold a record just written at ``rev`` (``size``: its body's length)."""
        with self._lock:
            replaced = self._held.pop(record_id, None)
            if replaced is not None:
                self._size -= replaced[2]
            self._held[record_id] = (rev, record, size)
            self._size += size
            while self._size > self._budget:
                oldest = next(iter(self._held))
                self._size -= self._held.pop(oldest)[2]

    def clear(self) -> None:
        """Forget everything held."""
        with self._lock:
            self._held.clear()
            self._size = 0
