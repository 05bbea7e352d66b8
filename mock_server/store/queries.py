"""What a list of collections or prompt templates asks for: filters, order and the caller."""

from __future__ import annotations

from typing import Any, Literal

import msgspec

__all__ = ["CollectionQuery", "SortColumn", "TemplateQuery", "json_equal", "matches_metadata"]

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
    # Every key must be in the collection's metadata with a JSON-equal value (see matches_metadata).
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
    """Whether ``metadata`` holds every key of ``wanted`` with a ``json_equal`` value.

    A ``null`` in ``wanted`` asks for a key that is there and null, not for a missing one. Metadata never
    set holds no pairs, so it matches only an empty filter.
    """
    held = metadata or {}
    return all(k in held and json_equal(held[k], v) for k, v in wanted.items())


def json_equal(a: Any, b: Any) -> bool:
    """Whether two decoded JSON values are equal as JSON: objects and arrays whole and recursively.

    Python's ``==`` takes ``True`` for ``1``; JSON's ``true`` is no number. Numbers compare by value, so
    ``1`` equals ``1.0``: JSON has one number type, and clients' encoders differ on how they spell one.
    """
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(json_equal(v, b[k]) for k, v in a.items())
    if isinstance(a, list | tuple):
        return isinstance(b, list | tuple) and len(a) == len(b) and all(map(json_equal, a, b))
    # Left: strings, numbers and null; a container on the right equals none of them.
    return not isinstance(b, dict | list | tuple) and bool(a == b)
