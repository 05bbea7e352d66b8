"""The same application on the unchanged async SDK (``h2ogpte.H2OGPTEAsync``), over real sockets."""

from __future__ import annotations

import io
import json
from typing import Any

from h2ogpte.types import ChatMessage, JobKind, PartialChatMessage, SharePermission

from mock_server.domain.pdf_file import make_pdf
from mock_server.pytest_plugin import MockServer

from ._sdk import KILN_QUESTION, PAGES, WHALES, async_client, collection_named


async def _counts(client: Any) -> tuple[int, int, int]:
    return (
        await client.count_collections(),
        await client.count_chat_sessions(),
        await client.count_prompt_templates(),
    )


async def _streamed_chat(client: Any, session_id: str) -> tuple[ChatMessage, list[PartialChatMessage]]:
    received: list[Any] = []
    async with client.connect(session_id) as session:
        final = await session.query(KILN_QUESTION, timeout=30, callback=received.append)
    assert received[-1] is final
    return final, [m for m in received[:-1] if m.meta is None]


async def _ingested_collection(client: Any) -> tuple[str, set[str]]:
    notes = await client.create_collection("Facility notes", "How the building works")
    await client.update_collection(notes, "Facilities", "Doors, bicycles and the kiln")
    assert (await client.get_collection(notes)).name == "Facilities"
    assert collection_named(await client.list_recent_collections(0, 100), "Facilities").id == notes
    uploads = [
        await client.upload("whales.txt", io.BytesIO(WHALES)),
        await client.upload("facilities.pdf", io.BytesIO(make_pdf(PAGES))),
    ]
    job = await client.ingest_uploads(notes, uploads, chunk_by_page=True)
    assert (job.kind, job.completed) == (JobKind.IngestUploadsJob, True)
    documents = await client.list_documents_in_collection(notes, 0, 100)
    assert {d.name for d in documents} == {"whales.txt", "facilities.pdf"}
    for listed in documents:
        document = await client.get_document(listed.id)
        assert (document.id, document.name, document.size) == (listed.id, listed.name, listed.size)
        assert document.meta_data_dict == {"ingest_mode": "standard", "chunk_by_page": True}
        assert document.user_source_file is None
    return str(notes), {d.id for d in documents}


async def test_an_application_runs_unchanged_on_the_async_sdk(h2ogpte_mock: MockServer) -> None:
    async with (
        async_client(h2ogpte_mock.url, h2ogpte_mock.api_key) as client,
        async_client(h2ogpte_mock.url, h2ogpte_mock.admin.api_key_for("bob")) as bob,
    ):
        start, bobs_start = await _counts(client), await bob.count_collections()
        notes, document_ids = await _ingested_collection(client)
        assert await client.count_collections() == start[0] + 1

        session_id = await client.create_chat_session(notes)
        final, partials = await _streamed_chat(client, session_id)
        # The async SDK hands each partial's body over as it arrives: deltas that add up to the answer.
        assert len(partials) > 1 and "".join(p.content for p in partials) == final.content
        answer, question = await client.list_chat_messages_full(session_id, 0, 10)
        assert (answer.id, answer.content, answer.reply_to) == (final.id, final.content, question.id)
        references = await client.list_chat_message_references(final.id)
        best = max(references, key=lambda r: r.score)
        assert best.document_id in document_ids and json.loads(best.pages) == [3]
        assert (await client.list_chat_message_meta_part(final.id, "usage_stats")).content
        assert await client.get_chat_session_questions(session_id, 3)

        await client.set_chat_message_votes(final.id, 1)
        assert (await client.list_chat_messages_full(session_id, 0, 1))[0].votes == 1
        forked = await client.fork_chat_session(session_id)
        assert [m.content for m in await client.list_chat_messages(forked, 0, 10)] == [
            answer.content,
            question.content,
        ]

        template = await client.create_prompt_template("Terse", system_prompt="Be terse.")
        assert (await client.get_prompt_template(template)).is_system_default is False
        await client.set_chat_session_prompt_template(session_id, template)
        again, _ = await _streamed_chat(client, session_id)
        in_force = await client.list_chat_message_meta_part(again.id, "prompt_template")
        assert json.loads(in_force.content)["id"] == template
        await client.delete_chat_messages([again.id, again.reply_to])
        assert len(await client.list_chat_messages(session_id, 0, 10)) == 2

        await client.share_collection(notes, SharePermission(username="bob", permissions=["read"]))
        assert "Facilities" in [c.name for c in await bob.list_recent_collections(0, 100)]
        assert await bob.count_collections() == bobs_start + 1

        job = await client.delete_chat_sessions([session_id, forked])
        assert (job.kind, job.completed) == (JobKind.DeleteChatSessionsJob, True)
        job = await client.delete_collections([notes])
        assert (job.kind, job.completed) == (JobKind.DeleteCollectionsJob, True)
        await client.delete_prompt_templates([template])
        assert await _counts(client) == start and await bob.count_collections() == bobs_start
