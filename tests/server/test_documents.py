"""The documents API, called by the vendor's unchanged 1.7.5 client over a real socket: documents as
collection content, per user, reading back consistently through documents, collections and sessions."""

from __future__ import annotations

import json
from collections.abc import Iterator

import h2ogpte.rest_sync as vendor
import pytest

from mock_server import Settings, create_app
from mock_server.testing import serve_in_thread


@pytest.fixture
def url() -> Iterator[str]:
    with serve_in_thread(create_app(Settings())) as base:
        yield f"{base}/api/v1"


def _as(url: str, token: str) -> Iterator[vendor.ApiClient]:
    with vendor.ApiClient(vendor.Configuration(host=url, access_token=token)) as api_client:
        yield api_client


@pytest.fixture
def demo(url: str) -> Iterator[vendor.ApiClient]:
    yield from _as(url, "demo-token")


@pytest.fixture
def bob(url: str) -> Iterator[vendor.ApiClient]:
    yield from _as(url, "bob-token")


def _new_collection(client: vendor.ApiClient, name: str, *documents: str) -> str:
    collections = vendor.CollectionsApi(client)
    made = collections.create_collection(vendor.CollectionCreateRequest(name=name, description=""))
    for document_id in documents:
        collections.insert_document_into_collection(made.id, document_id)
    return str(made.id)


def _own_document(client: vendor.ApiClient) -> vendor.Document:
    """One of demo's documents that no public collection holds, so only demo reads it."""
    documents = vendor.DocumentsApi(client)
    for document in documents.list_documents(username="demo", limit=1000):
        holders = documents.list_collections_for_document(document.id, limit=1000)
        if not any(c.is_public for c in holders):
            return document
    raise AssertionError("the demo data should hold a document of demo's outside public collections")


def test_list_and_count_agree_and_follow_what_the_user_may_read(
    demo: vendor.ApiClient, bob: vendor.ApiClient
) -> None:
    documents = vendor.DocumentsApi(demo)
    listed = documents.list_documents(limit=1000)
    assert listed and len(listed) == documents.get_document_count().count
    assert [d.updated_at for d in listed] == sorted((d.updated_at for d in listed), reverse=True)
    owned = documents.list_documents(username="demo", limit=1000)
    assert len(owned) == documents.get_document_count(owned=True).count
    assert all(d.status == "completed" and d.chat_session_visible is False for d in listed)
    by_name = documents.list_documents(sort_column="name", ascending=True, limit=1000)
    assert [d.name.casefold() for d in by_name] == sorted(d.name.casefold() for d in listed)
    page = documents.list_documents(offset=1, limit=2)
    assert [d.id for d in page] == [d.id for d in listed[1:3]]
    # Bob reads what his own and public collections hold; one of demo's documents outside them is unseen.
    bobs = {d.id for d in vendor.DocumentsApi(bob).list_documents(limit=1000)}
    readable = {
        d.id
        for c in vendor.CollectionsApi(bob).list_collections(limit=1000)
        for d in vendor.CollectionsApi(bob).list_documents_for_collection(c.id, limit=1000)
    }
    assert bobs == readable | {
        d.id for d in vendor.DocumentsApi(bob).list_documents(username="bob", limit=1000)
    }
    private = [d.id for d in owned if d.id not in bobs]
    assert private, "the demo data should hold a document of demo's that bob may not read"
    mine = private[0]
    with pytest.raises(vendor.exceptions.NotFoundException):
        vendor.DocumentsApi(bob).get_document(mine)
    shared = _new_collection(demo, "Shared with bob", mine)
    vendor.CollectionsApi(demo).share_collection(shared, "bob")
    assert vendor.DocumentsApi(bob).get_document(mine).id == mine
    assert mine in {d.id for d in vendor.DocumentsApi(bob).list_documents(limit=1000)}


def test_filters_select_what_they_say(demo: vendor.ApiClient) -> None:
    documents = vendor.DocumentsApi(demo)
    everything = documents.list_documents(limit=1000)
    assert len(documents.list_documents(source="UPLOAD", status="completed", limit=1000)) == len(everything)
    assert documents.list_documents(status="failed") == []
    assert documents.list_documents(source="SharePoint") == []
    session = vendor.ChatApi(demo).create_chat_session()
    assert documents.list_documents(chat_session_id=session.id) == []
    assert documents.get_document_count(chat_session_id=session.id).count == 0
    with pytest.raises(vendor.exceptions.NotFoundException):
        documents.list_documents(chat_session_id="no-such-session")
    tagged = everything[0].id
    documents.update_document_metadata(tagged, {"team": "hr", "year": 2026})
    found = documents.list_documents(metadata_filter=json.dumps({"team": "hr"}), limit=1000)
    assert [d.id for d in found] == [tagged]


def test_rename_and_metadata_are_the_owners_and_read_back(
    demo: vendor.ApiClient, bob: vendor.ApiClient
) -> None:
    documents = vendor.DocumentsApi(demo)
    mine = _own_document(demo)
    renamed = documents.update_document(mine.id, vendor.DocumentUpdateRequest(name="renamed.md"))
    assert renamed.name == "renamed.md" and renamed.uri == mine.uri
    assert documents.get_document(mine.id).name == "renamed.md"
    documents.update_document_metadata(mine.id, {"owner": "hr"})
    assert documents.get_document_metadata(mine.id) == {"owner": "hr"}
    assert documents.get_document(mine.id).metadata_dict == {"owner": "hr"}
    documents.update_document_metadata(mine.id)
    assert documents.get_document_metadata(mine.id) == {}
    shared = _new_collection(demo, "Read only for bob", mine.id)
    vendor.CollectionsApi(demo).share_collection(shared, "bob")
    theirs = vendor.DocumentsApi(bob)
    with pytest.raises(vendor.exceptions.NotFoundException):
        theirs.update_document(mine.id, vendor.DocumentUpdateRequest(name="x"))
    with pytest.raises(vendor.exceptions.NotFoundException):
        theirs.update_document_metadata(mine.id, {"x": 1})
    with pytest.raises(vendor.exceptions.NotFoundException):
        theirs.delete_document(mine.id)
    assert documents.get_document(mine.id).name == "renamed.md"


def test_what_the_sdk_reads_about_a_document_follows_its_ingestion_and_who_may_see_it(
    demo: vendor.ApiClient, bob: vendor.ApiClient
) -> None:
    documents, ingestion = vendor.DocumentsApi(demo), vendor.DocumentIngestionApi(demo)
    mine = _own_document(demo).id
    assert documents.get_document_internal_metadata(mine) == {
        "ingest_mode": "standard",
        "chunk_by_page": False,
    }
    collection_id = _new_collection(demo, "Ingested")
    upload = ingestion.upload_file(file=("pages.txt", b"One page.\fAnother page."))
    ingestion.ingest_upload([upload.id], collection_id, ingest_mode="agent_only", chunk_by_page=True)
    [made] = vendor.CollectionsApi(demo).list_documents_for_collection(collection_id)
    assert documents.get_document_internal_metadata(made.id) == {
        "ingest_mode": "agent_only",
        "chunk_by_page": True,
    }
    # None recorded: 204, which the vendor's client reads as None.
    assert documents.get_document_page_layout(mine) is None
    assert documents.get_document_page_ocr_model(mine) is None
    assert documents.get_document_user_source_file(mine) is None
    assert documents.get_document_guardrails_settings(mine) is None
    theirs = vendor.DocumentsApi(bob)
    reads = (
        theirs.get_document_internal_metadata,
        theirs.get_document_page_layout,
        theirs.get_document_page_ocr_model,
        theirs.get_document_user_source_file,
        theirs.get_document_guardrails_settings,
        documents.get_document_page_layout,
    )
    for read, document_id in zip(reads, [mine] * 5 + ["no-such-document"], strict=True):
        with pytest.raises(vendor.exceptions.NotFoundException):
            read(document_id)


def test_collections_and_sessions_of_a_document(demo: vendor.ApiClient, bob: vendor.ApiClient) -> None:
    documents, chat = vendor.DocumentsApi(demo), vendor.ChatApi(demo)
    mine = _own_document(demo).id
    before = {c.id for c in documents.list_collections_for_document(mine)}
    first, second = _new_collection(demo, "First", mine), _new_collection(demo, "Second", mine)
    holders = [c.id for c in documents.list_collections_for_document(mine, limit=1000)]
    assert set(holders) == before | {first, second} and holders[-2:] == [first, second]
    vendor.CollectionsApi(demo).share_collection(second, "bob")
    assert [c.id for c in vendor.DocumentsApi(bob).list_collections_for_document(mine)] == [second]
    sessions = [chat.create_chat_session(first).id, chat.create_chat_session(second).id]
    listed = [s.id for s in documents.list_chat_sessions_for_document(mine, limit=1000)]
    assert set(sessions) <= set(listed)
    assert len(listed) == documents.get_chat_session_count_for_document(mine).count
    assert vendor.DocumentsApi(bob).get_chat_session_count_for_document(mine).count == 0


def test_a_deleted_document_is_gone_from_every_collection(demo: vendor.ApiClient) -> None:
    documents, collections = vendor.DocumentsApi(demo), vendor.CollectionsApi(demo)
    mine = _own_document(demo).id
    holder = _new_collection(demo, "Holder", mine)
    count = documents.get_document_count().count
    documents.delete_document(mine)
    with pytest.raises(vendor.exceptions.NotFoundException):
        documents.get_document(mine)
    assert mine not in {d.id for d in collections.list_documents_for_collection(holder)}
    assert collections.get_document_count_for_collection(holder).count == 0
    assert documents.get_document_count().count == count - 1


def test_a_delete_job_deletes_the_documents_all_or_none(
    demo: vendor.ApiClient, bob: vendor.ApiClient
) -> None:
    documents, jobs = vendor.DocumentsApi(demo), vendor.JobsApi(demo)
    mine = _own_document(demo).id
    theirs = "no-such-document"
    refused = documents.create_delete_document_job(
        vendor.DeleteDocumentsJobRequest(document_ids=[mine, theirs])
    )
    failed = jobs.get_job(refused.id)
    assert (failed.overall_status, failed.kind) == (
        "failed",
        "DeleteDocumentsJob",
    ) and theirs in failed.errors[0]
    assert documents.get_document(mine).id == mine
    started = documents.create_delete_document_job(vendor.DeleteDocumentsJobRequest(document_ids=[mine]))
    assert jobs.get_job(started.id).overall_status == "completed"
    with pytest.raises(vendor.exceptions.NotFoundException):
        documents.get_document(mine)
