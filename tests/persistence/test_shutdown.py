"""A server lets go of the database connections of a store it opened when it shuts down; a store it was
given is the caller's, and stays open."""

from __future__ import annotations

import time

import psycopg
from litestar.testing import TestClient

from mock_server import Settings, create_app
from mock_server.store.sql import SqlStore
from tests._headers import ADMIN, USER
from tests.postgres import new_postgres_database


def _connections(url: str, wait_for_none: bool = False) -> int:
    """How many connections other than this one the database has (a closed one may take a moment to go)."""
    name = url.rsplit("/", 1)[1]
    deadline = time.monotonic() + 5
    with psycopg.connect(url, autocommit=True) as conn:
        while True:
            count = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            ).fetchone()
            found = 0 if count is None else int(count[0])
            if not (wait_for_none and found and time.monotonic() < deadline):
                return found
            time.sleep(0.05)


def test_a_server_closes_the_store_it_opened(postgres_url: str) -> None:
    url = new_postgres_database(postgres_url)
    with TestClient(create_app(Settings(database_url=url))) as client:
        assert client.get("/api/v1/chats/count", headers=USER).json() == {"count": 3}
        assert _connections(url) > 0
    assert _connections(url, wait_for_none=True) == 0


def test_a_store_given_to_a_server_stays_open_after_it(postgres_url: str) -> None:
    url = new_postgres_database(postgres_url)
    store, _ = SqlStore.open(url)
    with TestClient(create_app(Settings(), store)) as client:
        client.post("/admin/state/reset", headers=ADMIN).raise_for_status()
    assert store.count_sessions("demo") == 3  # still usable, on the connections it kept
    assert _connections(url) > 0
    store.close()
    assert _connections(url, wait_for_none=True) == 0
