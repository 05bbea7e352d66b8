"""Every backend orders lists by the column asked for, breaks ties the same way both ways, and cuts any
window (offset, limit) out of the whole list as a slice would."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from msgspec.structs import replace

from mock_server.store import (
    CollectionQuery,
    CollectionRecord,
    MessageRecord,
    Store,
    TemplateQuery,
    TemplateRecord,
)

from ._records import at, collection, ids_of, message, session, template

_COLUMNS = ("updated_at", "created_at", "name")


def _collections(store: Store, column: str, ascending: bool, offset: int = 0, limit: int = 100) -> list[str]:
    query = CollectionQuery(user="demo", sort_column=column, ascending=ascending)  # type: ignore[arg-type]
    return ids_of(store.list_collections(query, offset, limit))


def _templates(store: Store, column: str, ascending: bool, offset: int = 0, limit: int = 100) -> list[str]:
    query = TemplateQuery(user="demo", sort_column=column, ascending=ascending)  # type: ignore[arg-type]
    return ids_of(store.list_templates(query, offset, limit))


_LISTS = {"collections": _collections, "templates": _templates}


def _make(kind: str, rid: str, name: str = "T", minutes: int = 0) -> CollectionRecord | TemplateRecord:
    made = collection if kind == "collections" else template
    return made(rid, name=name, minutes=minutes)


def _add(store: Store, records: Sequence[CollectionRecord | TemplateRecord]) -> None:
    for record in records:
        if isinstance(record, CollectionRecord):
            store.add_collection(record)
        else:
            store.add_template(record)


@pytest.mark.parametrize("kind", list(_LISTS))
def test_descending_is_ascending_reversed_when_every_key_ties(store: Store, kind: str) -> None:
    ids = ["b", "d", "a", "e", "c"]
    _add(store, [_make(kind, rid, name="Same") for rid in ids])
    listed = _LISTS[kind]
    for column in _COLUMNS:
        up, down = listed(store, column, True), listed(store, column, False)
        assert up == sorted(ids) and down == list(reversed(up)), column
        # Paged one at a time, a tie still walks the same sequence.
        assert [listed(store, column, False, n, 1)[0] for n in range(len(ids))] == down, column


@pytest.mark.parametrize("kind", list(_LISTS))
def test_updated_and_created_orders_follow_their_own_times(store: Store, kind: str) -> None:
    # Created in the order r0, r1, r2, r3, changed since in the opposite order.
    _add(store, [replace(_make(kind, f"r{n}", minutes=n), updated_at=at(100 - n)) for n in range(4)])
    listed = _LISTS[kind]
    assert listed(store, "created_at", True) == ["r0", "r1", "r2", "r3"]
    assert listed(store, "created_at", False) == ["r3", "r2", "r1", "r0"]
    assert listed(store, "updated_at", True) == ["r3", "r2", "r1", "r0"]
    assert listed(store, "updated_at", False) == ["r0", "r1", "r2", "r3"]


def test_every_window_of_every_list_is_a_slice_of_the_whole(store: Store) -> None:
    size = 5
    for n in range(size):
        store.add_session(session(f"s{n}", minutes=n, collection="c0"))
        store.add_collection(collection(f"c{n}", minutes=n))
        store.add_template(template(f"t{n}", minutes=n))
    store.add_messages([message(f"m{n}", "s0", n) for n in range(size)])
    lists: dict[str, Callable[[int, int], list[str]]] = {
        "messages": lambda o, n: ids_of(store.list_messages("s0", o, n)),
        "messages with their session": lambda o, n: ids_of(_messages_with_session(store, o, n)),
        "sessions": lambda o, n: ids_of(store.list_sessions("demo", o, n)),
        "sessions with their collections": lambda o, n: [
            s.id for s, _ in store.list_sessions_with_collections("demo", o, n)
        ],
        "sessions on a collection": lambda o, n: ids_of(store.list_collection_sessions("c0", "demo", o, n)),
        "collections": lambda o, n: _collections(store, "updated_at", False, o, n),
        "templates": lambda o, n: _templates(store, "updated_at", True, o, n),
    }
    for name, window in lists.items():
        whole = window(0, 100)
        assert len(whole) == size, name
        for offset in range(size + 3):
            for limit in range(size + 2):
                assert window(offset, limit) == whole[offset : offset + limit], (name, offset, limit)


def _messages_with_session(store: Store, offset: int, limit: int) -> list[MessageRecord]:
    found = store.get_session_with_messages("s0", offset, limit)
    assert found is not None
    return found[1]
