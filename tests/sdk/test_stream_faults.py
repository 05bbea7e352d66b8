"""Each stream fault of the mock reaches the unchanged SDK, sync and async, as the SDK's own error or
timeout; the pace of the stream is the one configured; and the history keeps what the fault leaves."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from h2ogpte.types import ChatMessage, PartialChatMessage, SessionError
from websockets.exceptions import ConnectionClosedError

from mock_server.pytest_plugin import MockServer

from ._sdk import HANDBOOK, VACATION, async_client, collection_named, sync_client

AFTER = 2


def _fault(mock: MockServer, kind: str, **extra: Any) -> None:
    mock.admin.set_faults({"stream_fault": {"kind": kind, "after_lines": AFTER, **extra}})


def _handbook_session(client: Any) -> str:
    handbook = collection_named(client.list_recent_collections(0, 100), HANDBOOK)
    return str(client.create_chat_session(handbook.id))


def _partials(received: list[Any]) -> list[str]:
    return [m.content for m in received if isinstance(m, PartialChatMessage) and m.meta is None]


def test_an_llm_error_after_n_partials_raises_session_error_and_keeps_what_was_sent(
    h2ogpte_mock: MockServer,
) -> None:
    client = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    session_id = _handbook_session(client)
    _fault(h2ogpte_mock, "error")
    received: list[Any] = []
    with client.connect(session_id) as session, pytest.raises(SessionError, match="Simulated failure"):
        session.query(VACATION, timeout=10, callback=received.append)
    assert len(_partials(received)) == AFTER
    answer, question = client.list_chat_messages_full(session_id, 0, 10)
    assert question.content == VACATION and answer.reply_to == question.id
    assert answer.content == "".join(_partials(received)) and answer.error


def test_a_stall_ends_in_the_sdks_timeout_after_n_partials(h2ogpte_mock: MockServer) -> None:
    client = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    session_id = _handbook_session(client)
    _fault(h2ogpte_mock, "stall", max_stall=30)
    received: list[Any] = []
    with client.connect(session_id) as session, pytest.raises(TimeoutError):
        session.query(VACATION, timeout=1, callback=received.append)
    # The partials came while the answer was still open: they are streamed as they are made.
    assert len(_partials(received)) == AFTER and not any(isinstance(m, ChatMessage) for m in received)
    answer, _ = client.list_chat_messages(session_id, 0, 10)
    assert answer.content.startswith("".join(_partials(received))) and not answer.error


def test_a_dropped_connection_raises_the_sdks_connection_error(h2ogpte_mock: MockServer) -> None:
    client = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    session_id = _handbook_session(client)
    _fault(h2ogpte_mock, "drop")
    received: list[Any] = []
    with client.connect(session_id) as session, pytest.raises(ConnectionError, match="Connection failed"):
        session.query(VACATION, timeout=10, retries=1, callback=received.append)
    assert len(_partials(received)) == AFTER
    # A broken network, not a failed LLM: the whole answer is in the history.
    answer, _ = client.list_chat_messages(session_id, 0, 10)
    assert answer.content.startswith("".join(_partials(received))) and not answer.error


def test_the_stream_keeps_the_configured_pace(h2ogpte_mock: MockServer) -> None:
    client = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    session_id = _handbook_session(client)
    pace = {"time_to_first_token": 0.3, "tokens_per_second": 40}
    h2ogpte_mock.admin.set_faults({"operations": {"get_completion": {"pacing": pace}}})
    arrivals: list[float] = []
    with client.connect(session_id) as session:
        started = time.monotonic()
        final = session.query(
            VACATION, timeout=30, callback=lambda _: arrivals.append(time.monotonic() - started)
        )
    # Lower bounds only: a slow machine may be later, never earlier. 0.29: a loop may wake a tick early.
    assert arrivals[0] >= 0.29 and len(arrivals) > 5
    assert arrivals[-1] - arrivals[0] >= 0.9 * (len(arrivals) - 3) / 40
    assert final.content == client.list_chat_messages(session_id, 0, 1)[0].content


async def test_async_faults_reach_the_async_sdk_as_its_own_errors(h2ogpte_mock: MockServer) -> None:
    async with async_client(h2ogpte_mock.url, h2ogpte_mock.api_key) as client:
        handbook = collection_named(await client.list_recent_collections(0, 100), HANDBOOK)
        session_id = await client.create_chat_session(handbook.id)
        outcomes: dict[str, type[BaseException]] = {}
        for kind in ("error", "stall", "drop"):
            _fault(h2ogpte_mock, kind, max_stall=30)
            async with client.connect(session_id) as session:
                try:
                    await session.query(VACATION, timeout=1, retries=1)
                except (TimeoutError, SessionError, ConnectionClosedError) as exc:
                    outcomes[kind] = type(exc)
        h2ogpte_mock.admin.set_faults({})
        async with client.connect(session_id) as session:
            answer = await session.query(VACATION, timeout=10)
        stored = await client.list_chat_messages(session_id, 0, 1)
    assert outcomes == {"error": SessionError, "stall": asyncio.TimeoutError, "drop": ConnectionClosedError}
    assert stored[0].id == answer.id and stored[0].content == answer.content
