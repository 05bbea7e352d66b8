"""The admin export holds the whole state: loaded into a fresh server, it reads the same through the
chat API and exports byte for byte the same, whatever users did before."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from mock_server import Settings, create_app
from mock_server.admin import ADMIN_SPEC_PATH
from tests._headers import ADMIN

from ._schemas import load_openapi, validator

USERS = ("demo", "alice", "bob")
PNG = b"\x89PNG\r\n\x1a\n" + bytes(24)
FIXTURE_SCHEMA = validator(load_openapi(ADMIN_SPEC_PATH), {"$ref": "#/components/schemas/Fixture"})


@pytest.fixture
def server(app: Litestar) -> Iterator[TestClient[Litestar]]:
    """The demo server, where users change things."""
    with TestClient(app) as client:
        yield client


@pytest.fixture
def fresh() -> Iterator[TestClient[Litestar]]:
    """A second server, with users only, to load exports into."""
    with TestClient(create_app(Settings(empty=True))) as client:
        yield client


def _call(client: TestClient[Litestar], method: str, path: str, user: str = "demo", **kwargs: Any) -> Any:
    response = client.request(
        method, f"/api/v1{path}", headers={"Authorization": f"Bearer {user}-token"}, **kwargs
    )
    assert response.status_code < 300, f"{method} {path}: {response.status_code} {response.text}"
    return response.json() if response.content else None


def _export(client: TestClient[Litestar]) -> bytes:
    response = client.get("/admin/state", headers=ADMIN)
    assert response.status_code == 200
    errors = [e.message for e in FIXTURE_SCHEMA.iter_errors(response.json())]
    assert not errors, errors
    return response.content


def _load(client: TestClient[Litestar], body: bytes) -> None:
    headers = {**ADMIN, "Content-Type": "application/json"}
    response = client.post("/admin/state", content=body, headers=headers)
    assert response.status_code == 204, response.text


def _use_everything(client: TestClient[Litestar]) -> dict[str, str]:
    """Do what users can do through the API, deleting some of it again; return the ids of what stays."""
    handbook = next(c for c in _call(client, "GET", "/collections") if c["document_count"])
    document = _call(client, "GET", f"/collections/{handbook['id']}/documents")[0]["id"]
    collection = _call(
        client,
        "POST",
        "/collections",
        json={
            "name": "Policies",
            "description": "What applies to everyone",
            "collection_settings": {
                "max_tokens_per_chunk": 64,
                "guardrails_settings": {"pii_labels_to_flag": ["EMAIL_ADDRESS"]},
            },
            "chat_settings": {"llm": "mock-llm-70b", "llm_args": {"temperature": 0.2}, "tags": ["policy"]},
        },
    )["id"]
    _call(client, "PATCH", f"/collections/{collection}", json={"rag_type": "hyde1"})
    _call(client, "PUT", f"/collections/{collection}/documents/{document}")
    _call(client, "PUT", f"/collections/{collection}/thumbnail", files={"file": ("t.png", PNG, "image/png")})
    _call(
        client, "PUT", f"/collections/{collection}/permissions/alice", json={"permissions": ["read", "write"]}
    )
    template = _call(
        client, "POST", "/prompt_templates", json={"name": "Terse", "system_prompt": "One line."}
    )
    _call(client, "PATCH", f"/prompt_templates/{template['id']}", json={"description": "Short answers"})
    _call(client, "PUT", f"/prompt_templates/{template['id']}/permissions/bob")
    session = _call(client, "POST", f"/chats?collection_id={collection}", json={"workspace": "team-a"})["id"]
    _call(client, "PATCH", f"/chats/{session}", json={"name": "Policy questions"})
    _call(client, "PUT", f"/chats/{session}/prompt_template", json={"prompt_template_id": template["id"]})
    for question in ("How many vacation days do I get?", "Can I carry days over?"):
        _call(client, "POST", f"/chats/{session}/completions", json={"message": question})
    shared = _call(client, "POST", f"/chats?collection_id={collection}", "alice")["id"]
    _call(client, "POST", f"/chats/{shared}/completions", "alice", json={"message": "Vacation days?"})
    gone = _call(client, "POST", "/chats")["id"]
    _call(client, "POST", f"/chats/{gone}/completions", json={"message": "Soon gone?"})
    _call(client, "DELETE", f"/chats/{gone}")
    dropped = _call(client, "POST", "/prompt_templates", json={"name": "Dropped"})["id"]
    _call(client, "DELETE", f"/prompt_templates/{dropped}")
    return {"collection": collection, "template": template["id"], "session": session}


def _reads(client: TestClient[Litestar]) -> dict[str, Any]:
    """Everything each user reads through the chat API, by user."""
    reads: dict[str, Any] = {}
    for user in USERS:
        sessions = _call(client, "GET", "/chats", user)
        messages = {s["id"]: _call(client, "GET", f"/chats/{s['id']}/messages", user) for s in sessions}
        collections = _call(client, "GET", "/collections", user)
        templates = _call(client, "GET", "/prompt_templates", user)
        parts = ("", "/settings", "/chat_settings", "/permissions", "/documents", "/chats")
        reads[user] = {
            "sessions": [_call(client, "GET", f"/chats/{s['id']}", user) for s in sessions],
            "messages": messages,
            "message details": {
                m["id"]: [
                    _call(client, "GET", f"/messages/{m['id']}{part}", user)
                    for part in ("/meta", "/references")
                ]
                for ms in messages.values()
                for m in ms
            },
            "collections": {
                c["id"]: [_call(client, "GET", f"/collections/{c['id']}{part}", user) for part in parts]
                for c in collections
            },
            "templates": {
                t["id"]: [t, _call(client, "GET", f"/prompt_templates/{t['id']}/permissions", user)]
                for t in templates
            },
        }
    return reads


def test_an_export_loads_into_a_fresh_server_as_the_same_state(
    server: TestClient[Litestar], fresh: TestClient[Litestar]
) -> None:
    _use_everything(server)
    exported = _export(server)
    _load(fresh, exported)
    assert _export(fresh) == exported
    assert _reads(fresh) == _reads(server)


def test_what_users_set_survives_an_export(server: TestClient[Litestar], fresh: TestClient[Litestar]) -> None:
    ids = _use_everything(server)
    collection, template, session = ids["collection"], ids["template"], ids["session"]
    answers = _call(server, "GET", f"/chats/{session}/messages")
    _load(fresh, _export(server))

    assert _call(fresh, "GET", f"/collections/{collection}/chat_settings") == {
        "llm": "mock-llm-70b",
        "llm_args": {"temperature": 0.2},
        "tags": ["policy"],
    }
    settings = _call(fresh, "GET", f"/collections/{collection}/settings")
    assert settings["max_tokens_per_chunk"] == 64
    assert settings["guardrails_settings"]["pii_labels_to_flag"] == ["EMAIL_ADDRESS"]
    loaded = _call(fresh, "GET", f"/collections/{collection}")
    assert loaded["rag_type"] == "hyde1" and loaded["thumbnail"] and loaded["document_count"] == 1
    alice = {"username": "alice", "permissions": ["read", "write"]}
    assert alice in _call(fresh, "GET", f"/collections/{collection}/permissions")
    assert _call(fresh, "GET", f"/prompt_templates/{template}")["description"] == "Short answers"
    assert {"username": "bob", "permissions": ["read"]} in _call(
        fresh, "GET", f"/prompt_templates/{template}/permissions"
    )
    chat = _call(fresh, "GET", f"/chats/{session}")
    assert (chat["name"], chat["workspace"], chat["collection_id"]) == (
        "Policy questions",
        "team-a",
        collection,
    )
    assert chat["prompt_template_id"] == template
    # The same messages, ids and times included, not answers composed again.
    assert _call(fresh, "GET", f"/chats/{session}/messages") == answers
    reply = answers[0]["id"]
    references = _call(server, "GET", f"/messages/{reply}/references")
    assert references and _call(fresh, "GET", f"/messages/{reply}/references") == references
    assert _call(fresh, "GET", f"/messages/{reply}/meta") == _call(server, "GET", f"/messages/{reply}/meta")


def _history() -> dict[str, Any]:
    """A fixture with a chat history given verbatim, with what only a fixture can set: votes and errors."""
    return {
        "users": [{"username": "zoe", "token": "zoe-token"}],
        "collections": [
            {
                "id": "c1",
                "owner": "zoe",
                "name": "Tea",
                "description": "",
                "created_at": "2026-11-01T00:00:00Z",
            }
        ],
        "chat_sessions": [
            {
                "id": "s1",
                "owner": "zoe",
                "created_at": "2026-11-01T09:00:00Z",
                "updated_at": "2026-11-01T09:00:02Z",
                "collection_id": "c1",
                "messages": [
                    {"id": "q1", "content": "How long does tea steep?", "created_at": "2026-11-01T09:00:01Z"},
                    {
                        "id": "a1",
                        "reply_to": "q1",
                        "content": "Two minutes.",
                        "created_at": "2026-11-01T09:00:02Z",
                        "votes": 1,
                        "llm_args": '{"temperature": 0}',
                        "references": [
                            {
                                "collection_id": "c1",
                                "document_id": "gone",
                                "document_name": "tea.md",
                                "chunk_id": 2,
                                "pages": [1, 2],
                                "score": 0.75,
                                "content": "Green tea steeps for two minutes.",
                            }
                        ],
                        "meta": [{"message_type": "usage_stats", "content": '{"llm": "mock-llm-7b"}'}],
                    },
                    {
                        "id": "q2",
                        "content": "And black tea?",
                        "created_at": "2026-11-01T09:00:03Z",
                        "error": "The LLM timed out",
                    },
                ],
            }
        ],
    }


def test_votes_errors_and_references_of_a_history_survive_an_export(
    server: TestClient[Litestar], fresh: TestClient[Litestar]
) -> None:
    _load(server, json.dumps(_history()).encode())
    _load(fresh, _export(server))
    for client in (server, fresh):
        newest_first = _call(client, "GET", "/chats/s1/messages", "zoe")
        assert [(m["id"], m["votes"], m["error"]) for m in newest_first] == [
            ("q2", 0, "The LLM timed out"),
            ("a1", 1, None),
            ("q1", 0, None),
        ]
        assert newest_first[1]["llm_args"] == '{"temperature": 0}' and newest_first[1]["reply_to"] == "q1"
        [reference] = _call(client, "GET", "/messages/a1/references", "zoe")
        assert (reference["pages"], reference["score"], reference["were_references_deleted"]) == (
            "[1, 2]",
            0.75,
            True,
        )
        assert _call(client, "GET", "/messages/a1/meta", "zoe") == [
            {"message_type": "usage_stats", "content": '{"llm": "mock-llm-7b"}'}
        ]
        [chat] = _call(client, "GET", "/chats", "zoe")
        assert (
            chat["latest_message_content"] == "And black tea?"
            and chat["updated_at"] == "2026-11-01T09:00:02Z"
        )


def _kept(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    return {key: after.get(key) for key in before}


def test_ids_drawn_after_loading_an_export_never_replace_loaded_records(
    server: TestClient[Litestar], fresh: TestClient[Litestar]
) -> None:
    # The export holds ids the seed drew in `server`, and `fresh` has the same seed.
    _load(fresh, _export(server))
    before = _reads(fresh)
    new = _call(fresh, "POST", "/chats")["id"]
    for question in ("Is this new?", "And this?"):
        _call(fresh, "POST", f"/chats/{new}/completions", json={"message": question})
    _call(fresh, "POST", "/collections", json={"name": "New", "description": ""})
    _call(fresh, "POST", "/prompt_templates", json={"name": "New"})
    after = _reads(fresh)
    assert len(after["demo"]["messages"][new]) == 4
    for user in USERS:
        for kind in ("messages", "message details", "collections", "templates"):
            assert _kept(before[user][kind], after[user][kind]) == before[user][kind], (user, kind)


def test_after_loading_an_export_a_server_draws_the_ids_its_exporter_would_have_drawn() -> None:
    # Without sessions, nothing but the draw count keeps new ids off the loaded ones.
    with (
        TestClient(create_app(Settings(empty=True))) as exporter,
        TestClient(create_app(Settings(empty=True))) as loader,
    ):
        made = [
            _call(exporter, "POST", "/collections", json={"name": f"C{n}", "description": ""}) for n in (1, 2)
        ]
        exported = _export(exporter)
        assert json.loads(exported)["ids_drawn"] == 2
        _load(loader, exported)
        after_export = _call(exporter, "POST", "/collections", json={"name": "C3", "description": ""})["id"]
        after_load = _call(loader, "POST", "/collections", json={"name": "C3", "description": ""})["id"]
        assert after_load == after_export
        assert after_load not in {c["id"] for c in made}
        assert len(_call(loader, "GET", "/collections")) == 3


def test_loading_its_own_export_changes_nothing(server: TestClient[Litestar]) -> None:
    _use_everything(server)
    exported, before = _export(server), _reads(server)
    _load(server, exported)
    assert _export(server) == exported
    assert _reads(server) == before
