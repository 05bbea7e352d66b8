"""Fixtures for server tests: a server with the demo data as at start-up, and clients bound to it."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import ExitStack

import httpx
import pytest
from litestar import Litestar
from litestar.testing import TestClient

from gpte_client import AuthenticatedClient
from mock_server import API_PREFIX, DEMO_TOKEN, Settings, create_app
from mock_server.testing import serve_in_thread
from tests._headers import USER

from ._apps import restore, shared_app
from ._faults import Live

BASE_URL = "http://testserver.local"


@pytest.fixture
def live() -> Iterator[Live]:
    """Serve an app with the given settings on a real socket (a streamed body needs one); give a client."""
    with ExitStack() as stack:

        def start(settings: Settings) -> httpx.Client:
            base = stack.enter_context(serve_in_thread(create_app(settings)))
            return stack.enter_context(httpx.Client(base_url=base, headers=USER, timeout=10))

        yield start


@pytest.fixture
def unused_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def _apps(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Litestar]]:
    """One server per backend for a worker's whole run, built when a test first asks for it.

    Building an app costs about 0.4 s (Litestar registers every handler anew), resetting one about 0.01 s,
    and some 300 tests take the ``app`` fixture on each of two backends."""
    apps: dict[str, Litestar] = {}

    def app_on(backend: str) -> Litestar:
        if backend not in apps:
            folder = tmp_path_factory.mktemp("app")
            settings = Settings() if backend == "memory" else Settings(data=folder / "mock.db")
            apps[backend] = shared_app(settings)
        return apps[backend]

    yield app_on
    for app in apps.values():
        app.state.store.close()


@pytest.fixture(params=["memory", "sqlite"])
def app(request: pytest.FixtureRequest, _apps: Callable[[str], Litestar]) -> Litestar:
    """A server with the bundled demo data, as at its start-up, for each test: in memory, then on SQLite."""
    return restore(_apps(request.param))


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
