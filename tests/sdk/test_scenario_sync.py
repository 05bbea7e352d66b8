"""A realistic application on the unchanged sync SDK (``h2ogpte.H2OGPTE``) against the mock, over real
sockets: collections and their thumbnail; a text file and a PDF uploaded and ingested through a job; a
grounded chat streamed over the WebSocket and what it left behind; votes, fork, deleted messages; prompt
templates; sharing with a second user; sessions and collections deleted through jobs; counts restored."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from h2ogpte.types import ChatMessage, JobKind, PartialChatMessage, SharePermission

from mock_server.domain.pdf_file import make_pdf
from mock_server.pytest_plugin import MockServer

from ._sdk import KILN_QUESTION, PAGES, WHALES, collection_named, sync_client

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _counts(client: Any) -> tuple[int, int, int]:
    return client.count_collections(), client.count_chat_sessions(), client.count_prompt_templates()


def _streamed_chat(client: Any, session_id: str) -> tuple[ChatMessage, list[PartialChatMessage]]:
    received: list[Any] = []
    with client.connect(session_id) as session:
        final = session.query(KILN_QUESTION, timeout=30, callback=received.append)
    assert received[-1] == final
    partials = [m for m in received[:-1] if m.meta is None]
    return final, partials


def _collections(client: Any, start: int) -> str:
    """Create, update, get, list in two orders, count."""
    notes = client.create_collection("Facility notes", "How the building works")
    assert client.update_collection(notes, "Facilities", "Doors, bicycles and the kiln") == notes
    got = client.get_collection(notes)
    assert (got.id, got.name, got.description) == (notes, "Facilities", "Doors, bicycles and the kiln")
    assert collection_named(client.list_recent_collections(0, 100), "Facilities").id == notes
    by_name = [c.name for c in client.list_recent_collections_sort(0, 100, "name", True)]
    assert by_name == sorted(by_name) and "Facilities" in by_name
    assert client.count_collections() == start + 1
    return str(notes)


def _upload_and_ingest(client: Any, collection_id: str) -> dict[str, Any]:
    """A text file and a PDF, uploaded through /rpc/fs and ingested by a job the SDK follows."""
    uploads = [
        client.upload("whales.txt", io.BytesIO(WHALES)),
        client.upload("facilities.pdf", io.BytesIO(make_pdf(PAGES))),
    ]
    job = client.ingest_uploads(collection_id, uploads, chunk_by_page=True)
    assert (job.kind, job.completed, job.errors) == (JobKind.IngestUploadsJob, True, [])
    documents = {d.name: d for d in client.list_documents_in_collection(collection_id, 0, 100)}
    assert set(documents) == {"whales.txt", "facilities.pdf"}
    assert client.count_documents_in_collection(collection_id) == 2
    pdf = client.get_document(documents["facilities.pdf"].id, include_layout=True)
    assert (pdf.name, pdf.type, pdf.page_count) == ("facilities.pdf", "pdf", len(PAGES))
    assert pdf.meta_data_dict == {"ingest_mode": "standard", "chunk_by_page": True}
    assert (pdf.user_source_file, pdf.page_layout_dict) == (None, None)
    return documents


def _chat_and_what_it_left(client: Any, collection_id: str, documents: dict[str, Any]) -> tuple[str, Any]:
    """A streamed chat whose stored answer is the streamed one and cites a page of the uploaded PDF."""
    session_id = client.create_chat_session(collection_id)
    final, partials = _streamed_chat(client, session_id)
    assert len(partials) > 1 and "".join(p.content for p in partials) == final.content
    assert {p.id for p in partials} == {final.id} and {p.reply_to for p in partials} == {final.reply_to}
    answer, question = client.list_chat_messages_full(session_id, 0, 10)
    assert (answer.id, answer.content, answer.reply_to) == (final.id, final.content, question.id)
    assert question.content == KILN_QUESTION and answer.has_references
    references = client.list_chat_message_references(final.id)
    assert {r.document_id for r in references} <= {d.id for d in documents.values()}
    best = max(references, key=lambda r: r.score)
    assert (best.document_name, json.loads(best.pages)) == ("facilities.pdf", [3])
    assert all(r.content and r.collection_id == collection_id for r in references)
    usage = json.loads(client.list_chat_message_meta_part(final.id, "usage_stats").content)
    assert usage["output_tokens"] > 0
    assert client.get_chat_session_questions(session_id, 3)
    assert client.get_collection_questions(collection_id, 3)
    return str(session_id), answer


def _votes_fork_and_deleted_messages(client: Any, session_id: str, answer: Any) -> str:
    client.set_chat_message_votes(answer.id, 1)
    assert client.list_chat_messages_full(session_id, 0, 1)[0].votes == 1
    client.set_chat_message_votes(answer.id, -1)
    assert client.list_chat_messages_full(session_id, 0, 1)[0].votes == -1
    forked = client.fork_chat_session(session_id)
    copied = client.list_chat_messages(forked, 0, 10)
    original = client.list_chat_messages(session_id, 0, 10)
    assert [m.content for m in copied] == [m.content for m in original]
    assert not {m.id for m in copied} & {m.id for m in original}
    again, _ = _streamed_chat(client, session_id)
    assert len(client.list_chat_messages(session_id, 0, 10)) == 4
    client.delete_chat_messages([again.id, again.reply_to])
    assert [m.id for m in client.list_chat_messages(session_id, 0, 10)] == [m.id for m in original]
    return str(forked)


def _templates(client: Any, session_id: str, start: int) -> str:
    default = client.get_prompt_template()
    assert default.is_system_default is not None and default.name
    template = client.create_prompt_template("Terse", description="Short answers", system_prompt="Be terse.")
    got = client.get_prompt_template(template)
    assert (got.name, got.system_prompt, got.is_system_default) == ("Terse", "Be terse.", False)
    assert template in [t.id for t in client.list_recent_prompt_templates(0, 100)]
    assert client.count_prompt_templates() == start + 1
    client.set_chat_session_prompt_template(session_id, template)
    assert client.get_chat_session_prompt_template(session_id).id == template
    again, _ = _streamed_chat(client, session_id)
    in_force = json.loads(client.list_chat_message_meta_part(again.id, "prompt_template").content)
    assert in_force["id"] == template
    return str(template)


def _thumbnail(client: Any, collection_id: str, image: Path) -> None:
    """Set and remove a collection's thumbnail: jobs the SDK follows."""
    image.write_bytes(PNG)
    job = client.set_collection_thumbnail(collection_id, image)
    assert (job.kind, job.completed, job.errors) == (JobKind.UpdateCollectionThumbnailJob, True, [])
    job = client.remove_collection_thumbnail(collection_id)
    assert (job.kind, job.completed, job.errors) == (JobKind.DeleteCollectionThumbnailJob, True, [])


def test_an_application_runs_unchanged_on_the_sync_sdk(h2ogpte_mock: MockServer, tmp_path: Path) -> None:
    run_application(h2ogpte_mock, tmp_path)


def run_application(mock: MockServer, tmp_path: Path) -> None:
    """An application's whole run through the sync SDK, asserting what it reads back at each step."""
    client = sync_client(mock.url, mock.api_key)
    bob = sync_client(mock.url, mock.admin.api_key_for("bob"))
    start, bobs_start = _counts(client), bob.count_collections()

    notes = _collections(client, start[0])
    _thumbnail(client, notes, tmp_path / "cover.png")
    documents = _upload_and_ingest(client, notes)
    session_id, answer = _chat_and_what_it_left(client, notes, documents)
    forked = _votes_fork_and_deleted_messages(client, session_id, answer)
    template = _templates(client, session_id, start[2])

    # Sharing: bob sees the collection once it is shared with him.
    assert "Facilities" not in [c.name for c in bob.list_recent_collections(0, 100)]
    client.share_collection(notes, SharePermission(username="bob", permissions=["read"]))
    assert "Facilities" in [c.name for c in bob.list_recent_collections(0, 100)]
    assert bob.count_collections() == bobs_start + 1

    # Deleting sessions and collections goes through jobs the SDK follows; the counts come back.
    sessions_job = client.delete_chat_sessions([session_id, forked])
    assert (sessions_job.kind, sessions_job.completed) == (JobKind.DeleteChatSessionsJob, True)
    collections_job = client.delete_collections([notes])
    assert (collections_job.kind, collections_job.completed) == (JobKind.DeleteCollectionsJob, True)
    client.delete_prompt_templates([template])
    assert _counts(client) == start and bob.count_collections() == bobs_start
