"""The hot path of the SQL backend: statements written once in SQLAlchemy Core, compiled once per engine,
and run on DBAPI connections of a small pool of its own.

A request makes a few store calls, and through a pooled SQLAlchemy ``Connection`` each cost 100-300 µs,
most of it building, caching and checking out rather than in the database; this way one costs 5-10 µs
on SQLite. The statements stay dialect-neutral: SQLAlchemy compiles them for SQLite or PostgreSQL.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Engine
from sqlalchemy.sql import ClauseElement

from .text import without_nul

__all__ = ["Prepared"]

R = TypeVar("R")

# Connections kept open between calls; more are opened under load and closed once done.
_MAX_IDLE = 8


class _Compiled(NamedTuple):
    sql: str
    order: tuple[str, ...] | None  # the parameters' order, for a driver that takes them by position
    fixed: dict[str, Any]  # the values the statement sets itself
    returns_rows: bool  # known here: psycopg builds cursor.description anew at each call (3 µs)


def _fetch(cursor: Any, sql: str, values: Any, returns_rows: bool) -> list[Any]:
    cursor.execute(sql, values)
    return cursor.fetchall() if returns_rows else []


class Prepared:
    """Runs prebuilt statements on DBAPI connections kept in a small idle pool of its own, each in autocommit,
    with explicit transactions."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._local = threading.local()  # the cursor of a transaction in progress on this thread
        self._idle: list[Any] = []
        self._compiled: dict[int, _Compiled] = {}
        sqlite = engine.dialect.name == "sqlite"
        # SQLite: take the write lock at BEGIN, so two processes never both read and then wait to write.
        self._begin = "BEGIN IMMEDIATE" if sqlite else "BEGIN"
        self._autocommit = not sqlite  # pysqlite is put in autocommit by the engine's connect hook
        self._binary = not sqlite
        # Whether a statement costs a trip to a server: then one query that reads more beats two (SQLite's
        # calls stay in process, where two plain queries cost less than one that joins).
        self.round_trips = not sqlite
        self.integrity_error: type[Exception] = engine.dialect.loaded_dbapi.IntegrityError

    def _new(self) -> Any:
        """A new connection and the one cursor it runs everything on (a cursor per call costs more)."""
        fairy = self._engine.raw_connection()  # runs the engine's connect hooks (SQLite's pragmas)
        conn: Any = fairy.driver_connection
        fairy.detach()  # kept here, not in the engine's pool
        if self._autocommit:
            conn.autocommit = True  # transactions are begun explicitly, below
        if not self._binary:
            return conn.cursor()
        # PostgreSQL rows in binary: a bytea body arrives as its bytes, not as hex text twice its size.
        cursor = conn.cursor(binary=True)
        # Each statement here is a lookup by key or a walk of one index, whose plan does not depend on the
        # values. Left to choose, PostgreSQL planned a page of sessions anew at every run (a LIMIT taken
        # as a parameter looks costlier in the generic plan): 40 µs of the 150 the query took.
        if conn.info.server_version >= 120000:  # the setting is PostgreSQL 12's
            cursor.execute("SET plan_cache_mode = force_generic_plan")
        return cursor

    def _checkout(self) -> Any:
        """The cursor of an idle connection, or of a new one."""
        try:
            return self._idle.pop()  # atomic: the list needs no lock of its own
        except IndexError:
            return self._new()

    def _on(self, run: Callable[[Any], R]) -> R:
        """``run`` on the cursor of this thread's transaction, or of an idle connection for one statement."""
        in_transaction = self._local.__dict__.get("cursor")
        if in_transaction is not None:
            return run(in_transaction)
        cursor = self._checkout()
        try:
            result = run(cursor)
        except BaseException as error:
            self._give_back(cursor, error)
            raise
        self._release(cursor)
        return result

    def _give_back(self, cursor: Any, error: BaseException) -> None:
        """After a failed statement: a refused one leaves a sound connection; anything else may not have."""
        if isinstance(error, self.integrity_error):
            self._release(cursor)
        else:
            cursor.connection.close()  # a new one replaces it

    def _release(self, cursor: Any) -> None:
        if len(self._idle) < _MAX_IDLE:
            self._idle.append(cursor)
        else:
            cursor.connection.close()

    def _sql(self, statement: ClauseElement) -> _Compiled:
        """The statement compiled for this engine."""
        # Keyed by identity: the statements are module constants, built once.
        found = self._compiled.get(id(statement))
        if found is None:
            compiled: Any = statement.compile(dialect=self._engine.dialect)  # a SQLCompiler
            writes = compiled.isinsert or compiled.isupdate or compiled.isdelete
            found = self._compiled[id(statement)] = _Compiled(
                compiled.string,
                tuple(compiled.positiontup or ()) if compiled.positional else None,
                {k: v for k, v in compiled.params.items() if v is not None},
                not writes or bool(compiled.effective_returning),
            )
        return found

    def rows(self, statement: ClauseElement, params: Mapping[str, Any]) -> list[Any]:
        """Run a statement; its rows, if it returns any."""
        sql, order, fixed, returns_rows = self._sql(statement)
        if fixed:
            params = {**fixed, **params}
        values = without_nul(params if order is None else tuple(params[name] for name in order))
        return self._on(lambda cursor: _fetch(cursor, sql, values, returns_rows))

    def scalar(self, statement: ClauseElement, params: Mapping[str, Any]) -> Any:
        """The first column of the first row, or None."""
        found = self.rows(statement, params)
        return found[0][0] if found else None

    def many(self, statement: ClauseElement, params: Sequence[Mapping[str, Any]]) -> None:
        """Run a statement once per parameter set."""
        if not params:
            return
        sql, order, fixed, _ = self._sql(statement)
        if fixed:
            params = [{**fixed, **p} for p in params]
        values = without_nul(params if order is None else [tuple(p[n] for n in order) for p in params])

        self._on(lambda cursor: cursor.executemany(sql, values))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything run in the block on this thread is written together, or nothing is."""
        cursor = self._checkout()
        try:
            cursor.execute(self._begin)
            self._local.cursor = cursor
            try:
                yield
            except BaseException:
                cursor.execute("ROLLBACK")
                raise
            finally:
                self._local.cursor = None
            cursor.execute("COMMIT")
        except BaseException as error:
            self._give_back(cursor, error)
            raise
        self._release(cursor)

    def checkpoint(self) -> object:
        """Copy SQLite's write-ahead log into the database file, as far as no reader or writer stands in the
        way (``PASSIVE`` waits for neither); return the log's size and how much of it is copied."""
        return self._on(lambda cursor: cursor.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall())

    def close(self) -> None:
        """Close the idle connections."""
        while self._idle:
            self._idle.pop().connection.close()
