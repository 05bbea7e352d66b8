"""Filtering, sorting and paging of collections and templates in Python, for the in-memory backend."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from ..access import may_read
from .queries import CollectionQuery, TemplateQuery, matches_metadata
from .records import CollectionRecord, TemplateRecord

__all__ = ["collection_filter", "sort_page", "template_filter"]


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


def collection_filter(
    query: CollectionQuery, groups: Sequence[str] = ()
) -> Callable[[CollectionRecord], bool]:
    """The predicate a collection must meet to be in the query's answer (``groups``: the user's)."""
    user, needle, wanted = query.user, (query.name_contains or "").casefold(), query.metadata
    text = (query.text or "").casefold()

    def keep(c: CollectionRecord) -> bool:
        if query.owned_only and c.owner != user:
            return False
        if not (query.everyone or may_read(user, c, groups)) or needle not in c.name.casefold():
            return False
        if text and not any(text in v.casefold() for v in (c.name, c.id, c.owner)):
            return False
        return not wanted or matches_metadata(c.metadata, wanted)

    return keep


def template_filter(query: TemplateQuery, groups: Sequence[str] = ()) -> Callable[[TemplateRecord], bool]:
    """The predicate a prompt template must meet to be in the query's answer (``groups``: the user's)."""
    user, needle, kind = query.user, (query.text or "").casefold(), query.kind

    def keep(t: TemplateRecord) -> bool:
        if not (query.everyone or may_read(user, t, groups)):
            return False
        if (kind == "system" and t.owner is not None) or (kind == "user" and t.owner is None):
            return False
        if not needle:
            return True
        name, description = t.content.get("name") or "", t.content.get("description") or ""
        return needle in name.casefold() or needle in description.casefold()

    return keep
