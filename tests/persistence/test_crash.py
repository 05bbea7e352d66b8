"""A server killed with SIGKILL while concurrent clients write loses no acknowledged write and leaves no half.

Every write that got a 2xx is there after a restart on the same data, no question is without its answer,
and new ids continue without reusing any.
"""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest

from tests._headers import USER
from tests.postgres import new_postgres_database

from ._servers import ServerProcess

CLIENTS = 4
ROUNDS = 40  # per client; the server is killed long before the clients are done


class _Acknowledged:
    """What the server said it had written, collected by the client threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.sessions: set[str] = set()
        self.replies: dict[str, str] = {}  # reply id -> session id
        self.count = 0
        self.enough = threading.Event()

    def note(self, session: str | None = None, reply: tuple[str, str] | None = None) -> None:
        with self.lock:
            if session:
                self.sessions.add(session)
            if reply:
                self.replies[reply[0]] = reply[1]
            self.count += 1
            if self.count >= 30:
                self.enough.set()


def _client(url: str, done: _Acknowledged, n: int) -> None:
    with httpx.Client(base_url=url, headers=USER, timeout=30) as client:
        try:
            for k in range(ROUNDS):
                created = client.post("/chats")
                if created.status_code != 201:
                    return
                session = created.json()["id"]
                done.note(session=session)
                asked = client.post(f"/chats/{session}/completions", json={"message": f"Question {n}.{k}?"})
                if asked.status_code == 200:
                    done.note(reply=(asked.json()["message_id"], session))
        except httpx.TransportError:
            return  # the server is gone


def _check_after_restart(server: ServerProcess, done: _Acknowledged) -> None:
    with httpx.Client(base_url=server.url, headers=USER, timeout=30) as client:
        listed = client.get("/chats", params={"limit": 10000}).json()
        assert client.get("/chats/count").json()["count"] == len(listed)
        present = {s["id"] for s in listed}
        assert done.sessions <= present, "a session the server acknowledged is missing"
        for session in present:
            history = client.get(f"/chats/{session}/messages", params={"limit": 10000}).json()
            by_id = {m["id"]: m for m in history}
            answered = {m["reply_to"] for m in history if m["reply_to"]}
            questions = {m["id"] for m in history if m["reply_to"] is None}
            assert questions == answered, f"session {session} has a question without its answer"
            assert all(reply in by_id for reply, s in done.replies.items() if s == session)
        fresh = client.post("/chats").json()["id"]
        assert fresh not in present


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_acknowledged_writes_survive_sigkill(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if backend == "sqlite":
        args = ["--data", str(tmp_path / "mock.db")]
    else:
        args = ["--database-url", new_postgres_database(request.getfixturevalue("postgres_url"))]
    server = ServerProcess(args)
    done = _Acknowledged()
    clients = [threading.Thread(target=_client, args=(server.url, done, n)) for n in range(CLIENTS)]
    try:
        for thread in clients:
            thread.start()
        assert done.enough.wait(timeout=120), "the clients did not get 30 writes through"
        server.kill()
        for thread in clients:
            thread.join(timeout=60)
    finally:
        server.stop()
    assert done.replies, "no completion was acknowledged before the kill"
    restarted = ServerProcess(args)
    try:
        _check_after_restart(restarted, done)
    finally:
        restarted.stop()
