"""One document's life through the vendor's unchanged 1.7.5 client over a real socket: ingested as text, then
read through every documents operation, changed, and deleted by a job, after which it is gone everywhere."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import h2ogpte.rest_sync as vendor
import pytest

from mock_server import Settings, create_app
from mock_server.testing import serve_in_thread

KILN = (
    "The pottery kiln is loaded only by staff who finished the firing course.\n\n"
    "Glazes are mixed in the back room, never beside the wheels.\n\n"
    "Every shelf of the kiln is vacuumed after a firing so dust does not fuse to the next load."
)


@pytest.fixture
def clients() -> Iterator[tuple[vendor.ApiClient, vendor.ApiClient]]:
    with serve_in_thread(create_app(Settings())) as base:
        url = f"{base}/api/v1"
        with (
            vendor.ApiClient(vendor.Configuration(host=url, access_token="demo-token")) as demo,
            vendor.ApiClient(vendor.Configuration(host=url, access_token="bob-token")) as bob,
        ):
            yield demo, bob


def _ingested(client: vendor.ApiClient) -> tuple[str, str]:
    """A new collection of the caller's holding one document ingested from text: (collection, document)."""
    collections = vendor.CollectionsApi(client)
    made = collections.create_collection(vendor.CollectionCreateRequest(name="Studio", description=""))
    metadata = json.dumps({"room": "studio"})
    vendor.DocumentIngestionApi(client).ingest_from_plain_text(made.id, "kiln.txt", KILN, metadata=metadata)
    (document,) = collections.list_documents_for_collection(made.id)
    return made.id, document.id


def test_an_ingested_document_reads_back_through_every_documents_operation(
    clients: tuple[vendor.ApiClient, vendor.ApiClient],
) -> None:
    demo, bob = clients
    documents, chat = vendor.DocumentsApi(demo), vendor.ChatApi(demo)
    count = documents.get_document_count().count
    owned = documents.get_document_count(owned=True).count
    collection_id, document_id = _ingested(demo)
    assert documents.get_document_count().count == count + 1
    assert documents.get_document_count(owned=True).count == owned + 1
    listed = documents.list_documents(limit=1000)
    assert listed[0].id == document_id  # newest updated first
    got = documents.get_document(document_id)
    assert (got.name, got.username, got.status) == ("kiln.txt", "demo", "completed")

    chunks = documents.list_document_chunks(document_id, collection_id)
    assert len(chunks) >= 1 and all(c.topic == document_id for c in chunks)
    assert " ".join(c.text for c in chunks).split() == KILN.split()
    by_id = vendor.CollectionsApi(demo).get_collection_chunks(collection_id, [c.id for c in chunks])
    assert [c.text for c in by_id] == [c.text for c in chunks]

    assert documents.get_document_metadata(document_id) == {"room": "studio"}
    documents.update_document_metadata(document_id, {"room": "annex", "floor": 2})
    assert documents.get_document_metadata(document_id) == {"room": "annex", "floor": 2}
    assert documents.get_document(document_id).metadata_dict == {"room": "annex", "floor": 2}
    renamed = documents.update_document(document_id, vendor.DocumentUpdateRequest(name="kiln-rules.txt"))
    assert renamed.name == documents.get_document(document_id).name == "kiln-rules.txt"
    assert {c.name for c in documents.list_document_chunks(document_id, collection_id)} == {"kiln-rules.txt"}

    assert [c.id for c in documents.list_collections_for_document(document_id)] == [collection_id]
    session = chat.create_chat_session(collection_id)
    assert [s.id for s in documents.list_chat_sessions_for_document(document_id)] == [session.id]
    assert documents.get_chat_session_count_for_document(document_id).count == 1
    with pytest.raises(vendor.exceptions.NotFoundException):
        vendor.DocumentsApi(bob).list_document_chunks(document_id, collection_id)


def test_a_delete_job_leaves_the_document_nowhere(clients: tuple[vendor.ApiClient, vendor.ApiClient]) -> None:
    demo, _ = clients
    documents, collections, chat = (
        vendor.DocumentsApi(demo),
        vendor.CollectionsApi(demo),
        vendor.ChatApi(demo),
    )
    collection_id, document_id = _ingested(demo)
    session = chat.create_chat_session(collection_id)
    answer = chat.get_completion(session.id, vendor.ChatCompletionRequest(message="Who loads the kiln?"))
    cited = chat.get_message_references(answer.message_id)
    assert {r.document_id for r in cited} == {document_id}
    count = documents.get_document_count().count

    job = documents.create_delete_document_job(vendor.DeleteDocumentsJobRequest(document_ids=[document_id]))
    done = vendor.JobsApi(demo).get_job(job.id)
    assert (done.overall_status, done.kind) == ("completed", "DeleteDocumentsJob")

    reads: list[Callable[[], object]] = [
        lambda: documents.get_document(document_id),
        lambda: documents.get_document_metadata(document_id),
        lambda: documents.list_collections_for_document(document_id),
        lambda: documents.list_document_chunks(document_id, collection_id),
        lambda: documents.list_chat_sessions_for_document(document_id),
    ]
    for read in reads:
        with pytest.raises(vendor.exceptions.NotFoundException):
            read()
    assert document_id not in {d.id for d in documents.list_documents(limit=1000)}
    assert documents.get_document_count().count == count - 1
    assert collections.list_documents_for_collection(collection_id) == []
    assert collections.get_collection(collection_id).document_count == 0
    search = vendor.SearchCollectionChunksRequest(query="kiln", topics=[], offset=0, limit=10)
    assert collections.search_collection_chunks(collection_id, search) == []
    # What an answer already cited stays readable, marked as deleted.
    after = chat.get_message_references(answer.message_id)
    assert [r.content for r in after] == [r.content for r in cited]
    assert all(r.were_references_deleted for r in chat.get_message_references(answer.message_id))
