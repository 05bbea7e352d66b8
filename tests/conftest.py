"""Fixtures every test package can ask for: a PostgreSQL server, started once per run when first needed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.postgres import postgres_cluster


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A URL of a throw-away PostgreSQL database, for the whole test run."""
    with postgres_cluster() as url:
        yield url
