"""The hot path of the SQL backend: statements written once in SQLAlchemy Core, compiled once per engine,
and run on the calling thread's own DBAPI connection.

A request makes a few store calls, and through a pooled SQLAlchemy ``Connection`` each cost 100-300 µs,
most of it building, caching and checking out rather than in the database; this way one costs 5-10 µs
on SQLite. The statements stay dialect-neutral: SQLAlchemy compiles them for SQLite or PostgreSQL.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.sql import ClauseElement

__all__ = ["Prepared"]


class Prepared:
    """Runs prebuilt statements; a connection per thread, each in autocommit with explicit transactions."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._local = threading.local()
        self._compiled: dict[int, tuple[str, tuple[str, ...] | None, dict[str, Any]]] = {}
        self._opened: list[Any] = []
        self._lock = threading.Lock()
        sqlite = engine.dialect.name == "sqlite"
        # SQLite: take the write lock at BEGIN, so two processes never both read and then wait to write.
        self._begin = "BEGIN IMMEDIATE" if sqlite else "BEGIN"
        self.integrity_error: type[Exception] = engine.dialect.loaded_dbapi.IntegrityError

    def _connection(self) -> Any:
        conn: Any = getattr(self._local, "conn", None)
        if conn is None:
            fairy = self._engine.raw_connection()  # runs the engine's connect hooks (SQLite's pragmas)
            conn = fairy.driver_connection
            fairy.detach()  # this thread keeps it; the pool forgets it
            if self._engine.dialect.name != "sqlite":
                conn.autocommit = True  # transactions are begun explicitly, below
            self._local.conn = conn
            with self._lock:
                self._opened.append(conn)
        return conn

    def _sql(self, statement: ClauseElement) -> tuple[str, tuple[str, ...] | None, dict[str, Any]]:
        """The statement's SQL, its parameters' order (positional styles) and the values it fixes itself."""
        # Keyed by identity: the statements are module constants, built once.
        found = self._compiled.get(id(statement))
        if found is None:
            compiled: Any = statement.compile(dialect=self._engine.dialect)  # a SQLCompiler
            order = tuple(compiled.positiontup or ()) if compiled.positional else None
            fixed = {k: v for k, v in compiled.params.items() if v is not None}
            found = self._compiled[id(statement)] = (compiled.string, order, fixed)
        return found

    def rows(self, statement: ClauseElement, params: Mapping[str, Any]) -> list[Any]:
        """Run a statement; its rows, if it returns any."""
        sql, order, fixed = self._sql(statement)
        if fixed:
            params = {**fixed, **params}
        cursor = self._connection().cursor()
        try:
            cursor.execute(sql, params if order is None else tuple(params[name] for name in order))
            return cursor.fetchall() if cursor.description is not None else []
        finally:
            cursor.close()

    def scalar(self, statement: ClauseElement, params: Mapping[str, Any]) -> Any:
        """The first column of the first row, or None."""
        found = self.rows(statement, params)
        return found[0][0] if found else None

    def many(self, statement: ClauseElement, params: Sequence[Mapping[str, Any]]) -> None:
        """Run a statement once per parameter set."""
        if not params:
            return
        sql, order, fixed = self._sql(statement)
        if fixed:
            params = [{**fixed, **p} for p in params]
        cursor = self._connection().cursor()
        try:
            cursor.executemany(sql, params if order is None else [tuple(p[n] for n in order) for p in params])
        finally:
            cursor.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything run in the block is written together, or nothing is."""
        conn = self._connection()
        conn.execute(self._begin)
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        """Close every thread's connection."""
        with self._lock:
            for conn in self._opened:
                conn.close()
            self._opened.clear()
        self._local = threading.local()
