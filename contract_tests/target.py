"""The server under test: a live server named by environment variables, or the in-process mock.

Live mode needs nothing from ``mock_server``: only a base URL and two users' bearer tokens. The in-process
mock is imported lazily (:mod:`contract_tests.inprocess`), only when no ``CONTRACT_BASE_URL`` is set.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import requests

__all__ = [
    "BASE_URL_ENV",
    "OTHER_TOKEN_ENV",
    "TOKEN_ENV",
    "ApiError",
    "SeedingError",
    "Target",
    "path_of",
    "target_from_env",
]

BASE_URL_ENV = "CONTRACT_BASE_URL"
TOKEN_ENV = "CONTRACT_TOKEN"
OTHER_TOKEN_ENV = "CONTRACT_OTHER_TOKEN"


class ApiError(AssertionError):
    """A request made by a behavioural test did not get the status the contract requires."""


class SeedingError(RuntimeError):
    """Creating the data the tests start from failed: nothing was tested yet."""


def path_of(template: str, values: dict[str, str]) -> str:
    """``/chats/{session_id}`` with the values filled in (URL-quoted)."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", quote(str(value), safe=""))
    return template


@dataclass
class Target:
    """Where requests go, and as whom: ``token`` is the first user, ``other_token`` the second ("": none).

    ``app`` is the ASGI app for the in-process mock (schemathesis binds to it), None for a live server;
    ``renew`` gives the in-process mock fresh demo data.
    """

    base_url: str
    token: str
    other_token: str
    app: Any = None
    renew: Callable[[], None] | None = None
    _session: requests.Session | None = field(default=None, repr=False)

    @property
    def live(self) -> bool:
        return self.app is None

    def reset(self) -> None:
        """Start from the demo data again (in-process only; a live server keeps its state)."""
        if self.renew is not None:
            self.renew()

    def session(self) -> requests.Session:
        """A requests session for schemathesis (``session=``) and for the behavioural tests' requests.

        It sends no default ``Accept`` (requests' ``*/*``), because schemathesis lets a session's headers
        override the case's, and the hooks ask for ``Accept: application/jsonl`` through the case.
        """
        if self._session is None:
            if self.app is None:
                session = requests.Session()
            else:
                from schemathesis.python import asgi

                session = asgi.get_client(self.app)
            session.headers.clear()
            session.headers["User-Agent"] = "h2ogpte contract tests"
            self._session = session
        return self._session

    def call_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``case.call``: the session and, for a live server, the base URL."""
        kwargs: dict[str, Any] = {"session": self.session()}
        if self.live:
            kwargs["base_url"] = self.base_url
        return kwargs

    def send(self, token: str | None, method: str, path: str, **kwargs: Any) -> requests.Response:
        """One request to ``path`` (under the base URL) with ``token`` (None: no credentials)."""
        headers = {"Accept": "application/json", **kwargs.pop("headers", {})}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return self.session().request(method, self.base_url + path, headers=headers, timeout=60, **kwargs)


def target_from_env() -> Target:
    """The live server named by ``CONTRACT_BASE_URL`` and the two tokens, else the in-process mock."""
    base_url = os.environ.get(BASE_URL_ENV, "").strip().rstrip("/")
    token = os.environ.get(TOKEN_ENV, "").strip()
    other = os.environ.get(OTHER_TOKEN_ENV, "").strip()
    if base_url:
        if not token:
            raise RuntimeError(
                f"{BASE_URL_ENV} is set but {TOKEN_ENV} is not: live mode needs a bearer token"
            )
        # Without a second user's token the two-user tests are skipped, and say so.
        if token == other:
            raise RuntimeError(f"{TOKEN_ENV} and {OTHER_TOKEN_ENV} must belong to two different users")
        return Target(base_url=base_url, token=token, other_token=other)
    from .inprocess import in_process_target

    target: Target = in_process_target(token or None, other or None)
    return target
