"""A metadata filter matches by JSON equality, on every backend: a record matches when its metadata holds
each of the filter's keys with an equal value. ``true`` is never the number ``1`` (Python's ``==`` says
it is), a number equals another of the same value whatever its spelling (``1`` and ``1.0`` are one JSON
number), ``null`` matches only a key that is there and null, and nested objects and arrays compare whole,
by the same rules all the way down."""

from __future__ import annotations

from typing import Any

import pytest
from msgspec.structs import replace

from mock_server.store import CollectionQuery, Store
from mock_server.store.queries import matches_metadata

from ._records import collection, document

HUGE = 10**30  # makes the SQL backends store the body as JSON rather than msgpack

# Record id -> its metadata (None: never set).
RECORDS: dict[str, dict[str, Any] | None] = {
    "true": {"k": True},
    "false": {"k": False},
    "one": {"k": 1},
    "one_float": {"k": 1.0},
    "zero": {"k": 0},
    "text_one": {"k": "1"},
    "null": {"k": None},
    "empty": {},
    "other": {"other": 1},
    "unset": None,
    "true_in_json_body": {"k": True, "big": HUGE},
    "obj_true": {"k": {"a": [True, None]}},
    "obj_one": {"k": {"a": [1, None]}},
    "obj_one_float": {"k": {"a": [1.0, None]}},
    "obj_more": {"k": {"a": [1, None], "b": 2}},
    "obj_null": {"k": {"n": None}},
    "obj_empty": {"k": {}},
    "list_bools": {"k": [True, False]},
    "list_ints": {"k": [1, 0]},
}

# Filter -> the records it must select, and no others.
CASES: list[tuple[dict[str, Any], set[str]]] = [
    ({"k": True}, {"true", "true_in_json_body"}),
    ({"k": False}, {"false"}),
    ({"k": 1}, {"one", "one_float"}),
    ({"k": 1.0}, {"one", "one_float"}),
    ({"k": 0}, {"zero"}),
    ({"k": "1"}, {"text_one"}),
    ({"k": None}, {"null"}),
    ({"other": None}, set()),
    ({"k": {"a": [True, None]}}, {"obj_true"}),
    ({"k": {"a": [1, None]}}, {"obj_one", "obj_one_float"}),
    ({"k": {"n": None}}, {"obj_null"}),
    ({"k": {}}, {"obj_empty"}),
    ({"k": [True, False]}, {"list_bools"}),
    ({"k": [1, 0]}, {"list_ints"}),
    ({"k": [1.0, 0.0]}, {"list_ints"}),
    ({"k": True, "big": HUGE}, {"true_in_json_body"}),
]


def _fill(store: Store) -> None:
    for n, (rid, meta) in enumerate(RECORDS.items()):
        store.add_collection(replace(collection(rid, minutes=n), metadata=meta))
        store.add_document(replace(document(rid), metadata=meta))


@pytest.mark.parametrize(("wanted", "expected"), CASES, ids=[repr(w) for w, _ in CASES])
def test_collections_match_metadata_by_json_equality(
    store: Store, wanted: dict[str, Any], expected: set[str]
) -> None:
    _fill(store)
    query = CollectionQuery(user="demo", metadata=wanted)
    assert {c.id for c in store.list_collections(query, 0, 100)} == expected
    assert store.count_collections(query) == len(expected)


@pytest.mark.parametrize(("wanted", "expected"), CASES, ids=[repr(w) for w, _ in CASES])
def test_documents_match_metadata_by_json_equality(
    store: Store, wanted: dict[str, Any], expected: set[str]
) -> None:
    # Documents are filtered above the store: what each backend gives back must still compare the same.
    _fill(store)
    found = {d.id for d in store.visible_documents("demo") if matches_metadata(d.metadata, wanted)}
    assert found == expected
