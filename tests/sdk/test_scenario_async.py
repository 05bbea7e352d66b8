"""The same application on the unchanged async SDK (``h2ogpte.H2OGPTEAsync``), over real sockets."""

from __future__ import annotations

import io
import json
from typing import Any

from h2ogpte.types import ChatMessage, JobKind, PartialChatMessage, SharePermission

from mock_server.pytest_plugin import MockServer
from mock_server.seeding.pdf import make_pdf

from ._sdk import HANDBOOK, PAGES, VACATION, WHALES, async_client, collection_named


async def _counts(client: Any) -> tuple[int, int, int]:
    return (
        await client.count_collections(),
        await client.count_chat_sessions(),
        await client.count_prompt_templates(),
    )


async def _streamed_chat(client: Any, session_id: str) -> tuple[ChatMessage, list[PartialChatMessage]]:
    received: list[Any] = []
    async with client.connect(session_id) as session:
        final = await session.query(VACATION, timeout=30, callback=received.append)
    assert received[-1] is final
    return final, [m for m in received[:-1] if m.meta is None]


async def test_an_application_runs_unchanged_on_the_async_sdk(h2ogpte_mock: MockServer) -> None:
    async with (
        async_client(h2ogpte_mock.url, h2ogpte_mock.api_key) as client,
        async_client(h2ogpte_mock.url, h2ogpte_mock.admin.api_key_for("bob")) as bob,
    ):
        start, bobs_start = await _counts(client), await bob.count_collections()

        notes = await client.create_collection("Travel notes", "Where we went")
        await client.update_collection(notes, "Trips", "Where we went, and when")
        listed = collection_named(await client.list_recent_collections(0, 100), "Trips")
        assert (listed.id, listed.description) == (notes, "Where we went, and when")
        assert await client.count_collections() == start[0] + 1

        handbook = collection_named(await client.list_recent_collections(0, 100), HANDBOOK)
        session_id = await client.create_chat_session(handbook.id)
        final, partials = await _streamed_chat(client, session_id)
        # The async SDK hands each partial's body over as it arrives: deltas that add up to the answer.
        assert len(partials) > 1 and "".join(p.content for p in partials) == final.content

        answer, question = await client.list_chat_messages_full(session_id, 0, 10)
        assert (answer.id, answer.content, answer.reply_to) == (final.id, final.content, question.id)
        references = await client.list_chat_message_references(final.id)
        documents = {d.id for d in await client.list_documents_in_collection(handbook.id, 0, 100)}
        assert references and {r.document_id for r in references} <= documents
        assert (await client.list_chat_message_meta_part(final.id, "usage_stats")).content
        assert await client.get_chat_session_questions(session_id, 3)

        template = await client.create_prompt_template("Terse", system_prompt="Be terse.")
        await client.set_chat_session_prompt_template(session_id, template)
        again, _ = await _streamed_chat(client, session_id)
        in_force = await client.list_chat_message_meta_part(again.id, "prompt_template")
        assert json.loads(in_force.content)["id"] == template

        await client.share_collection(notes, SharePermission(username="bob", permissions=["read"]))
        assert "Trips" in [c.name for c in await bob.list_recent_collections(0, 100)]
        assert await bob.count_collections() == bobs_start + 1

        uploads = [
            await client.upload("whales.txt", io.BytesIO(WHALES)),
            await client.upload("facilities.pdf", io.BytesIO(make_pdf(PAGES))),
        ]
        job = await client.ingest_uploads(notes, uploads, chunk_by_page=True)
        assert (job.kind, job.completed) == (JobKind.IngestUploadsJob, True)
        documents = await client.list_documents_in_collection(notes, 0, 100)
        assert {d.name for d in documents} == {"whales.txt", "facilities.pdf"}

        await client.delete_prompt_templates([template])
        job = await client.delete_chat_sessions([session_id])
        assert (job.kind, job.completed) == (JobKind.DeleteChatSessionsJob, True)
        job = await client.delete_collections([notes])
        assert (job.kind, job.completed) == (JobKind.DeleteCollectionsJob, True)
        assert await _counts(client) == start and await bob.count_collections() == bobs_start
