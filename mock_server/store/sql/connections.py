"""Connections and transactions of the SQL backend, and the small helpers every query uses."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, insert
from sqlalchemy.exc import IntegrityError

from ..base import DuplicateId
from .codec import decode
from .prepared import Prepared

__all__ = ["Connections"]

R = TypeVar("R")


class Connections:
    """An engine, with one short transaction per store call."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._fast = Prepared(engine)

    def _by_id(self, statement: Any, record_id: str, type_: type[R]) -> R | None:
        body = self._fast.scalar(statement, {"p_id": record_id})
        return None if body is None else decode(body, type_)

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._engine.connect() as conn:
            yield conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One transaction: everything in the block is written, or nothing."""
        with self._engine.connect() as conn:
            conn = conn.execution_options(mock_write=True)
            with conn.begin():
                yield conn

    def _insert(
        self,
        table: Any,
        row: dict[str, Any],
        what: str,
        extra: Sequence[tuple[Any, list[dict[str, Any]]]] = (),
    ) -> None:
        try:
            with self._write() as conn:
                conn.execute(insert(table), row)
                for other, rows in extra:
                    if rows:
                        conn.execute(insert(other), rows)
        except IntegrityError:
            raise DuplicateId(f"{what} {row['id']} exists") from None
