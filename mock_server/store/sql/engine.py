"""Open a SQLite file or a PostgreSQL database: the engine, its settings, and the schema check."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from ..base import IncompatibleStore, StoreUnavailable
from .checkpoints import BACKSTOP_PAGES
from .schema import READ_AS_IS, SCHEMA_VERSION, meta, metadata
from .text import without_nul

__all__ = ["IncompatibleStore", "open_engine"]


def open_engine(url: str) -> tuple[Engine, bool]:
    """An engine on ``url`` with the mock's tables in place, and whether it holds no data yet.

    Tables are created on first use; a database whose schema version differs is refused with
    ``IncompatibleStore``.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = _sqlite_engine(url)
    elif parsed.get_backend_name() == "postgresql":
        # psycopg 3; 40 threads run requests at most (anyio's default), so as many connections can be busy.
        engine = create_engine(
            parsed.set(drivername="postgresql+psycopg"), pool_size=10, max_overflow=40, pool_pre_ping=True
        )
    else:
        raise IncompatibleStore(
            f"unsupported database {parsed.get_backend_name()!r}: use sqlite or postgresql"
        )
    event.listen(engine, "before_cursor_execute", _without_nul, retval=True)
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(mock_write=True)
            with conn.begin():
                fresh = _check_schema(conn, url)
    except OperationalError as exc:
        where = parsed.render_as_string(hide_password=True)
        reason = " ".join(str(exc.orig).split())
        raise StoreUnavailable(f"cannot open {where}: {reason}") from None
    return engine, fresh


def _without_nul(
    conn: Connection, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool
) -> tuple[str, Any]:
    """Every statement's text values with NUL replaced (text.py): what neither engine can take as it is."""
    return statement, without_nul(parameters)


def _sqlite_engine(url: str) -> Engine:
    # The pool hands connections to whichever thread asks; each is used by one thread at a time.
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _: Any) -> None:
        # Transactions are begun below, not by the driver, so a writer can take the lock at BEGIN.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # WAL: readers never wait for the writer, and other processes (--workers) share the file.
        # synchronous=NORMAL keeps every commit through a killed process; only a power cut can lose
        # the last ones.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        # Checkpoints are made in the background (checkpoints.py); a request makes one only past this.
        cursor.execute(f"PRAGMA wal_autocheckpoint={BACKSTOP_PAGES}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # A writer takes the write lock at once: two processes that both read first and then want to
        # write would otherwise fail with "database is locked" instead of waiting their turn.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("mock_write") else "BEGIN")

    return engine


def _check_schema(conn: Connection, url: str) -> bool:
    """Create the tables if missing; refuse another schema version; say whether the data is unseeded."""
    if not inspect(conn).has_table(meta.name):
        metadata.create_all(conn)
        conn.execute(
            meta.insert(), [{"key": "schema_version", "value": SCHEMA_VERSION}, {"key": "ids", "value": 0}]
        )
        return True
    version = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
    if version in READ_AS_IS:
        conn.execute(update(meta).where(meta.c.key == "schema_version").values(value=SCHEMA_VERSION))
    elif version != SCHEMA_VERSION:
        where = make_url(url).render_as_string(hide_password=True)
        raise IncompatibleStore(
            f"{where} holds mock data of schema version {version}; this mock reads version {SCHEMA_VERSION}."
            " Use a new file or database, or the mock version that wrote it."
        )
    metadata.create_all(conn)  # tables added since, if any; existing ones are left alone
    return conn.execute(select(meta.c.value).where(meta.c.key == "seeded")).first() is None
