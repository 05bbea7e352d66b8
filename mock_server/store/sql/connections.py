"""Connections and transactions of the SQL backend, and the small helpers every query uses."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, insert
from sqlalchemy.exc import IntegrityError

from ..base import DuplicateId
from .codec import decode

__all__ = ["Connections"]

R = TypeVar("R")


class Connections:
    """An engine, with one short transaction per store call."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

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

    def _one(self, query: Any, type_: type[R]) -> R | None:
        with self._read() as conn:
            body = conn.execute(query).scalar()
        return None if body is None else decode(body, type_)

    def _count(self, query: Any) -> int:
        with self._read() as conn:
            return int(conn.execute(query).scalar_one())
