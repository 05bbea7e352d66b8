"""The admin export carries what the 1.7.5 chat operations set: votes, question/answer feedback, forks, the
session lifecycle (archived, expiry date, keep-forever); loaded into a fresh server it reads the same."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from mock_server import Settings, create_app

from .test_state_roundtrip import _call, _export, _load


@pytest.fixture
def server() -> Iterator[TestClient[Litestar]]:
    with TestClient(create_app(Settings())) as client:
        yield client


@pytest.fixture
def fresh() -> Iterator[TestClient[Litestar]]:
    with TestClient(create_app(Settings(empty=True))) as client:
        yield client


def _reads(client: TestClient[Litestar], kept: str, archived: str) -> dict[str, Any]:
    """What the chat API shows of the changed state, to compare before and after a round trip."""
    return {
        "kept": _call(client, "GET", f"/chats/{kept}", "alice"),
        "archived": _call(client, "GET", f"/chats/{archived}", "alice"),
        "messages": _call(client, "GET", f"/chats/{kept}/messages", "alice"),
        "listed": [s["id"] for s in _call(client, "GET", "/chats?limit=10000", "alice")],
        "feedback": _call(client, "GET", "/question_answer_feedbacks", "alice"),
        "admin": _call(client, "GET", "/admin/chats/archived", "demo"),
    }


def test_votes_feedback_and_lifecycle_survive_an_export(
    server: TestClient[Litestar], fresh: TestClient[Litestar]
) -> None:
    kept = _call(server, "POST", "/chats", "alice")["id"]
    _call(server, "POST", f"/chats/{kept}/completions", "alice", json={"message": "What is a ledger?"})
    _call(server, "POST", f"/chats/{kept}/completions", "alice", json={"message": "And a journal?"})
    answer, _, other, _ = _call(server, "GET", f"/chats/{kept}/messages", "alice")
    _call(server, "PUT", f"/messages/{other['id']}/votes", "alice", json={"votes": 1})
    feedback = {"expected_answer": "A book of accounts.", "user_comment": "Too vague."}
    _call(server, "POST", f"/question_answer_feedbacks/{answer['id']}", "alice", json=feedback)
    _call(
        server,
        "PUT",
        f"/chats/{kept}/expiry_date",
        "alice",
        json={"expiry_date": "2031-02-03", "timezone": "Asia/Tokyo"},
    )
    archived = _call(server, "POST", f"/chats/{kept}/fork", "alice")["id"]
    _call(server, "PUT", f"/chats/{archived}/keep_forever", "alice", json={"keep_forever": True})
    _call(server, "POST", f"/chats/{archived}/archive", "demo")
    before = _reads(server, kept, archived)
    assert before["kept"]["status"] == "expiring" and before["archived"]["status"] == "archived"
    assert archived not in before["listed"] and before["admin"]["total"] >= 1
    assert {f["reply_id"] for f in before["feedback"]} >= {answer["id"], other["id"]}
    exported = _export(server)
    sessions = {s["id"]: s for s in json.loads(exported)["chat_sessions"]}
    assert sessions[kept]["expiry_timezone"] == "Asia/Tokyo" and sessions[archived]["archived_at"]
    by_id = {m["id"]: m for m in sessions[kept]["messages"]}
    assert by_id[answer["id"]]["user_comment"] == "Too vague." and by_id[other["id"]]["votes"] == 1
    _load(fresh, exported)
    assert _reads(fresh, kept, archived) == before
    assert _export(fresh) == exported
