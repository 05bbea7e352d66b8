"""An in-process client of a server built from settings, as the demo user."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from litestar import Litestar
from litestar.testing import TestClient

from mock_server import Settings, create_app
from tests._headers import USER

__all__ = ["demo_client"]


@contextmanager
def demo_client(settings: Settings) -> Iterator[TestClient[Litestar]]:
    """A server on ``settings`` (its store closed on leaving) and a client of it as the demo user."""
    with TestClient(create_app(settings)) as client:
        client.headers.update(USER)
        yield client
