"""On a database across a network, what a session view or a page of messages needs is one query."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from mock_server.store.sql import SqlStore

from ._records import collection, message, session
from .conftest import empty_postgres


@pytest.fixture
def counted(postgres_url: str) -> Iterator[tuple[SqlStore, list[Any]]]:
    """A PostgreSQL store with data, and the statements it runs from then on."""
    store, _ = SqlStore.open(empty_postgres(postgres_url))
    store.add_collection(collection("c1"))
    store.add_session(session("s", collection="c1"))
    store.add_messages([message(f"m{i}", "s", i) for i in range(3)])
    statements: list[Any] = []
    run = store._fast.rows

    def counting(statement: Any, params: Any) -> list[Any]:
        statements.append(statement)
        return run(statement, params)

    store._fast.rows = counting  # type: ignore[method-assign]
    yield store, statements
    store.close()


def test_a_session_with_its_collection_is_one_query(counted: tuple[SqlStore, list[Any]]) -> None:
    store, statements = counted
    found = store.get_session_with_collection("s")
    assert found is not None and found[1] is not None and found[1].id == "c1"
    assert len(statements) == 1


def test_a_page_of_sessions_with_their_collections_is_one_query(counted: tuple[SqlStore, list[Any]]) -> None:
    store, statements = counted
    assert [(s.id, c.id if c else None) for s, c in store.list_sessions_with_collections("demo", 0, 5)] == [
        ("s", "c1")
    ]
    assert len(statements) == 1


def test_a_session_with_a_page_of_its_messages_is_one_query(counted: tuple[SqlStore, list[Any]]) -> None:
    store, statements = counted
    found = store.get_session_with_messages("s", 0, 2)
    assert found is not None and [m.id for m in found[1]] == ["m2", "m1"]
    assert len(statements) == 1
