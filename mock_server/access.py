"""Who may read or change what: the one visibility rule, for services and store backends alike.

A resource has readers, named as principals (``user:<name>``, and ``public`` for everyone); a caller acts
as a set of principals. A caller may read a resource when the two sets meet. Public collections and group
sharing become new principal kinds here (``group:<name>`` in ``principals``), and nothing else changes:
the in-memory backend asks ``may_read``, the SQL backend stores ``readers`` in a table and matches them
against ``principals``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

__all__ = ["PUBLIC", "is_admin", "may_change", "may_read", "principals", "readers"]

PUBLIC = "public"


def principals(user: str) -> tuple[str, ...]:
    """The principals a caller acts as."""
    return (f"user:{user}", PUBLIC)


def readers(owner: str | None, shared_with: Mapping[str, object]) -> tuple[str, ...]:
    """The principals that may read a resource: its owner and those it is shared with; no owner is public."""
    if owner is None:
        return (PUBLIC,)
    return (f"user:{owner}", *(f"user:{name}" for name in shared_with))


def may_read(user: str, owner: str | None, shared_with: Mapping[str, object]) -> bool:
    """Whether ``user`` may read a resource; the same answer as ``readers`` meeting ``principals``."""
    # Written out rather than as set algebra: it runs on every request, and this is what the sets say.
    return owner is None or owner == user or user in shared_with


def may_change(user: str, owner: str | None) -> bool:
    """Whether ``user`` may change or delete a resource: only its owner may; sharing gives read access."""
    return owner is not None and owner == user


def is_admin(user: str, admins: Collection[str]) -> bool:
    """Whether ``user`` is an h2oGPTe admin, who may call the admin-only operations."""
    return user in admins
