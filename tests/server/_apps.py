"""Servers shared by a worker's tests, and how each test gets one back as it was at start-up."""

from __future__ import annotations

from litestar import Litestar

from mock_server import Settings, create_app
from mock_server.app import initial_policy, open_store
from mock_server.runtime import Runtime

__all__ = ["restore", "shared_app"]


def shared_app(settings: Settings) -> Litestar:
    """A server over the store the settings name, which it leaves open when a client shuts it down."""
    return create_app(settings, open_store(settings)[0])


def restore(app: Litestar) -> Litestar:
    """Put back everything a test can change, as a new server has it: the fault policy, the request log,
    and (by the admin reset) the data, the id sequence and the faults' random sequence."""
    runtime: Runtime = app.state.runtime
    runtime.set_policy(initial_policy(runtime.settings))
    runtime.log.clear()
    runtime.reset()
    return app
