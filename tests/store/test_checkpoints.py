"""A SQLite store's write-ahead log reaches the database file in the background, not on a request's commit."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from mock_server.store.sql import SqlStore
from mock_server.store.sql.checkpoints import IDLE_INTERVAL

from ._records import session


def _in_database_file(path: Path) -> int:
    """Sessions the database file itself holds, the log left aside (``immutable`` reads no log)."""
    with sqlite3.connect(f"file:{path}?immutable=1", uri=True) as db:
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'mock_sessions'").fetchone() is None:
            return 0  # not even the table has reached it
        return int(db.execute("SELECT count(*) FROM mock_sessions").fetchone()[0])


def test_writes_reach_the_database_file_soon_without_a_checkpoint_on_any_commit(tmp_path: Path) -> None:
    path = tmp_path / "mock.db"
    store, _ = SqlStore.open(f"sqlite:///{path}")
    try:
        for n in range(50):  # a few hundred pages of log: far below SQLite's own threshold
            store.add_session(session(f"s{n}"))
        deadline = time.monotonic() + 20 * IDLE_INTERVAL
        while _in_database_file(path) < 50 and time.monotonic() < deadline:
            time.sleep(IDLE_INTERVAL / 5)
        assert _in_database_file(path) == 50
    finally:
        store.close()
