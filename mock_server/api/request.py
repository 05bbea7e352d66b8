"""The request every ``/api/v1`` handler receives: who is asking, and what answers them."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, ParamSpec, TypeVar

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

    runtime: ClassVar[Runtime]
    """The server's runtime, on the class ``for_runtime`` makes: no look-up in the app's state per request."""

    @classmethod
    def for_runtime(cls, runtime: Runtime) -> type[ApiRequest]:
        """The request class of one app, whose requests all use ``runtime``."""
        return type(cls.__name__, (cls,), {"__slots__": (), "runtime": runtime})

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
        runtime = self.runtime
        if not runtime.store.blocking:
            return fn(*args, **kwargs)  # the in-memory and SQLite paths: no further await
        return await runtime.call(fn, *args, **kwargs)
