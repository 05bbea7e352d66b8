"""What the admin API changes while a server runs: its data, its fault policy, and what it reports."""

from __future__ import annotations

from ..control import Controls, Policy
from ..requestlog import RequestEntry, RequestLog
from ..seeding import Fixture, export_fixture, load_fixture, read_fixture
from ..services import build_services
from ..settings import Settings
from ..store import InMemoryStore
from .catalogue import CataloguedStore

__all__ = ["Runtime"]


class Runtime:
    """The current services over one store, replaced whole on reset or load so ids start over.

    The store object itself stays (authentication reads it from the app's state); only its content
    and the services built on it change.
    """

    def __init__(
        self, settings: Settings, store: CataloguedStore, controls: Controls, log: RequestLog, seeded: bool
    ) -> None:
        self._settings = settings
        self._store = store
        self.controls = controls
        self.log = log
        if seeded:
            self._fill(read_fixture(settings))
        else:
            self.services = build_services(store, settings.seed)

    def reset(self) -> None:
        """Go back to the settings' fixture (or the demo data) and restart the id and fault sequences."""
        self._store.clear()
        self._fill(read_fixture(self._settings))
        self.controls.reseed()

    def load(self, fixture: Fixture) -> None:
        """Replace all data by ``fixture`` (plus the settings' extra tokens), or raise ``BadRequest``
        and keep the current data if the fixture does not hold together."""
        # A trial load first, so a fixture that fails half-way leaves the server as it was.
        load_fixture(build_services(InMemoryStore(), self._settings.seed), fixture)
        self._store.clear()
        self._fill(fixture)
        self.controls.reseed()

    def _fill(self, fixture: Fixture) -> None:
        """Load ``fixture`` into the (empty) store through new services, then the settings' extra tokens."""
        self.services = build_services(self._store, self._settings.seed)
        load_fixture(self.services, fixture)
        for token, username in self._settings.tokens.items():
            self._store.add_user(username, token)

    def export(self) -> Fixture:
        """The data as a fixture that ``load`` takes back."""
        return export_fixture(self._store, self.services)

    def requests(self, limit: int) -> list[RequestEntry]:
        """The last ``limit`` requests, newest first."""
        return self.log.last(limit)

    def set_policy(self, policy: Policy) -> Policy:
        """Put a fault policy in force (``BadRequest`` if invalid) and return it."""
        return self.controls.replace(policy)
