"""Scenario fixtures: a fixture pins the answer and references for a question in a collection."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from mock_server import Settings, create_app
from mock_server.domain import chunk_document
from mock_server.services.scripted import normalise_question
from tests._headers import ADMIN

ZOE = {"Authorization": "Bearer zoe-token"}
PAGES = [
    "# Tea\nGreen tea steeps for two minutes at eighty degrees. Black tea takes four minutes.",
    "# Storage\nKeep tea leaves in a dark, airtight tin, away from spices and coffee.",
]
PINNED = "Steep green tea for exactly two minutes, then enjoy it plain."


def _fixture(**extra: Any) -> dict[str, Any]:
    return {
        "users": [{"username": "zoe", "token": "zoe-token"}],
        "documents": [
            {
                "id": "d1",
                "owner": "zoe",
                "name": "tea.md",
                "type": "md",
                "created_at": "2026-11-01T00:00:00Z",
                "pages": PAGES,
            }
        ],
        "collections": [
            {
                "id": c,
                "owner": "zoe",
                "name": c,
                "description": "Brewing",
                "created_at": "2026-11-01T00:00:00Z",
                "document_ids": ["d1"],
            }
            for c in ("c1", "c2")
        ],
        "scripted_answers": [
            {
                "collection_id": "c1",
                "question": "How long does green tea steep?",
                "answer": PINNED,
                "references": [
                    {"document_id": "d1", "chunk_id": 0, "score": 0.9},
                    {"document_id": "d1", "text": "dark, airtight tin", "score": 0.5},
                ],
            },
            {"question": "Who are you?", "answer": "A mock, without a collection."},
        ],
        **extra,
    }


@pytest.fixture
def tea(tmp_path: Path) -> Iterator[TestClient[Litestar]]:
    """A server loaded from the tea fixture, as zoe."""
    path = tmp_path / "tea.json"
    path.write_text(json.dumps(_fixture()))
    with TestClient(create_app(Settings(fixtures=path))) as client:
        client.headers.update(ZOE)
        yield client


def _ask(client: TestClient[Litestar], question: str, collection_id: str | None = "c1") -> dict[str, Any]:
    params = {"collection_id": collection_id} if collection_id else {}
    session = client.post("/api/v1/chats", params=params).json()
    response = client.post(f"/api/v1/chats/{session['id']}/completions", json={"message": question})
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


def test_questions_match_whatever_their_case_punctuation_and_spacing() -> None:
    assert normalise_question("  HOW long does green-tea steep?? ") == "how long does green tea steep"
    assert normalise_question("What's up?") == normalise_question("whats up")


def test_a_pinned_question_gets_the_pinned_answer_and_references(tea: TestClient[Litestar]) -> None:
    reply = _ask(tea, "how long does GREEN tea steep")
    assert reply["body"] == PINNED
    references = tea.get(f"/api/v1/messages/{reply['message_id']}/references").json()
    chunks = chunk_document(PAGES)
    holding = next(c for c in chunks if "airtight tin" in c.text)
    assert [(r["document_id"], r["chunk_id"], r["score"]) for r in references] == [
        ("d1", 0, 0.9),
        ("d1", holding.index, 0.5),
    ]
    assert references[0]["content"] == chunks[0].text and references[1]["content"] == "dark, airtight tin"
    assert all(r["collection_id"] == "c1" and r["document_name"] == "tea.md" for r in references)
    assert json.loads(references[1]["pages"]) == list(holding.pages)


def test_a_pinned_answer_streams_like_any_other(tea: TestClient[Litestar]) -> None:
    session = tea.post("/api/v1/chats", params={"collection_id": "c1"}).json()
    response = tea.post(
        f"/api/v1/chats/{session['id']}/completions",
        json={"message": "How long does green tea steep?"},
        headers={"Accept": "application/jsonl"},
    )
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert "".join(line["body"] for line in lines) == PINNED and lines[-1]["finished"]


def test_other_collections_and_questions_get_composed_answers(tea: TestClient[Litestar]) -> None:
    assert _ask(tea, "How long does green tea steep?", "c2")["body"] != PINNED
    assert _ask(tea, "How long does black tea steep?")["body"] != PINNED
    assert _ask(tea, "Who are you?", None)["body"] == "A mock, without a collection."


def test_seeded_histories_use_pinned_answers(tmp_path: Path) -> None:
    session = {"id": "s1", "owner": "zoe", "created_at": "2026-11-01T00:00:00Z", "collection_id": "c1"}
    path = tmp_path / "tea.json"
    path.write_text(
        json.dumps(_fixture(chat_sessions=[{**session, "questions": ["How long does green tea steep?"]}]))
    )
    with TestClient(create_app(Settings(fixtures=path))) as client:
        answer = client.get("/api/v1/chats/s1/messages", headers=ZOE).json()[0]
    assert answer["content"] == PINNED and answer["total_references"] == 2


def test_pinned_answers_are_exported_as_loaded(tea: TestClient[Litestar]) -> None:
    assert tea.get("/admin/state", headers=ADMIN).json()["scripted_answers"] == _fixture()["scripted_answers"]


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ({"document_id": "d9", "chunk_id": 0}, "document d9 not found"),
        ({"document_id": "d1", "chunk_id": 99}, "document d1 has no chunk 99"),
        ({"document_id": "d1", "text": "oolong"}, "no chunk of document d1 contains the text 'oolong'"),
        ({"document_id": "d1"}, "either chunk_id or text"),
        ({"document_id": "d1", "chunk_id": 0, "text": "tea"}, "either chunk_id or text"),
    ],
)
def test_references_that_do_not_resolve_are_refused(
    tea: TestClient[Litestar], reference: dict[str, Any], message: str
) -> None:
    script = {"collection_id": "c1", "question": "q", "answer": "a", "references": [reference]}
    response = tea.post("/admin/state", json=_fixture(scripted_answers=[script]), headers=ADMIN)
    assert response.status_code == 400 and message in response.json()["message"]


def test_a_broken_fixture_file_stops_the_server_from_starting(tmp_path: Path) -> None:
    script = {"collection_id": "c9", "question": "q", "answer": "a"}
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(_fixture(scripted_answers=[script])))
    with pytest.raises(Exception, match="collection c9 not found"):
        create_app(Settings(fixtures=path))
