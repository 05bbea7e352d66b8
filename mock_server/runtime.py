"""What a request needs while a server runs: its store, services, fault controls, request log and settings.

Owned by the app; the API reads the services through it and the admin API changes the data through it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import ParamSpec, TypeVar

import anyio
import msgspec

from .control import Controls, Policy
from .http.tokens import TokenCache
from .requestlog import RequestEntry, RequestLog
from .seeding import Fixture, add_settings_users, export_fixture, fixture_snapshot, load_fixture_file
from .services import Services, build_services
from .settings import Settings
from .store import Store
from .store.workers import call_store

__all__ = ["Runtime"]

P = ParamSpec("P")
T = TypeVar("T")


class Runtime:
    """The services over one store; reset and load replace the store's content through ``replace_all``."""

    def __init__(self, settings: Settings, store: Store, controls: Controls, log: RequestLog) -> None:
        self.settings = settings
        self.store = store
        self.controls = controls
        self.log = log
        self.services: Services = build_services(store, settings)
        self.tokens = TokenCache()

    async def call(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``fn`` here, or in a worker thread when the store waits on a network (the loop never does)."""
        return await call_store(self.store, fn, *args, **kwargs)

    @asynccontextmanager
    async def job_timer(self) -> AsyncIterator[None]:
        """While the block runs, run the jobs whose time has come, a few times per job time."""
        interval = min(max(self.settings.job_seconds / 20, 0.01), 0.25)

        async def tick() -> None:
            while True:
                await anyio.sleep(interval)
                # Looked up each time: a reset or load replaces the services.
                await self.call(self.services.jobs.run_due)

        async with anyio.create_task_group() as group:
            group.start_soon(tick)
            yield
            group.cancel_scope.cancel()

    def seed(self) -> None:
        """Fill the store with the settings' fixture (or the demo data), then add the settings' tokens."""
        load_fixture_file(self.store, self.settings)

    def add_tokens(self) -> None:
        """Let the settings' extra tokens in, and declare the settings' groups."""
        add_settings_users(self.store, self.settings)

    def reset(self, seed: int | None = None) -> None:
        """Go back to the start-up data; restart the id (from ``seed`` if given) and fault sequences."""
        if seed is not None:
            self.settings = msgspec.structs.replace(self.settings, seed=seed)
        self.seed()
        self._restart()

    def load(self, fixture: Fixture) -> None:
        """Replace all data by ``fixture`` (plus the settings' extra tokens), or raise ``BadRequest``
        and keep the current data if the fixture does not hold together."""
        self.store.replace_all(fixture_snapshot(fixture, self.settings))
        self.add_tokens()
        self._restart()

    def _restart(self) -> None:
        # New services: their caches (search indexes) belonged to the data that was replaced.
        self.services = build_services(self.store, self.settings)
        self.tokens.clear()
        self.controls.reseed()

    def export(self) -> Fixture:
        """The data as a fixture that ``load`` takes back."""
        return export_fixture(self.store.snapshot())

    def requests(self, limit: int) -> list[RequestEntry]:
        """The last ``limit`` requests, newest first."""
        return self.log.last(limit)

    def set_policy(self, policy: Policy) -> Policy:
        """Put a fault policy in force (``BadRequest`` if invalid) and return it."""
        return self.controls.replace(policy)
