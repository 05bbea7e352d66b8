"""The bundled mock server as an in-process target (ASGI, no network): the default when no URL is set.

This is the only module of the contract tests that imports ``mock_server``, and only when it is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["in_process_target", "served"]

# The demo data's second user: nothing of the first user's is shared with them.
_OTHER_DEMO_TOKEN = "bob-token"


def in_process_target(token: str | None = None, other_token: str | None = None) -> Any:
    """A :class:`~contract_tests.target.Target` on a fresh in-process mock with the demo data."""
    from schemathesis.python import asgi

    from mock_server import API_PREFIX, DEMO_TOKEN, Settings, create_app

    from .target import Target

    settings = Settings()
    app = create_app(settings)
    runtime = app.state["runtime"]
    resets = 0

    def renew() -> None:
        # The start-up data again, as the admin API's reset gives it: about 0.02 s, where a new app (which the
        # suite would otherwise build for every test and scenario) costs 0.4 s on 2 cores. Each reset draws
        # ids from a new seed, so ids never repeat across tests or scenarios.
        nonlocal resets
        resets += 1
        runtime.reset(seed=settings.seed + resets)

    return Target(
        base_url=f"http://{asgi.HOST}{API_PREFIX}",
        token=token or DEMO_TOKEN,
        other_token=other_token or _OTHER_DEMO_TOKEN,
        app=app,
        renew=renew,
    )


@contextmanager
def served(target: Any) -> Iterator[str]:
    """The in-process target's app on a loopback port for tools that need a URL; yields the base URL."""
    from mock_server.testing import serve_in_thread

    with serve_in_thread(target.app) as url:
        yield url + target.base_url.removeprefix(f"http://{_asgi_host()}")


def _asgi_host() -> str:
    from schemathesis.python import asgi

    return asgi.HOST
