"""Fixtures every test package can ask for (a PostgreSQL server, started once per run when first needed),
and the order in which the whole run's modules are handed to the workers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.postgres import postgres_cluster


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A URL of a throw-away PostgreSQL database, for the whole test run."""
    with postgres_cluster() as url:
        yield url


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Modules with a test marked ``slow`` first, the rest in their order: ``scripts/test`` hands whole
    modules to the workers in this order (``--dist loadfile --no-loadscope-reorder``), so a module of many
    minutes starts at once instead of last, where its worker would run on alone."""
    slow = {item.path for item in items if item.get_closest_marker("slow") is not None}
    items.sort(key=lambda item: item.path not in slow)
