"""Fixtures for server tests: a fresh app with the demo data, and clients bound to it in-process."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from litestar import Litestar
from litestar.testing import TestClient

from gpte_client import AuthenticatedClient
from mock_server import API_PREFIX, DEMO_TOKEN, Settings, create_app
from tests._headers import USER

BASE_URL = "http://testserver.local"


@pytest.fixture
def unused_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(params=["memory", "sqlite"])
def app(request: pytest.FixtureRequest, tmp_path: Path) -> Litestar:
    """A server with the bundled demo data, new for each test: in memory, then on a new SQLite file."""
    if request.param == "memory":
        return create_app(Settings())
    return create_app(Settings(data=tmp_path / "mock.db"))


@pytest.fixture
def http(app: Litestar) -> Iterator[TestClient[Litestar]]:
    """A raw HTTP client authenticated as the demo user."""
    with TestClient(app, base_url=BASE_URL) as client:
        client.headers.update(USER)
        yield client


@pytest.fixture
def api(app: Litestar) -> Iterator[AuthenticatedClient]:
    """The generated client, sync, talking to the app in-process as the demo user."""
    client = AuthenticatedClient(base_url=BASE_URL + API_PREFIX, token=DEMO_TOKEN)
    # The generated client sends paths relative to its base URL, so the transport's base carries the prefix.
    with TestClient(app, base_url=BASE_URL + API_PREFIX) as transport:
        transport.headers.update(USER)
        client.set_httpx_client(transport)
        yield client


@pytest.fixture
async def async_api(app: Litestar) -> AsyncIterator[AuthenticatedClient]:
    """The generated client, async, over an ASGI transport as the demo user."""
    client = AuthenticatedClient(
        base_url=BASE_URL + API_PREFIX,
        token=DEMO_TOKEN,
        # Litestar types its ASGI callable more precisely than httpx accepts; the protocol is the same.
        httpx_args={"transport": httpx.ASGITransport(app=app)},  # type: ignore[arg-type]
    )
    async with client:
        yield client
