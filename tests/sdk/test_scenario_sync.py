"""A realistic application on the unchanged sync SDK (``h2ogpte.H2OGPTE``) against the mock, over real
sockets: collections, a grounded chat streamed over the WebSocket, what the chat left behind, prompt
templates, sharing with a second user, a text file and a PDF uploaded and ingested through a job,
thumbnails, sessions and collections deleted through jobs, and the counts back where they started."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from h2ogpte.types import ChatMessage, JobKind, PartialChatMessage, SharePermission

from mock_server.pytest_plugin import MockServer
from mock_server.seeding.pdf import make_pdf

from ._sdk import HANDBOOK, KILN_QUESTION, PAGES, VACATION, WHALES, collection_named, sync_client

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _counts(client: Any) -> tuple[int, int, int]:
    return client.count_collections(), client.count_chat_sessions(), client.count_prompt_templates()


def _streamed_chat(client: Any, session_id: str) -> tuple[ChatMessage, list[PartialChatMessage]]:
    received: list[Any] = []
    with client.connect(session_id) as session:
        final = session.query(VACATION, timeout=30, callback=received.append)
    assert received[-1] == final
    partials = [m for m in received[:-1] if m.meta is None]
    return final, partials


def test_an_application_runs_unchanged_on_the_sync_sdk(h2ogpte_mock: MockServer, tmp_path: Path) -> None:
    client = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    bob = sync_client(h2ogpte_mock.url, h2ogpte_mock.admin.api_key_for("bob"))
    start, bobs_start = _counts(client), bob.count_collections()

    # Collections: create, update, list (two orders), count.
    notes = client.create_collection("Travel notes", "Where we went")
    assert client.update_collection(notes, "Trips", "Where we went, and when") == notes
    listed = collection_named(client.list_recent_collections(0, 100), "Trips")
    assert (listed.id, listed.description) == (notes, "Where we went, and when")
    by_name = [c.name for c in client.list_recent_collections_sort(0, 100, "name", True)]
    assert by_name == sorted(by_name) and "Trips" in by_name
    assert client.count_collections() == start[0] + 1

    # A chat on a collection of documents, streamed over the WebSocket.
    handbook = collection_named(client.list_recent_collections(0, 100), HANDBOOK)
    session_id = client.create_chat_session(handbook.id)
    final, partials = _streamed_chat(client, session_id)
    assert len(partials) > 1 and "".join(p.content for p in partials) == final.content
    assert {p.id for p in partials} == {final.id} and {p.reply_to for p in partials} == {final.reply_to}

    # What the chat left behind: the stored answer is the streamed one, its references point into the
    # collection's documents, its metadata and the suggested questions are there.
    answer, question = client.list_chat_messages_full(session_id, 0, 10)
    assert (answer.id, answer.content, answer.reply_to) == (final.id, final.content, question.id)
    assert question.content == VACATION and answer.has_references
    references = client.list_chat_message_references(final.id)
    documents = {d.id for d in client.list_documents_in_collection(handbook.id, 0, 100)}
    assert references and {r.document_id for r in references} <= documents
    assert all(r.content and r.collection_id == handbook.id for r in references)
    usage = json.loads(client.list_chat_message_meta_part(final.id, "usage_stats").content)
    assert usage["output_tokens"] > 0
    assert {m.message_type for m in client.list_list_chat_message_meta(final.id)} >= {"usage_stats"}
    assert client.get_chat_session_questions(session_id, 3)
    assert client.get_collection_questions(handbook.id, 3)

    # Prompt templates: create, count, set on the session; the next answer follows it.
    template = client.create_prompt_template("Terse", description="Short answers", system_prompt="Be terse.")
    assert client.count_prompt_templates() == start[2] + 1
    client.set_chat_session_prompt_template(session_id, template)
    again, _ = _streamed_chat(client, session_id)
    in_force = json.loads(client.list_chat_message_meta_part(again.id, "prompt_template").content)
    assert in_force["id"] == template

    # Sharing: bob sees the collection once it is shared with him.
    assert "Trips" not in [c.name for c in bob.list_recent_collections(0, 100)]
    client.share_collection(notes, SharePermission(username="bob", permissions=["read"]))
    assert "Trips" in [c.name for c in bob.list_recent_collections(0, 100)]
    assert bob.count_collections() == bobs_start + 1
    assert {p.username for p in client.list_collection_permissions(notes)} == {"demo", "bob"}

    # Upload a text file and a PDF through /rpc/fs, ingest them with a job the SDK follows; answers
    # then cite a page of the PDF.
    uploads = [
        client.upload("whales.txt", io.BytesIO(WHALES)),
        client.upload("facilities.pdf", io.BytesIO(make_pdf(PAGES))),
    ]
    job = client.ingest_uploads(notes, uploads, chunk_by_page=True)
    assert (job.kind, job.completed, job.errors) == (JobKind.IngestUploadsJob, True, [])
    uploaded = {d.name: d.id for d in client.list_documents_in_collection(notes, 0, 100)}
    assert set(uploaded) == {"whales.txt", "facilities.pdf"}
    on_notes = client.create_chat_session(notes)
    with client.connect(on_notes) as session:
        cited = session.query(KILN_QUESTION, timeout=30)
    best = max(client.list_chat_message_references(cited.id), key=lambda r: r.score)
    assert (best.document_id, json.loads(best.pages)) == (uploaded["facilities.pdf"], [3])

    # Thumbnails change through jobs too.
    image = tmp_path / "cover.png"
    image.write_bytes(PNG)
    job = client.set_collection_thumbnail(notes, image)
    assert (job.kind, job.completed, job.errors) == (JobKind.UpdateCollectionThumbnailJob, True, [])
    job = client.remove_collection_thumbnail(notes)
    assert (job.kind, job.completed, job.errors) == (JobKind.DeleteCollectionThumbnailJob, True, [])

    # Deleting sessions and collections goes through jobs the SDK follows; the counts come back.
    client.delete_prompt_templates([template])
    job = client.delete_chat_sessions([session_id, on_notes])
    assert (job.kind, job.completed) == (JobKind.DeleteChatSessionsJob, True)
    job = client.delete_collections([notes])
    assert (job.kind, job.completed) == (JobKind.DeleteCollectionsJob, True)
    assert _counts(client) == start and bob.count_collections() == bobs_start
