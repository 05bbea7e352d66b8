"""Documents as collection content in every backend: who sees which, where each is, and deletes that take
a document out of every collection."""

from __future__ import annotations

import msgspec

from mock_server.store import Store

from ._records import collection, document


def _fill(store: Store) -> None:
    for did, owner in (("d1", "demo"), ("d2", "bob"), ("d3", "bob"), ("d4", "alice")):
        store.add_document(document(did, owner))
    store.add_collection(collection("mine", documents=("d1", "d2")))
    store.add_collection(collection("bobs", owner="bob", documents=("d2", "d3"), shared=("alice",)))
    store.add_collection(collection("also", owner="bob", documents=("d2",)))


def test_a_user_sees_their_own_documents_and_those_in_collections_they_read(store: Store) -> None:
    _fill(store)
    assert [d.id for d in store.visible_documents("demo")] == ["d1", "d2"]
    assert [d.id for d in store.visible_documents("alice")] == ["d2", "d3", "d4"]
    assert [d.id for d in store.visible_documents("bob")] == ["d2", "d3"]
    assert store.visible_documents("nobody") == []


def test_collections_holding_a_document_in_the_order_made(store: Store) -> None:
    _fill(store)
    assert [c.id for c in store.collections_holding("d2")] == ["mine", "bobs", "also"]
    assert [c.id for c in store.collections_holding("d4")] == []


def test_a_saved_document_reads_back(store: Store) -> None:
    _fill(store)
    renamed = msgspec.structs.replace(document("d1"), name="renamed.md", metadata={"k": 1})
    store.save_document(renamed)
    store.save_document(document("never-added"))
    assert store.get_document("d1") == renamed
    assert store.get_document("never-added") is None


def test_a_deleted_document_leaves_every_collection(store: Store) -> None:
    _fill(store)
    store.delete_document("d2")
    assert store.get_document("d2") is None
    assert store.collections_holding("d2") == []
    held = {c: store.get_collection(c) for c in ("mine", "bobs", "also")}
    assert {c: r.document_ids for c, r in held.items() if r} == {"mine": ("d1",), "bobs": ("d3",), "also": ()}
    assert not store.in_readable_collection("alice", "d2")
    assert [d.id for d in store.visible_documents("alice")] == ["d3", "d4"]


def test_a_documents_file_reads_back_byte_for_byte_and_through_a_snapshot(store: Store) -> None:
    # Every byte value, NUL included, and more of them than one database page holds.
    data = bytes(range(256)) * 64
    store.add_document(msgspec.structs.replace(document("d1"), data=data))
    store.add_document(document("d2"))
    store.add_collection(collection("mine", documents=("d1", "d2")))
    found = {d.id: d.data for d in store.visible_documents("demo")}
    assert found == {"d1": data, "d2": None}
    store.replace_all(store.snapshot())
    again = store.get_document("d1")
    assert again is not None and again.data == data


def test_a_document_given_to_another_owner_follows_its_new_owner(store: Store) -> None:
    _fill(store)
    store.save_document(msgspec.structs.replace(document("d4", "alice"), owner="carol"))
    assert [d.id for d in store.visible_documents("carol")] == ["d4"]
    assert [d.id for d in store.visible_documents("alice")] == ["d2", "d3"]
    # A collection's delete takes the unheld documents of the collection's owner: now d3 is demo's.
    store.add_collection(collection("gift", documents=("d3",)))
    store.save_document(document("d3", "demo"))
    store.save_collection(collection("bobs", owner="bob", documents=("d2",), shared=("alice",)))
    store.delete_collection("gift")
    assert store.get_document("d3") is None
