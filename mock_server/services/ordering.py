"""Sorting and paging of small lists by one of the columns the API lets callers choose."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

__all__ = ["sort_page"]


class _Dated(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def created_at(self) -> dt.datetime: ...
    @property
    def updated_at(self) -> dt.datetime: ...


T = TypeVar("T", bound=_Dated)


def sort_page(
    items: Sequence[T],
    column: str,
    ascending: bool,
    offset: int,
    limit: int,
    name_of: Callable[[T], str | None],
) -> list[T]:
    """Sort by ``updated_at``, ``created_at`` or ``name`` (ties by id), then cut a page."""

    def key(item: T) -> tuple[str, str]:
        if column == "name":
            return ((name_of(item) or "").casefold(), item.id)
        moment = item.created_at if column == "created_at" else item.updated_at
        return (moment.isoformat(), item.id)

    ordered = sorted(items, key=key, reverse=not ascending)
    return ordered[offset : offset + limit]
