"""The SQL backend for SQLite and PostgreSQL: one implementation over SQLAlchemy Core."""

from __future__ import annotations

from sqlalchemy import Engine

from ..base import Snapshot
from .catalogue import Catalogue
from .checkpoints import checkpoint_in_background, stop_checkpoints
from .conversations import Conversations
from .documents import DocumentRows
from .engine import open_engine
from .groups import Groups
from .jobs import JobRows
from .snapshot import read_snapshot, write_snapshot
from .uploads import Uploads

__all__ = ["SqlStore"]


class SqlStore(Conversations, Catalogue, Groups, JobRows, Uploads, DocumentRows):
    """A ``Store`` in a SQL database, shared by every process that opens the same file or database."""

    def __init__(self, engine: Engine, blocking: bool) -> None:
        super().__init__(engine)
        self.blocking = blocking

    @classmethod
    def open(cls, url: str) -> tuple[SqlStore, bool]:
        """Open (creating the tables on first use) and say whether it holds no data yet."""
        engine, fresh = open_engine(url)
        # SQLite is a local file: a call costs microseconds, less than a hop to a worker thread.
        store = cls(engine, blocking=engine.dialect.name != "sqlite")
        if engine.dialect.name == "sqlite":
            checkpoint_in_background(store._fast)
        return store, fresh

    def close(self) -> None:
        """Close every connection."""
        stop_checkpoints(self._fast)
        self._fast.close()
        self._engine.dispose()

    # ---------------------------------------------------------------- the whole state
    def snapshot(self) -> Snapshot:
        """Return everything, for an export."""
        with self._read() as conn, conn.begin():
            return read_snapshot(conn)

    def replace_all(self, snapshot: Snapshot) -> None:
        """Replace everything by ``snapshot``, in one transaction."""
        with self._write() as conn:
            write_snapshot(conn, snapshot)
        self._forget_decoded()
