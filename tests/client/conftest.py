"""The generated client against the real mock server, in process: what the client tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from gpte_client import AuthenticatedClient
from mock_server import DEMO_TOKEN, Settings, create_app
from tests._headers import USER

from ._server import BASE_URL


@pytest.fixture
def app() -> Litestar:
    return create_app(Settings())


@pytest.fixture
def api(app: Litestar) -> Iterator[AuthenticatedClient]:
    """The demo user's client, its requests served by ``app`` without a socket."""
    client = AuthenticatedClient(base_url=BASE_URL, token=DEMO_TOKEN)
    with TestClient(app, base_url=BASE_URL) as transport:
        transport.headers.update(USER)
        client.set_httpx_client(transport)
        yield client
