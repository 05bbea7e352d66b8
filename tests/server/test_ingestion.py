"""Uploads and ingestion through the unchanged vendor 1.7.5 client, over a real socket: what a user uploads
becomes documents whose chunks, pages, answers, references and chunk search are grounded in it."""

from __future__ import annotations

import json
from collections.abc import Iterator

import h2ogpte.rest_sync as vendor
import pytest

from mock_server import Settings, create_app
from mock_server.domain.pdf_file import make_pdf
from mock_server.testing import serve_in_thread

# Three pages, each long enough to be chunks of its own, each about one thing.
BADGE = (
    "Visitor badges. Every visitor signs in at the front desk and receives a paper badge with the date. "
    "Badges must be worn above the waist and returned when leaving. Lost visitor badges are reported to "
    "the security office on the ground floor, which keeps a register of every badge issued that day. "
) * 3
BIKES = (
    "Bicycle storage. The bicycle cellar under the east wing holds sixty bicycles on two-tier racks. "
    "Cyclists use the ramp from Mill Street and lock their frames to the rack, not to the railings. "
    "Showers and lockers for cyclists are next to the cellar door and open from six in the morning. "
) * 3
KILN = (
    "Pottery kiln. The ceramics studio on the third floor has an electric kiln that fires to 1280 degrees. "
    "Only trained members may load the kiln, and every firing is written in the kiln logbook with its "
    "cone number. The kiln room door stays shut while the kiln is hot, which is most of the following day. "
) * 3


def _client(url: str, user: str) -> vendor.ApiClient:
    return vendor.ApiClient(vendor.Configuration(host=f"{url}/api/v1", access_token=f"{user}-token"))


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with serve_in_thread(create_app(Settings())) as base:
        yield base


@pytest.fixture
def demo(url: str) -> Iterator[vendor.ApiClient]:
    with _client(url, "demo") as client:
        yield client


def _collection(client: vendor.ApiClient, name: str = "Uploads") -> str:
    made = vendor.CollectionsApi(client).create_collection(
        vendor.CollectionCreateRequest(name=name, description="what I uploaded")
    )
    collection_id: str = made.id
    return collection_id


def _status(call: object) -> tuple[int, str]:
    """Run a vendor call that must fail; return its status and the error body's message."""
    assert callable(call)
    with pytest.raises(vendor.ApiException) as raised:
        call()
    return raised.value.status, json.loads(raised.value.body or "{}")["message"]


def test_an_ingested_pdf_grounds_answers_that_cite_its_pages(demo: vendor.ApiClient) -> None:
    ingestion, chat = vendor.DocumentIngestionApi(demo), vendor.ChatApi(demo)
    collection_id = _collection(demo)
    upload = ingestion.upload_file(file=("facilities.pdf", make_pdf([BADGE, BIKES, KILN])))
    assert upload.filename == "facilities.pdf"
    job = ingestion.create_ingest_upload_job([upload.id], collection_id, timeout=60)
    assert (job.kind, job.overall_status, job.errors) == ("IngestUploadsJob", "completed", [])
    assert vendor.JobsApi(demo).get_job(job.id).overall_status == "completed"
    [document] = vendor.CollectionsApi(demo).list_documents_for_collection(collection_id)
    assert (document.name, document.type, document.page_count) == ("facilities.pdf", "pdf", 3)
    session = chat.create_chat_session(collection_id)
    answer = chat.get_completion(
        session.id, vendor.ChatCompletionRequest(message="Who may load the pottery kiln?")
    )
    assert "kiln" in answer.body.lower()
    references = chat.get_message_references(answer.message_id)
    best = max(references, key=lambda r: r.score)
    assert (best.document_name, json.loads(best.pages)) == ("facilities.pdf", [3])
    assert "logbook" in (best.content or "")
    # Suggested questions come from what was uploaded.
    suggested = [q.question for q in chat.list_questions_for_chat_session(session.id, limit=10)]
    assert suggested and any(w in " ".join(suggested).lower() for w in ("kiln", "badge", "bicycle"))


def test_text_markdown_and_html_uploads_become_the_chunks_they_say(demo: vendor.ApiClient) -> None:
    ingestion, collections = vendor.DocumentIngestionApi(demo), vendor.CollectionsApi(demo)
    collection_id = _collection(demo)
    files = [
        ("notes.txt", b"First page of notes.\fSecond page of notes."),
        ("guide.md", b"# Parking\n\nPark in **bay 4** near [the gate](https://example.test)."),
        ("menu.html", b"<html><head><style>p{}</style></head><body><h2>Menu</h2><p>Soup &amp; bread.</p>"),
    ]
    ids = [ingestion.upload_file(file=f).id for f in files]
    ingestion.ingest_upload(ids, collection_id, chunk_by_page=True)
    chunks = collections.get_collection_chunks(collection_id, [1, 2, 3, 4])
    assert [(c.name, c.text, json.loads(c.pages)) for c in chunks] == [
        ("notes.txt", "First page of notes.", [1]),
        ("notes.txt", "Second page of notes.", [2]),
        ("guide.md", "# Parking\n\nPark in bay 4 near the gate.", [1]),
        ("menu.html", "## Menu\n\nSoup & bread.", [1]),
    ]
    assert all(c.size == len(c.text.encode()) for c in chunks)
    assert _status(lambda: collections.get_collection_chunks(collection_id, [5]))[0] == 404
    documents = collections.list_documents_for_collection(collection_id)
    assert sorted(d.type for d in documents) == ["html", "md", "txt"]
    # Ingesting consumed the uploads.
    assert _status(lambda: ingestion.ingest_upload(ids[:1], collection_id))[0] == 404


def test_chunk_search_ranks_filters_by_document_and_pages(demo: vendor.ApiClient) -> None:
    ingestion, collections = vendor.DocumentIngestionApi(demo), vendor.CollectionsApi(demo)
    collection_id = _collection(demo)
    for name, text in (("badges.txt", BADGE), ("bikes.txt", BIKES), ("kiln.txt", KILN)):
        ingestion.ingest_from_plain_text(collection_id, name, text)
    by_name = {d.name: d.id for d in collections.list_documents_for_collection(collection_id)}

    def search(
        query: str, topics: list[str], offset: int = 0, limit: int = 10
    ) -> list[vendor.ChunkSearchResult]:
        request = vendor.SearchCollectionChunksRequest(query=query, topics=topics, offset=offset, limit=limit)
        found: list[vendor.ChunkSearchResult] = collections.search_collection_chunks(collection_id, request)
        return found

    found = search("bicycle cellar racks", [])
    assert found and {r.name for r in found} == {"bikes.txt"} and found[0].topic == by_name["bikes.txt"]
    assert [r.score for r in found] == sorted((r.score for r in found), reverse=True)
    assert all(0 < r.score < 1 for r in found)
    both = search("badge kiln", [])
    assert {r.name for r in both} == {"badges.txt", "kiln.txt"}
    only_kiln = search("badge kiln", [by_name["kiln.txt"]])
    assert only_kiln and {r.name for r in only_kiln} == {"kiln.txt"}
    assert search("badge kiln", [], offset=1, limit=1) == both[1:2]
    assert search("badge kiln", []) == both  # the same answer every time
    # A hit's id reads back the same chunk.
    [again] = collections.get_collection_chunks(collection_id, [found[0].id])
    assert (again.text, again.pages) == (found[0].text, found[0].pages)
    assert search("zeppelin", []) == []


def test_uploads_belong_to_their_uploader(url: str, demo: vendor.ApiClient) -> None:
    upload = vendor.DocumentIngestionApi(demo).upload_file(file=("mine.txt", b"Demo's own notes."))
    with _client(url, "bob") as bob:
        bobs = _collection(bob, "Bob's")
        status, message = _status(lambda: vendor.DocumentIngestionApi(bob).ingest_upload([upload.id], bobs))
    assert status == 404 and upload.id in message
    # Nor may demo ingest into a collection of bob's; the upload stays demo's to use.
    status, _ = _status(lambda: vendor.DocumentIngestionApi(demo).ingest_upload([upload.id], bobs))
    assert status == 404
    mine = _collection(demo)
    vendor.DocumentIngestionApi(demo).ingest_upload([upload.id], mine)
    assert vendor.CollectionsApi(demo).get_document_count_for_collection(mine).count == 1


def test_corrupt_and_unsupported_files_are_refused_and_change_nothing(demo: vendor.ApiClient) -> None:
    ingestion, collections = vendor.DocumentIngestionApi(demo), vendor.CollectionsApi(demo)
    collection_id = _collection(demo)
    # Any file uploads; a type the mock cannot read is refused when it is ingested.
    slides = ingestion.upload_file(file=("slides.pptx", b"PK\x03\x04"))
    status, message = _status(lambda: ingestion.ingest_upload([slides.id], collection_id))
    assert status == 415 and ".pdf" in message
    good = ingestion.upload_file(file=("fine.txt", b"A readable file."))
    broken = ingestion.upload_file(file=("broken.pdf", make_pdf([BADGE])[:300]))
    status, message = _status(lambda: ingestion.ingest_upload([good.id, broken.id], collection_id))
    assert status == 400 and "PDF" in message
    not_utf8 = ingestion.upload_file(file=("latin.txt", "café".encode("latin-1")))
    assert _status(lambda: ingestion.ingest_upload([not_utf8.id], collection_id))[0] == 400
    # All or none: the good upload was not ingested either, and is still there to ingest.
    assert collections.get_document_count_for_collection(collection_id).count == 0
    ingestion.ingest_upload([good.id], collection_id)
    assert collections.get_document_count_for_collection(collection_id).count == 1


def test_plain_text_keeps_its_metadata_and_agent_only_documents_are_never_searched(
    demo: vendor.ApiClient,
) -> None:
    ingestion, collections = vendor.DocumentIngestionApi(demo), vendor.CollectionsApi(demo)
    collection_id = _collection(demo)
    ingestion.ingest_from_plain_text(collection_id, "kiln.txt", KILN, metadata='{"room": "studio"}')
    [document] = collections.list_documents_for_collection(collection_id)
    assert document.metadata_dict == {"room": "studio"} and document.status == "completed"
    bad = lambda: ingestion.ingest_from_plain_text(collection_id, "x.txt", "text", metadata="[1, 2]")  # noqa: E731
    assert _status(bad)[0] == 400
    upload = ingestion.upload_file(file=("bikes.txt", BIKES.encode()))
    metadata = vendor.IngestUploadBody(metadata={upload.id: {"source": "wiki"}})
    ingestion.ingest_upload([upload.id], collection_id, ingest_mode="agent_only", ingest_upload_body=metadata)
    agent = next(d for d in collections.list_documents_for_collection(collection_id) if d.name == "bikes.txt")
    assert agent.status == "agent_only" and agent.metadata_dict == {"source": "wiki"}
    request = vendor.SearchCollectionChunksRequest(query="bicycle cellar", topics=[], offset=0, limit=10)
    assert collections.search_collection_chunks(collection_id, request) == []
    suggested = " ".join(
        q.question for q in collections.list_questions_for_collection(collection_id, limit=50)
    )
    assert "kiln" in suggested.lower() and "bicycle" not in suggested.lower()


def test_metadata_for_an_upload_not_being_ingested_is_refused(demo: vendor.ApiClient) -> None:
    ingestion = vendor.DocumentIngestionApi(demo)
    collection_id = _collection(demo)
    upload = ingestion.upload_file(file=("a.txt", b"Some text."))
    body = vendor.IngestUploadBody(metadata={"someone-else": {"k": "v"}})
    status, message = _status(
        lambda: ingestion.ingest_upload([upload.id], collection_id, ingest_upload_body=body)
    )
    assert status == 400 and "someone-else" in message


def test_size_limits_refuse_what_does_not_fit() -> None:
    settings = Settings(max_upload_bytes=2000, max_collection_bytes=3000)
    with serve_in_thread(create_app(settings)) as url, _client(url, "demo") as demo:
        ingestion, collections = vendor.DocumentIngestionApi(demo), vendor.CollectionsApi(demo)
        collection_id = _collection(demo)
        status, message = _status(lambda: ingestion.upload_file(file=("big.txt", b"x" * 2001)))
        assert status == 413 and "at most" in message
        first = ingestion.upload_file(file=("a.txt", b"word " * 400))
        ingestion.ingest_upload([first.id], collection_id)
        second = ingestion.upload_file(file=("b.txt", b"more " * 300))
        status, message = _status(lambda: ingestion.ingest_upload([second.id], collection_id))
        assert status == 413 and "limit" in message
        too_long = lambda: ingestion.ingest_from_plain_text(collection_id, "c.txt", "y" * 2001)  # noqa: E731
        assert _status(too_long)[0] == 413
        assert collections.get_document_count_for_collection(collection_id).count == 1


def test_ingestion_jobs_fail_with_the_reason_and_plain_text_jobs_complete(demo: vendor.ApiClient) -> None:
    ingestion, collections = vendor.DocumentIngestionApi(demo), vendor.CollectionsApi(demo)
    collection_id = _collection(demo)
    broken = ingestion.upload_file(file=("broken.pdf", make_pdf([BADGE])[:300]))
    failed = ingestion.create_ingest_upload_job([broken.id], collection_id)
    assert failed.kind == "IngestUploadsJob" and failed.overall_status == "failed"
    assert failed.errors and "PDF" in failed.errors[0]
    assert collections.get_document_count_for_collection(collection_id).count == 0
    # What the job can check at once, it refuses at once: another user's upload is not found.
    assert _status(lambda: ingestion.create_ingest_upload_job(["no-such-upload"], collection_id))[0] == 404
    job = ingestion.create_ingest_from_plain_text_job(collection_id, "kiln.txt", KILN, metadata='{"a": 1}')
    assert (job.kind, job.overall_status) == ("IngestPlainTextJob", "completed")
    [document] = collections.list_documents_for_collection(collection_id)
    assert (document.name, document.metadata_dict) == ("kiln.txt", {"a": 1})
