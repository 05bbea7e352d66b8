"""Answers in flight: a stream is stopped, finished, paused and resumed from a second client (the vendor's
1.7.5 ``rest_sync``) on another connection, ends with its final line, and the history holds what was sent."""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterator
from typing import Any

import h2ogpte.rest_sync as vendor
import httpx
import pytest

from mock_server import DEMO_TOKEN, Settings, create_app
from mock_server.domain import split_pieces
from mock_server.testing import serve_in_thread
from tests._headers import USER

QUESTION = "Summarise the vacation policy, the carry-over rules and how to request time off."
# Paced so that an answer is still streaming when the second client acts; nothing here is timed.
PACE = Settings(tokens_per_second=40)
# How long a paused stream is watched for lines that should not come.
_WATCH_SECONDS = 0.5


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with serve_in_thread(create_app(PACE)) as base:
        yield base


@pytest.fixture
def chat(url: str) -> Iterator[vendor.ChatApi]:
    config = vendor.Configuration(host=f"{url}/api/v1", access_token=DEMO_TOKEN)
    with vendor.ApiClient(config) as client:
        yield vendor.ChatApi(client)


class _Reader:
    """Streams an answer on its own connection, in a thread; its lines arrive on ``lines``."""

    def __init__(self, url: str, session_id: str) -> None:
        self.lines: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, args=(url, session_id), daemon=True)
        self._thread.start()

    def _run(self, url: str, session_id: str) -> None:
        headers = {**USER, "Accept": "application/jsonl"}
        with httpx.stream(
            "POST",
            f"{url}/api/v1/chats/{session_id}/completions",
            json={"message": QUESTION},
            headers=headers,
            timeout=30,
        ) as response:
            for line in response.iter_lines():
                if line.strip():
                    self.lines.put(json.loads(line))
        self.lines.put(None)

    def next(self, timeout: float = 30) -> dict[str, Any] | None:
        return self.lines.get(timeout=timeout)

    def rest(self) -> list[dict[str, Any]]:
        """Every line until the stream ends."""
        found = []
        while (line := self.next()) is not None:
            found.append(line)
        self._thread.join(timeout=30)
        return found


def _full_answer(chat: vendor.ChatApi, collection_id: str) -> str:
    """The whole answer to QUESTION, asked as JSON in a fresh session (answers are deterministic)."""
    session = chat.create_chat_session(collection_id)
    body: str = chat.get_completion(session.id, vendor.ChatCompletionRequest(message=QUESTION)).body
    return body


def _start(url: str, chat: vendor.ChatApi) -> tuple[_Reader, str, str, dict[str, Any], str]:
    """Start streaming QUESTION; the reader, session id, question id, first line and the whole answer."""
    collection = vendor.CollectionsApi(chat.api_client).list_collections(name_filter="handbook")[0]
    full = _full_answer(chat, collection.id)
    assert len(split_pieces(full)) > 20
    session = chat.create_chat_session(collection.id)
    reader = _Reader(url, session.id)
    first = reader.next()
    assert first is not None and first["finished"] is False
    # As a UI does: the question is the newest message without reply_to, stored before the first line.
    question = next(m for m in chat.get_chat_session_messages(session.id) if m.reply_to is None)
    return reader, session.id, question.id, first, full


def _stored_answer(chat: vendor.ChatApi, session_id: str) -> vendor.ChatMessage:
    return chat.get_chat_session_messages(session_id, limit=1)[0]


@pytest.mark.parametrize("action", ["stop", "finish"])
def test_a_stream_in_flight_ends_with_its_final_line_when_another_client_stops_it(
    url: str, chat: vendor.ChatApi, action: str
) -> None:
    reader, session_id, question_id, first, full = _start(url, chat)
    getattr(chat, f"{action}_chat_message")(question_id)
    lines = [first, *reader.rest()]
    final = lines[-1]
    assert final["finished"] is True and final["message_id"]
    assert all(not line["finished"] for line in lines[:-1])
    sent = "".join(line["body"] for line in lines)
    assert len(lines) < len(split_pieces(full)) and full.startswith(sent)
    answer = _stored_answer(chat, session_id)
    assert answer.id == final["message_id"] and answer.content == sent != full
    assert chat.get_chat_session(session_id).latest_message_content == sent
    if action == "finish":
        assert sent.rstrip().endswith((".", "!", "?", ":")), sent
    # The answer has ended: a later stop changes nothing.
    chat.stop_chat_message(question_id)
    assert _stored_answer(chat, session_id).content == sent


def test_a_paused_stream_sends_nothing_until_resumed_then_completes(url: str, chat: vendor.ChatApi) -> None:
    reader, session_id, question_id, first, full = _start(url, chat)
    chat.pause_chat_message(question_id)
    held: list[dict[str, Any]] = []
    # At most the line already on its way when the pause arrived comes through.
    while True:
        try:
            line = reader.next(timeout=_WATCH_SECONDS)
        except queue.Empty:
            break
        assert line is not None and not line["finished"], "a paused stream went on"
        held.append(line)
    assert len(held) <= 1
    chat.resume_chat_message(question_id)
    lines = [first, *held, *reader.rest()]
    assert lines[-1]["finished"] is True
    sent = "".join(line["body"] for line in lines)
    assert sent == full == _stored_answer(chat, session_id).content


def test_controls_refuse_answers_and_other_users_questions(url: str, chat: vendor.ChatApi) -> None:
    session = chat.create_chat_session()
    chat.get_completion(session.id, vendor.ChatCompletionRequest(message="Hi"))
    answer = _stored_answer(chat, session.id)
    with pytest.raises(vendor.ApiException) as raised:
        chat.stop_chat_message(answer.id)
    assert raised.value.status == 400
    config = vendor.Configuration(host=f"{url}/api/v1", access_token="bob-token")
    with vendor.ApiClient(config) as bob, pytest.raises(vendor.ApiException) as raised:
        vendor.ChatApi(bob).pause_chat_message(answer.reply_to or "")
    assert raised.value.status == 404
    # Not streaming (answered as JSON): nothing to change, and nothing changes.
    chat.stop_chat_message(answer.reply_to or "")
    assert _stored_answer(chat, session.id).content == answer.content
