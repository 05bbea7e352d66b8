"""The request every ``/api/v1`` handler receives: who is asking, and what answers them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from litestar import Request
from litestar.datastructures import State

from ..services import Services
from ..settings import Settings

if TYPE_CHECKING:
    from ..admin import Runtime

__all__ = ["ApiRequest"]


class ApiRequest(Request[str, str, State]):
    """A request that authentication let through: ``user`` is the caller's username.

    Handlers reach the services through it rather than through Litestar's dependency injection,
    which costs more per request than most of the handlers' own work.
    """

    __slots__ = ()

    @property
    def services(self) -> Services:
        """The services in force; the admin API replaces them on reset and load."""
        runtime: Runtime = self.app.state.runtime
        return runtime.services

    @property
    def settings(self) -> Settings:
        """The server's settings."""
        settings: Settings = self.app.state.settings
        return settings
