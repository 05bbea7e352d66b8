"""The hot path of the SQL backend: statements written once in SQLAlchemy Core, compiled once per engine,
and run on DBAPI connections of a small pool of its own.

A request makes a few store calls, and through a pooled SQLAlchemy ``Connection`` each cost 100-300 µs,
most of it building, caching and checking out rather than in the database; this way one costs 5-10 µs
on SQLite. The statements stay dialect-neutral: SQLAlchemy compiles them for SQLite or PostgreSQL.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.sql import ClauseElement

__all__ = ["Prepared"]

# Connections kept open between calls; more are opened under load and closed once done.
_MAX_IDLE = 8


class Prepared:
    """Runs prebuilt statements on DBAPI connections kept in a small idle pool of its own, each in autocommit,
    with explicit transactions."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._local = threading.local()  # the connection of a transaction in progress on this thread
        self._idle: queue.LifoQueue[Any] = queue.LifoQueue()
        self._compiled: dict[int, tuple[str, tuple[str, ...] | None, dict[str, Any]]] = {}
        sqlite = engine.dialect.name == "sqlite"
        # SQLite: take the write lock at BEGIN, so two processes never both read and then wait to write.
        self._begin = "BEGIN IMMEDIATE" if sqlite else "BEGIN"
        self._autocommit = not sqlite  # pysqlite is put in autocommit by the engine's connect hook
        self.integrity_error: type[Exception] = engine.dialect.loaded_dbapi.IntegrityError

    def _new(self) -> Any:
        fairy = self._engine.raw_connection()  # runs the engine's connect hooks (SQLite's pragmas)
        conn: Any = fairy.driver_connection
        fairy.detach()  # kept here, not in the engine's pool
        if self._autocommit:
            conn.autocommit = True  # transactions are begun explicitly, below
        return conn

    @contextmanager
    def _connection(self) -> Iterator[Any]:
        """This thread's transaction's connection, or an idle one for one statement."""
        in_transaction = getattr(self._local, "conn", None)
        if in_transaction is not None:
            yield in_transaction
            return
        try:
            conn = self._idle.get_nowait()
        except queue.Empty:
            conn = self._new()
        try:
            yield conn
        except self.integrity_error:
            self._release(conn)
            raise
        except BaseException:
            conn.close()  # it may be broken; a new one replaces it
            raise
        self._release(conn)

    def _release(self, conn: Any) -> None:
        if self._idle.qsize() < _MAX_IDLE:
            self._idle.put(conn)
        else:
            conn.close()

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
        with self._connection() as conn:
            cursor = conn.cursor()
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
        with self._connection() as conn:
            cursor = conn.cursor()
            try:
                cursor.executemany(
                    sql, params if order is None else [tuple(p[n] for n in order) for p in params]
                )
            finally:
                cursor.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything run in the block on this thread is written together, or nothing is."""
        with self._connection() as conn:
            conn.execute(self._begin)
            self._local.conn = conn
            try:
                yield
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            finally:
                self._local.conn = None
            conn.execute("COMMIT")

    def close(self) -> None:
        """Close the idle connections."""
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return
