"""Several server processes on one store show one world: two servers on PostgreSQL or on one SQLite file,
and ``--workers 2`` on one SQLite file."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest

from tests._headers import USER
from tests.postgres import new_postgres_database

from ._servers import server_process

CREATES = 15  # per thread, two threads per server


def _storage(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> list[str]:
    if backend == "sqlite":
        return ["--data", str(tmp_path / "mock.db")]
    return ["--database-url", new_postgres_database(request.getfixturevalue("postgres_url"))]


def _create_sessions(url: str, made: list[str], fresh_connections: bool = False) -> None:
    with httpx.Client(base_url=url, headers=USER, timeout=30) as client:
        for _ in range(CREATES):
            if fresh_connections:
                # A new connection each time, so the kernel spreads them over the workers.
                made.append(httpx.post(f"{url}/chats", headers=USER, timeout=30).json()["id"])
            else:
                made.append(client.post("/chats").json()["id"])


def _sessions_agree(client: httpx.Client, made: list[str]) -> None:
    listed = [s["id"] for s in client.get("/chats", params={"limit": 10000}).json()]
    assert len(set(made)) == len(made), "two creates got the same id"
    assert set(made) <= set(listed) and len(set(listed)) == len(listed)
    assert client.get("/chats/count").json()["count"] == len(listed)


def _concurrent_creates(urls: list[str], fresh_connections: bool = False) -> list[str]:
    made: list[str] = []
    threads = [
        threading.Thread(target=_create_sessions, args=(url, made, fresh_connections))
        for url in urls
        for _ in (1, 2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(made) == len(threads) * CREATES
    return made


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_two_servers_on_one_store_show_one_world(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    storage = _storage(backend, tmp_path, request)
    with server_process(*storage) as one, server_process(*storage) as other:
        a = httpx.Client(base_url=one.url, headers=USER, timeout=30)
        b = httpx.Client(base_url=other.url, headers=USER, timeout=30)
        with a, b:
            before = b.get("/collections/count").json()["count"]
            created = a.post(
                "/collections", json={"name": "Shared world", "description": "made by one"}
            ).json()
            assert b.get(f"/collections/{created['id']}").json()["name"] == "Shared world"
            assert created["id"] in {c["id"] for c in b.get("/collections", params={"limit": 1000}).json()}
            assert b.get("/collections/count").json()["count"] == before + 1
            renamed = b.patch(f"/collections/{created['id']}", json={"name": "Renamed by the other"})
            assert renamed.status_code == 200
            assert a.get(f"/collections/{created['id']}").json()["name"] == "Renamed by the other"
            session = b.post("/chats", params={"collection_id": created["id"]}).json()["id"]
            answer = a.post(f"/chats/{session}/completions", json={"message": "Anything?"}).json()
            assert b.get(f"/chats/{session}/messages").json()[0]["id"] == answer["message_id"]
            assert b.delete(f"/collections/{created['id']}").status_code == 204
            assert a.get(f"/collections/{created['id']}").status_code == 404
            assert a.get(f"/chats/{session}").status_code == 404
            made = _concurrent_creates([one.url, other.url])
            _sessions_agree(a, made)
            _sessions_agree(b, made)


def test_workers_share_one_sqlite_file(tmp_path: Path) -> None:
    with server_process("--workers", "2", "--data", str(tmp_path / "mock.db")) as server:
        made = _concurrent_creates([server.url], fresh_connections=True)
        for _ in range(4):  # new connections: whichever worker answers sees every session
            with httpx.Client(base_url=server.url, headers=USER, timeout=30) as client:
                _sessions_agree(client, made)
