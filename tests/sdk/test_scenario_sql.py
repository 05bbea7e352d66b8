"""The sync SDK's application run against a mock on each SQL backend, which must serve it as memory does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mock_server import Settings, create_app
from mock_server.pytest_plugin import MockAdmin, MockServer
from mock_server.testing import serve_in_thread
from tests.postgres import new_postgres_database

from .test_scenario_sync import run_application


@pytest.fixture(params=["sqlite", "postgresql"])
def mock_on_sql(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[MockServer]:
    """A mock with the demo data on a new SQLite file or PostgreSQL database, served until the test ends."""
    if request.param == "sqlite":
        settings = Settings(data=tmp_path / "mock.db")
    else:
        settings = Settings(database_url=new_postgres_database(request.getfixturevalue("postgres_url")))
    with serve_in_thread(create_app(settings)) as url:
        yield MockServer(url, MockAdmin(url, settings.admin_token))


def test_an_application_runs_unchanged_on_a_sql_backend(mock_on_sql: MockServer, tmp_path: Path) -> None:
    run_application(mock_on_sql, tmp_path)
