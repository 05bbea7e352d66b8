"""Store tests run against every backend listed here; a new backend joins by adding its factory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from mock_server.store import InMemoryStore, Store
from mock_server.store.sql import SqlStore
from mock_server.store.sql.schema import metadata

BACKENDS = ("memory", "sqlite", "postgresql")


def empty_postgres(url: str) -> str:
    """``url`` with none of the mock's tables in it, for a test that starts from nothing."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    metadata.drop_all(engine)
    engine.dispose()
    return url


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty store of each backend in turn."""
    if request.param == "memory":
        yield InMemoryStore()
        return
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'mock.db'}"
    else:
        url = empty_postgres(request.getfixturevalue("postgres_url"))
    opened, fresh = SqlStore.open(url)
    assert fresh
    yield opened
    opened.close()


@pytest.fixture(params=("sqlite", "postgresql"))
def two_sql_stores(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[SqlStore, SqlStore, str]]:
    """Two stores on one new database, as two server processes have, and its URL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'mock.db'}"
    else:
        url = empty_postgres(request.getfixturevalue("postgres_url"))
    first, _ = SqlStore.open(url)
    second, _ = SqlStore.open(url)
    yield first, second, url
    first.close()
    second.close()
