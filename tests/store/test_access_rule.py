"""The visibility rule says the same thing as a predicate (memory) and as principals (SQL)."""

from __future__ import annotations

import itertools

import msgspec

from mock_server.access import may_change, may_read, principals, readers

from ._records import collection, template

USERS = ("demo", "bob", "alice")
GROUPS = ((), ("eng",), ("eng", "ops"))


def test_may_read_is_readers_meeting_principals() -> None:
    shares = ((), ("bob",), ("bob", "alice"))
    for owner, shared, group_shares, public in itertools.product(USERS, shares, GROUPS, (False, True)):
        record = msgspec.structs.replace(
            collection("c", owner=owner, shared=shared),
            group_shared_with={g: ["read"] for g in group_shares},
            is_public=public,
        )
        for user, groups in itertools.product(USERS, (("eng",), ("ops",), ())):
            by_sets = not set(readers(record)).isdisjoint(principals(user, groups))
            assert may_read(user, record, groups) == by_sets, (owner, shared, group_shares, public, user)


def test_group_members_public_and_hidden_templates() -> None:
    shared = msgspec.structs.replace(collection("c"), group_shared_with={"eng": ["read"]})
    assert may_read("bob", shared, ["eng"]) and not may_read("bob", shared, ["ops"])
    assert may_read("bob", msgspec.structs.replace(collection("c"), is_public=True))
    system = template("t", owner=None)
    assert may_read("bob", system) and readers(system) == ("public",)
    hidden = msgspec.structs.replace(system, visible=False)
    assert not any(may_read(user, hidden) for user in USERS) and readers(hidden) == ()
    public = msgspec.structs.replace(template("t", owner="demo"), is_public=True)
    assert may_read("bob", public) and not may_change("bob", public.owner)


def test_only_the_owner_may_change_and_nobody_owns_a_system_resource() -> None:
    assert may_change("demo", "demo") and not may_change("bob", "demo")
    assert not any(may_change(user, None) for user in USERS)
