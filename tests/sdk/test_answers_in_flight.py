"""An answer streamed over the SDK's WebSocket is an answer in flight like a REST stream: a stop from
another connection ends it at once with its final frame, and the history keeps exactly what was sent."""

from __future__ import annotations

from typing import Any

from h2ogpte.types import ChatMessage, PartialChatMessage

from mock_server.pytest_plugin import MockServer

from ._sdk import HANDBOOK, VACATION, collection_named, sync_client


def _full_answer(client: Any, collection_id: str) -> str:
    with client.connect(client.create_chat_session(collection_id)) as session:
        return str(session.query(VACATION, timeout=30).content)


def test_a_stop_from_another_connection_ends_the_websocket_answer(h2ogpte_mock: MockServer) -> None:
    client = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    other = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    handbook = collection_named(client.list_recent_collections(0, 100), HANDBOOK)
    full = _full_answer(client, handbook.id)
    session_id = client.create_chat_session(handbook.id)
    h2ogpte_mock.admin.set_faults({"pacing": {"tokens_per_second": 20}})
    received: list[Any] = []

    def on_message(message: Any) -> None:
        received.append(message)
        if len(received) == 2:
            # Over REST, from another client: the question's id is the partials' reply_to.
            other.stop_chat(message.reply_to)

    with client.connect(session_id) as session:
        final = session.query(VACATION, timeout=30, callback=on_message)
    partials = [m.content for m in received if isinstance(m, PartialChatMessage) and m.meta is None]
    assert isinstance(received[-1], ChatMessage) and final.content == "".join(partials)
    assert len(final.content) < len(full) and full.startswith(final.content)
    stored = client.list_chat_messages(session_id, 0, 1)[0]
    assert (stored.id, stored.content) == (final.id, final.content)
