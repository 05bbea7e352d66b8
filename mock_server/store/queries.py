"""What a list of collections or prompt templates asks for: filters, order and the caller."""

from __future__ import annotations

from typing import Any, Literal

import msgspec

__all__ = ["CollectionQuery", "SortColumn", "TemplateQuery", "matches_metadata"]

SortColumn = Literal["updated_at", "created_at", "name"]


class CollectionQuery(msgspec.Struct, frozen=True, kw_only=True):
    """The collections ``user`` may read, narrowed and ordered; ties in the order break by id."""

    user: str
    owned_only: bool = False
    # Every user's collections, whoever may read them (the admins' list).
    everyone: bool = False
    # Matched case-insensitively anywhere in the name.
    name_contains: str | None = None
    # Matched case-insensitively anywhere in the name, the id or the owner's name.
    text: str | None = None
    # Every key must read (absent keys as null) equal in the collection's metadata.
    metadata: dict[str, Any] | None = None
    sort_column: SortColumn = "updated_at"
    ascending: bool = False


class TemplateQuery(msgspec.Struct, frozen=True, kw_only=True):
    """The prompt templates ``user`` may read, narrowed and ordered; ties in the order break by id."""

    user: str
    # Every template, whoever may read it, hidden ones included (the admins' list).
    everyone: bool = False
    # "system": only templates without an owner; "user": only owned ones.
    kind: Literal["system", "user"] | None = None
    # Matched case-insensitively in the name or the description.
    text: str | None = None
    sort_column: SortColumn = "updated_at"
    ascending: bool = True


def matches_metadata(metadata: dict[str, Any] | None, wanted: dict[str, Any]) -> bool:
    """Whether ``metadata`` holds every key of ``wanted`` with an equal value."""
    return metadata is not None and all(metadata.get(k) == v for k, v in wanted.items())
