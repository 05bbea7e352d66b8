"""Text in statements' parameters: as given, but for NUL.

PostgreSQL's text cannot hold NUL (U+0000), and SQLite's LIKE ends a string at one. So on both engines
every text a statement is given (an id, an owner, a principal, a name or description kept for search and
sort, a search itself) has its NULs replaced by U+FFFD, the replacement character. Records are stored
whole in their bodies, so a NUL comes back as it was sent: only search, sort and look-ups take it for a
U+FFFD.
"""

from __future__ import annotations

from typing import Any, TypeVar

__all__ = ["without_nul"]

P = TypeVar("P")

_NUL, _STAND_IN = "\x00", "\ufffd"


def without_nul(params: P) -> P:
    """``params`` (a statement's values: a mapping, a sequence, or a list of them) with NULs replaced;
    the same object when there are none, which is nearly always."""
    return _replaced(params) if _holds_nul(params) else params


def _holds_nul(value: Any) -> bool:
    # Loops, not any(): this runs on every statement, and a generator costs more than the check.
    if isinstance(value, str):
        return _NUL in value
    if isinstance(value, dict):
        value = value.values()
    elif not isinstance(value, (list, tuple)):
        return False
    for item in value:
        if isinstance(item, str):
            if _NUL in item:
                return True
        elif isinstance(item, (dict, list, tuple)) and _holds_nul(item):
            return True
    return False


def _replaced(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace(_NUL, _STAND_IN)
    if isinstance(value, dict):
        return {k: _replaced(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_replaced(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_replaced(v) for v in value)
    return value
