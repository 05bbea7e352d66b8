"""Stream faults: an error line, a dropped connection, a stall, and what each leaves in the history."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from mock_server import Settings
from mock_server.control import Override, Pacing, StreamFault
from mock_server.domain import count_tokens
from mock_server.services import build_services
from mock_server.store import InMemoryStore
from mock_server.wire import ChatCompletionRequest

from ._faults import Live, elapsed
from ._schemas import load_openapi, validator

# The spec is read here, not in a module conftest.py imports: every server test would pay for it.
STREAM_LINE = validator(
    load_openapi(Path(__file__).resolve().parents[2] / "openapi.yaml"),
    {"$ref": "#/components/schemas/ChatStreamLine"},
)
JSONL = {"Accept": "application/jsonl"}
QUESTION = {"message": "Tell me everything about the vacation policy, in detail."}

# ---------------------------------------------------------------- streams


def _stream(http: httpx.Client, question: dict[str, str] = QUESTION) -> tuple[str, list[dict[str, Any]]]:
    session = http.post("/api/v1/chats").json()
    url = f"/api/v1/chats/{session['id']}/completions"
    lines: list[dict[str, Any]] = []
    with http.stream("POST", url, json=question, headers=JSONL) as response:
        assert response.status_code == 200
        lines.extend(json.loads(line) for line in response.iter_lines() if line)
    return session["id"], lines


def _stored_reply(http: httpx.Client, session_id: str) -> dict[str, Any]:
    reply: dict[str, Any] = http.get(f"/api/v1/chats/{session_id}/messages", params={"limit": 1}).json()[0]
    assert reply["reply_to"] is not None
    return reply


def _latest_listed(http: httpx.Client, session_id: str) -> str | None:
    sessions = http.get("/api/v1/chats", params={"limit": 10000}).json()
    latest: str | None = next(s for s in sessions if s["id"] == session_id)["latest_message_content"]
    return latest


def _output_tokens(http: httpx.Client, message_id: str) -> int:
    meta = http.get(f"/api/v1/messages/{message_id}/meta", params={"info_type": "usage_stats"}).json()
    return int(json.loads(meta[0]["content"])["output_tokens"])


def test_an_error_fault_ends_the_stream_with_a_chat_error_line(live: Live) -> None:
    http = live(Settings(stream_fault=StreamFault(kind="error", after_lines=3)))
    _, lines = _stream(http)
    assert len(lines) == 4 and all(STREAM_LINE.is_valid(line) for line in lines)
    assert [line.get("finished") for line in lines[:3]] == [False] * 3
    assert set(lines[3]) == {"error"} and "Simulated" in lines[3]["error"]


def test_an_error_fault_leaves_the_history_with_what_was_sent_and_the_error(live: Live) -> None:
    # As a real h2oGPTe keeps a reply whose LLM failed mid-answer: the text produced, and the failure.
    http = live(Settings(stream_fault=StreamFault(kind="error", after_lines=3)))
    session_id, lines = _stream(http)
    sent = "".join(line["body"] for line in lines[:3])
    reply = _stored_reply(http, session_id)
    assert (reply["content"], reply["error"]) == (sent, lines[3]["error"])
    assert _latest_listed(http, session_id) == sent
    assert _output_tokens(http, reply["id"]) == count_tokens(sent)


def test_a_healthy_stream_leaves_the_whole_answer_without_an_error(live: Live) -> None:
    http = live(Settings())
    session_id, lines = _stream(http)
    assert lines[-1]["finished"] and "error" not in lines[-1]
    answer = "".join(line["body"] for line in lines)
    reply = _stored_reply(http, session_id)
    assert (reply["id"], reply["content"], reply["error"]) == (lines[-1]["message_id"], answer, None)
    assert _latest_listed(http, session_id) == answer
    assert _output_tokens(http, reply["id"]) == count_tokens(answer)


def test_a_failure_is_recorded_only_where_the_reply_still_is() -> None:
    services = build_services(InMemoryStore(), Settings(seed=1))
    session_id = services.sessions.create("demo", None).id
    first, second = (
        services.completions.answer("demo", session_id, ChatCompletionRequest(message=question))
        for question in ("What is the vacation policy?", "And the travel policy?")
    )
    # A newer answer in the session keeps its place as the latest message.
    services.completions.record_failure(first, "I could", "the LLM failed")
    cut = services.store.get_message(first.reply.id)
    assert cut is not None and (cut.content, cut.error) == ("I could", "the LLM failed")
    session = services.store.get_session(session_id)
    assert session is not None and session.latest_message_content == second.reply.content
    # A reply deleted with its session mid-stream stays deleted.
    services.sessions.delete("demo", session_id)
    services.completions.record_failure(second, "And", "the LLM failed")
    assert (
        services.store.get_message(second.reply.id) is None and services.store.count_messages(session_id) == 0
    )


def test_a_drop_fault_closes_the_connection_mid_body(live: Live) -> None:
    http = live(Settings(stream_fault=StreamFault(kind="drop", after_lines=2)))
    session = http.post("/api/v1/chats").json()
    received: list[dict[str, Any]] = []
    started = time.monotonic()
    with (
        pytest.raises(httpx.RemoteProtocolError, match="incomplete chunked read"),
        http.stream("POST", f"/api/v1/chats/{session['id']}/completions", json=QUESTION, headers=JSONL) as r,
    ):
        received.extend(json.loads(line) for line in r.iter_lines() if line)
    assert time.monotonic() - started < 2
    assert [line["finished"] for line in received] == [False, False]
    assert http.get("/health").status_code == 200
    # A broken network, not a failed LLM: the server had the whole answer, and keeps it. The same
    # question in a new session, asked for JSON, gives that whole answer.
    reply = _stored_reply(http, session["id"])
    fresh = http.post("/api/v1/chats").json()["id"]
    whole = http.post(f"/api/v1/chats/{fresh}/completions", json=QUESTION).json()["body"]
    assert (reply["content"], reply["error"]) == (whole, None)
    assert len(reply["content"]) > len("".join(line["body"] for line in received))
    assert _latest_listed(http, session["id"]) == reply["content"]


def test_a_stalled_stream_waits_until_the_client_gives_up(live: Live) -> None:
    http = live(Settings(stream_fault=StreamFault(kind="stall", after_lines=1, max_stall=60)))
    session = http.post("/api/v1/chats").json()
    received: list[str] = []
    started = time.monotonic()
    with (
        pytest.raises(httpx.ReadTimeout),
        http.stream(
            "POST",
            f"/api/v1/chats/{session['id']}/completions",
            json=QUESTION,
            headers=JSONL,
            timeout=httpx.Timeout(10, read=0.6),
        ) as response,
    ):
        received.extend(line for line in response.iter_lines() if line)
    assert len(received) == 1 and 0.6 <= time.monotonic() - started < 3
    assert http.get("/api/v1/chats/count").status_code == 200


def test_a_stall_ends_in_a_drop_after_the_longest_stall(live: Live) -> None:
    http = live(Settings(stream_fault=StreamFault(kind="stall", after_lines=2, max_stall=0.5)))
    session = http.post("/api/v1/chats").json()
    received: list[str] = []
    started = time.monotonic()
    with (
        pytest.raises(httpx.RemoteProtocolError),
        http.stream("POST", f"/api/v1/chats/{session['id']}/completions", json=QUESTION, headers=JSONL) as r,
    ):
        received.extend(line for line in r.iter_lines() if line)
    assert len(received) == 2 and 0.5 <= time.monotonic() - started < 3


def test_stream_faults_hit_their_share_of_streams_reproducibly(live: Live) -> None:
    def outcomes() -> list[str]:
        http = live(Settings(seed=5, stream_fault=StreamFault(kind="error", rate=0.5, after_lines=1)))
        return ["error" if "error" in _stream(http)[1][-1] else "ok" for _ in range(10)]

    first = outcomes()
    assert first == outcomes() and set(first) == {"error", "ok"}


def test_time_to_first_token_and_pace_per_operation(live: Live) -> None:
    paced = Pacing(time_to_first_token=0.3, tokens_per_second=40)
    http = live(Settings(operations={"get_completion": Override(pacing=paced)}))
    session = http.post("/api/v1/chats").json()
    started = time.monotonic()
    url = f"/api/v1/chats/{session['id']}/completions"
    with http.stream("POST", url, json=QUESTION, headers=JSONL) as response:
        arrivals = [time.monotonic() - started for line in response.iter_lines() if line]
    assert arrivals[0] >= 0.29 and len(arrivals) > 5
    assert arrivals[-1] - arrivals[0] >= 0.9 * (len(arrivals) - 1) / 40
    assert elapsed(lambda: http.get("/api/v1/chats/count")) < 0.25
