"""A server on a SQLite file keeps data, ids and scripted answers over restarts, and keeps to its tables."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from mock_server import DEMO_TOKEN, Settings, create_app
from mock_server.store.sql import IncompatibleStore
from mock_server.store.sql.schema import READ_AS_IS, SCHEMA_VERSION
from tests._headers import ADMIN
from tests.persistence._clients import demo_client


def _ids(client: TestClient[Litestar]) -> set[str]:
    return {s["id"] for s in client.get("/api/v1/chats", params={"limit": 10000}).json()}


@pytest.mark.parametrize("seed", [0, 7])
def test_data_survives_a_restart_and_new_ids_never_collide(tmp_path: Path, seed: int) -> None:
    settings = Settings(data=tmp_path / "mock.db", seed=seed)
    with demo_client(settings) as first:
        session = first.post("/api/v1/chats").json()["id"]
        reply = first.post(
            f"/api/v1/chats/{session}/completions", json={"message": "What is the leave policy?"}
        )
        created = _ids(first)
        exported = first.get("/admin/state", headers=ADMIN).json()
    with demo_client(settings) as second:
        assert _ids(second) == created
        messages = second.get(f"/api/v1/chats/{session}/messages").json()
        assert messages[0]["id"] == reply.json()["message_id"]
        assert second.get("/admin/state", headers=ADMIN).json() == exported
        fresh = {second.post("/api/v1/chats").json()["id"] for _ in range(5)}
        question = second.post(f"/api/v1/chats/{session}/completions", json={"message": "And sick leave?"})
        assert question.status_code == 200
        made = fresh | {m["id"] for m in second.get(f"/api/v1/chats/{session}/messages").json()}
    every_record = {
        r["id"]
        for kind in ("prompt_templates", "documents", "collections", "chat_sessions")
        for r in exported[kind]
    } | {m["id"] for s in exported["chat_sessions"] for m in s["messages"]}
    assert len(fresh) == 5 and not fresh & every_record
    assert made - every_record - fresh  # the new question and answer got ids of their own too


def test_scripted_answers_survive_a_restart(tmp_path: Path) -> None:
    fixture = {
        "users": [{"username": "demo", "token": DEMO_TOKEN}],
        "scripted_answers": [{"question": "Is tea free?", "answer": "Tea is free in every kitchen."}],
    }
    settings = Settings(data=tmp_path / "mock.db")
    with demo_client(settings) as first:
        assert first.post("/admin/state", json=fixture, headers=ADMIN).status_code == 204
    with demo_client(settings) as second:
        session = second.post("/api/v1/chats").json()["id"]
        reply = second.post(f"/api/v1/chats/{session}/completions", json={"message": "is TEA free"})
        assert reply.json()["body"] == "Tea is free in every kitchen."


def test_reset_and_load_leave_other_tables_alone(tmp_path: Path) -> None:
    path = tmp_path / "mock.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (text TEXT)")
        db.execute("INSERT INTO notes VALUES ('keep me')")
    with demo_client(Settings(data=path)) as client:
        start = _record_ids(client.get("/admin/state", headers=ADMIN).json())
        client.post("/api/v1/chats")
        assert client.post("/admin/state/reset", headers=ADMIN).status_code == 204
        # Demo answers are composed again at reset, with new times; the records are the same.
        assert _record_ids(client.get("/admin/state", headers=ADMIN).json()) == start
        assert client.post("/admin/state", json={"users": []}, headers=ADMIN).status_code == 204
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT text FROM notes").fetchall() == [("keep me",)]


def _record_ids(state: dict[str, list[dict[str, str]]]) -> dict[str, list[str]]:
    return {
        kind: [r["id"] for r in state[kind]] for kind in ("prompt_templates", "collections", "chat_sessions")
    }


def _write_schema_version(path: Path, version: int) -> None:
    with sqlite3.connect(path) as db:
        db.execute("UPDATE mock_meta SET value = ? WHERE key = 'schema_version'", (version,))


def test_a_database_of_another_schema_version_is_refused_with_one_clear_line(tmp_path: Path) -> None:
    path = tmp_path / "mock.db"
    create_app(Settings(data=path))
    _write_schema_version(path, 999)
    with pytest.raises(IncompatibleStore, match="schema version 999"):
        create_app(Settings(data=path))
    run = subprocess.run(
        [sys.executable, "-m", "mock_server", "--data", str(path), "--port", "1"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.count("\n") == 1 and "schema version 999" in run.stderr and str(path) in run.stderr


@pytest.mark.parametrize("version", sorted(READ_AS_IS))
def test_a_database_of_a_version_before_is_taken_and_marked_as_this_ones(
    tmp_path: Path, version: int
) -> None:
    path = tmp_path / "mock.db"
    with demo_client(Settings(data=path)) as first:
        first.post("/api/v1/chats").raise_for_status()
    _write_schema_version(path, version)
    with demo_client(Settings(data=path)) as again:
        assert again.get("/api/v1/chats/count").json() == {"count": 4}
    with sqlite3.connect(path) as db:
        row = db.execute("SELECT value FROM mock_meta WHERE key = 'schema_version'").fetchone()
    # So the older mock, which cannot read every body this one writes, refuses the database from now on.
    assert row == (SCHEMA_VERSION,) and version < SCHEMA_VERSION


def test_a_file_that_cannot_be_opened_is_refused_with_one_clear_line(tmp_path: Path) -> None:
    missing = tmp_path / "no such directory" / "mock.db"
    run = subprocess.run(
        [sys.executable, "-m", "mock_server", "--data", str(missing), "--port", "1"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "cannot open" in run.stderr
