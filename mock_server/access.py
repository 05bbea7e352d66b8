"""Who may read or change what: the one visibility rule, for services and store backends alike.

A resource has readers, named as principals (``user:<name>``, ``group:<id>``, and ``public`` for
everyone); a caller acts as a set of principals (their user, their groups, and ``public``). A caller may
read a resource when the two sets meet. The in-memory backend asks ``may_read``, the SQL backend stores
``readers`` in a table and matches them against ``principals`` (and the caller's group memberships).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Protocol

__all__ = [
    "PUBLIC",
    "Shared",
    "group_principal",
    "is_admin",
    "may_change",
    "may_read",
    "principals",
    "readers",
]

PUBLIC = "public"


class Shared(Protocol):
    """What the rule reads of a collection or prompt template."""

    @property
    def owner(self) -> str | None: ...
    @property
    def shared_with(self) -> Mapping[str, object]: ...
    @property
    def group_shared_with(self) -> Mapping[str, object]: ...
    @property
    def public(self) -> bool: ...


def group_principal(group_id: str) -> str:
    """The principal naming every member of a group."""
    return f"group:{group_id}"


def principals(user: str, groups: Iterable[str] = ()) -> tuple[str, ...]:
    """The principals a caller acts as: their user, the ids of their groups, and everyone."""
    return (f"user:{user}", *map(group_principal, groups), PUBLIC)


def readers(record: Shared) -> tuple[str, ...]:
    """The principals that may read a resource: owner, users and groups it is shared with, or everyone."""
    found = [PUBLIC] if record.public else []
    if record.owner is not None:
        found.append(f"user:{record.owner}")
    found += (f"user:{name}" for name in record.shared_with)
    found += map(group_principal, record.group_shared_with)
    return tuple(dict.fromkeys(found))


def may_read(user: str, record: Shared, groups: Iterable[str] = ()) -> bool:
    """Whether ``user`` (a member of ``groups``) may read a resource; the same answer as ``readers``
    meeting ``principals``."""
    # Written out rather than as set algebra: it runs on every request, and this is what the sets say.
    if record.public or record.owner == user or user in record.shared_with:
        return True
    shared = record.group_shared_with
    return bool(shared) and any(g in shared for g in groups)


def may_change(user: str, owner: str | None) -> bool:
    """Whether ``user`` may change or delete a resource: only its owner may; sharing gives read access."""
    return owner is not None and owner == user


def is_admin(user: str, admins: Collection[str]) -> bool:
    """Whether ``user`` is an h2oGPTe admin, who may call the admin-only operations."""
    return user in admins
