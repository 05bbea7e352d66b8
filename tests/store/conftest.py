"""Store tests run against every backend listed here; a new backend joins by adding its factory."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mock_server.store import InMemoryStore, Store

BACKENDS: dict[str, Callable[[], Store]] = {"memory": InMemoryStore}


@pytest.fixture(params=sorted(BACKENDS))
def store(request: pytest.FixtureRequest) -> Store:
    """A fresh, empty store of each backend in turn."""
    return BACKENDS[request.param]()
