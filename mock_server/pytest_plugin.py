"""A pytest plugin: the mock server for tests of applications that use the vendor SDK (``h2ogpte``).

Installed with the mock (entry point ``pytest11``), so its fixtures are there without a ``conftest.py``:

- ``h2ogpte_mock``: the running mock, reset to its start-up data and fault settings before each test;
  ``url`` is the address for ``H2OGPTE(address=...)``, ``api_key`` a user's key, ``admin`` the handle
  that resets, loads a fixture, exports, and sets faults.
- ``h2ogpte_mock_server``: the same server, shared by the whole session and never reset.
- ``h2ogpte_mock_settings``: the server's ``Settings``; override it (session-scoped) in a
  ``conftest.py`` to start from your own fixture file, other tokens, or a pace.

The server runs in a thread of the test process on a free loopback port, so the SDK talks to it over
real sockets (REST, ``/rpc`` and the WebSocket) exactly as it would to h2oGPTe. The admin handle uses
only the standard library, over HTTP, so it works the same against a mock started elsewhere.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .settings import Settings

__all__ = [
    "MockAdmin",
    "MockAdminError",
    "MockServer",
    "h2ogpte_mock",
    "h2ogpte_mock_server",
    "h2ogpte_mock_settings",
]

_TIMEOUT = 60.0


class MockAdminError(RuntimeError):
    """The admin API refused a call; the message is its status and Error body."""


class MockAdmin:
    """The mock's admin API (``/admin``): reset, load and export the data, read requests, set faults."""

    def __init__(self, url: str, token: str) -> None:
        self.url = url.rstrip("/")
        self._token = token

    def reset(self) -> None:
        """Go back to the start-up data; ids and fault draws start over."""
        self._call("POST", "/admin/state/reset")

    def load(self, fixture: Mapping[str, Any]) -> None:
        """Replace all data by ``fixture`` (the format of ``--fixtures`` files and of ``export()``)."""
        self._call("POST", "/admin/state", fixture)

    def export(self) -> dict[str, Any]:
        """All data, as a fixture that ``load`` takes back."""
        exported: dict[str, Any] = self._call("GET", "/admin/state")
        return exported

    def faults(self) -> dict[str, Any]:
        """The latency and fault settings in force."""
        policy: dict[str, Any] = self._call("GET", "/admin/faults")
        return policy

    def set_faults(self, policy: Mapping[str, Any]) -> None:
        """Put fault settings in force, e.g. ``{"stream_fault": {"kind": "error", "after_lines": 2}}``;
        sections left out go back to their defaults."""
        self._call("PUT", "/admin/faults", policy)

    def requests(self, limit: int = 100) -> list[dict[str, Any]]:
        """The last ``limit`` requests, newest first."""
        entries: list[dict[str, Any]] = self._call("GET", f"/admin/requests?limit={limit}")
        return entries

    def api_key_for(self, username: str) -> str:
        """A bearer token (API key) of ``username``, as the data in force declares it."""
        for user in self.export()["users"]:
            if user["username"] == username:
                return str(user["token"])
        raise KeyError(f"no user {username!r} in the mock's data")

    def _call(self, method: str, path: str, body: Mapping[str, Any] | None = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method)
        request.add_header("Authorization", f"Bearer {self._token}")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:
                content = response.read()
        except urllib.error.HTTPError as exc:
            raise MockAdminError(
                f"{method} {path}: {exc.code} {exc.read().decode(errors='replace')}"
            ) from None
        return json.loads(content) if content else None


class MockServer:
    """A running mock: its address, an API key (of the data's first user: ``demo-token`` with the demo
    data), and its admin handle."""

    def __init__(self, url: str, admin: MockAdmin) -> None:
        self.url = url
        self.admin = admin
        users = admin.export()["users"]
        self.api_key: str = users[0]["token"] if users else ""
        self._start_faults = admin.faults()

    def restart(self) -> None:
        """Back to the start-up data and fault settings (ids and fault draws start over too)."""
        self.admin.set_faults(self._start_faults)
        self.admin.reset()

    def __repr__(self) -> str:
        return f"MockServer(url={self.url!r})"


@pytest.fixture(scope="session")
def h2ogpte_mock_settings() -> Settings:
    """The mock's settings: the demo data and default options. Override in a ``conftest.py`` to change."""
    from .settings import Settings

    return Settings()


@pytest.fixture(scope="session")
def h2ogpte_mock_server(h2ogpte_mock_settings: Settings) -> Iterator[MockServer]:
    """One mock for the session, on a free loopback port, in a thread of this process."""
    from .app import create_app
    from .testing import serve_in_thread

    with serve_in_thread(create_app(h2ogpte_mock_settings)) as url:
        yield MockServer(url, MockAdmin(url, h2ogpte_mock_settings.admin_token))


@pytest.fixture
def h2ogpte_mock(h2ogpte_mock_server: MockServer) -> MockServer:
    """The session's mock, with its start-up data and fault settings back before the test."""
    h2ogpte_mock_server.restart()
    return h2ogpte_mock_server
