"""Fill a store from a fixture file, and write a store's whole state back out as one.

A fixture is either written by hand (chat sessions give ``questions``, answered again on load) or
exported (sessions give their ``messages`` verbatim, and every record carries every field), so that
loading an export into an empty server gives the same state and the same export.
"""

from .export import export_fixture
from .format import MAX_IDS_DRAWN, Fixture
from .load import (
    DEMO_FIXTURE,
    add_settings_users,
    fixture_snapshot,
    load_fixture,
    load_fixture_file,
    read_fixture,
)

__all__ = [
    "DEMO_FIXTURE",
    "MAX_IDS_DRAWN",
    "Fixture",
    "add_settings_users",
    "export_fixture",
    "fixture_snapshot",
    "load_fixture",
    "load_fixture_file",
    "read_fixture",
]
