"""The request every ``/api/v1`` handler receives: who is asking, and what answers them."""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

from litestar import Request
from litestar.datastructures import State

from ..runtime import Runtime
from ..services import Services
from ..settings import Settings

__all__ = ["ApiRequest"]

P = ParamSpec("P")
T = TypeVar("T")


class ApiRequest(Request[str, str, State]):
    """A request that authentication let through: ``user`` is the caller's username.

    Handlers reach the services through it rather than through Litestar's dependency injection,
    which costs more per request than most of the handlers' own work.
    """

    __slots__ = ()

    @property
    def runtime(self) -> Runtime:
        """The server's runtime."""
        runtime: Runtime = self.app.state.runtime
        return runtime

    @property
    def services(self) -> Services:
        """The services in force; the admin API replaces them on reset and load."""
        return self.runtime.services

    @property
    def settings(self) -> Settings:
        """The server's settings."""
        return self.runtime.settings

    async def run(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Call a service: here, or in a worker thread when the store waits on a network."""
        runtime: Runtime = self.app.state.runtime
        if not runtime.store.blocking:
            return fn(*args, **kwargs)  # the in-memory and SQLite paths: no further await
        return await runtime.call(fn, *args, **kwargs)
