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
    try:
        with sqlite3.connect(f"file:{path}?immutable=1", uri=True) as db:
            if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'mock_sessions'").fetchone() is None:
                return 0  # not even the table has reached it
            return int(db.execute("SELECT count(*) FROM mock_sessions").fetchone()[0])
    except sqlite3.DatabaseError:
        # ``immutable`` takes no lock, so a checkpoint writing the file meanwhile can show it half-written
        # ("malformed"): that read counts nothing, and the next one looks again.
        return 0


def test_writes_reach_the_database_file_soon_without_a_checkpoint_on_any_commit(tmp_path: Path) -> None:
    path = tmp_path / "mock.db"
    store, _ = SqlStore.open(f"sqlite:///{path}")
    try:
        for n in range(50):  # a few hundred pages of log: far below SQLite's own threshold
            store.add_session(session(f"s{n}"))
        # Without a background checkpoint the rows would stay in the log for good: any bound shows it, and
        # a generous one leaves room for a busy machine.
        deadline = time.monotonic() + 250 * IDLE_INTERVAL
        seen = _in_database_file(path)
        while seen < 50 and time.monotonic() < deadline:
            time.sleep(IDLE_INTERVAL / 5)
            seen = _in_database_file(path)
        assert seen == 50
    finally:
        store.close()
