"""Uploads, and the one step that turns them into documents of a collection, on every backend."""

from __future__ import annotations

import pytest
from msgspec.structs import replace

from mock_server.store import DuplicateId, Store, UploadRecord

from ._records import T0, at, collection, document


def upload(uid: str, owner: str = "demo", minutes: int = 0) -> UploadRecord:
    """A small upload made ``minutes`` after T0."""
    return UploadRecord(id=uid, owner=owner, filename=f"{uid}.txt", data=uid.encode(), created_at=at(minutes))


def test_uploads_are_listed_per_owner_oldest_first_and_deleted_by_id(store: Store) -> None:
    for uid, owner, minutes in (("u1", "demo", 2), ("u2", "bob", 1), ("u3", "demo", 3)):
        store.add_upload(upload(uid, owner, minutes))
    assert [u.id for u in store.list_uploads("demo")] == ["u1", "u3"]
    assert store.get_upload("u2") == upload("u2", "bob", 1)
    with pytest.raises(DuplicateId):
        store.add_upload(upload("u1", "bob"))
    store.delete_uploads(["u1", "missing"])
    assert store.get_upload("u1") is None and [u.id for u in store.list_uploads("demo")] == ["u3"]


def test_ingesting_adds_documents_updates_the_collection_and_consumes_uploads_at_once(store: Store) -> None:
    store.add_document(document("d0"))
    store.add_collection(collection("c", documents=("d0",), shared=("bob",)))
    store.add_upload(upload("u1"))
    store.add_upload(upload("u2"))
    made = [replace(document("d1"), pages=("one", "two"), chunk_by_page=True), document("d2")]
    held = replace(collection("c", documents=("d0", "d1", "d2"), shared=("bob",)), updated_at=at(5))
    store.ingest_documents(made, held, consumed_uploads=["u1"])
    assert store.get_document("d1") == made[0] and store.get_collection("c") == held
    assert store.in_readable_collection("bob", "d2")
    assert [u.id for u in store.list_uploads("demo")] == ["u2"]


def test_ingesting_a_taken_document_id_writes_nothing(store: Store) -> None:
    store.add_document(document("d1"))
    store.add_collection(collection("c"))
    store.add_upload(upload("u1"))
    with pytest.raises(DuplicateId):
        store.ingest_documents(
            [document("d2"), document("d1")], collection("c", documents=("d2", "d1")), consumed_uploads=["u1"]
        )
    assert store.get_document("d2") is None and store.get_collection("c") == collection("c")
    assert store.get_upload("u1") is not None


def test_uploads_survive_a_snapshot(store: Store) -> None:
    store.add_upload(replace(upload("u1"), data=b"%PDF-1.4\x00\xff", uri="s3://bucket/a.pdf"))
    store.add_upload(upload("u2", "bob"))
    taken = store.snapshot()
    assert [u.id for u in taken.uploads] == ["u1", "u2"] and taken.uploads[0].created_at == T0
    store.delete_uploads(["u1", "u2"])
    store.replace_all(taken)
    assert store.snapshot() == taken
