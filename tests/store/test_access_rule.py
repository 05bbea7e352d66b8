"""The visibility rule says the same thing as a predicate (memory) and as principals (SQL)."""

from __future__ import annotations

import itertools

from mock_server.access import may_change, may_read, principals, readers

USERS = ("demo", "bob", "alice")


def test_may_read_is_readers_meeting_principals() -> None:
    for owner, shared in itertools.product((None, *USERS), ((), ("bob",), ("bob", "alice"))):
        shared_with = {u: ["read"] for u in shared}
        for user in USERS:
            by_sets = not set(readers(owner, shared_with)).isdisjoint(principals(user))
            assert may_read(user, owner, shared_with) == by_sets, (owner, shared, user)


def test_only_the_owner_may_change_and_nobody_owns_a_system_resource() -> None:
    assert may_change("demo", "demo") and not may_change("bob", "demo")
    assert not any(may_change(user, None) for user in USERS)
