"""Logging: a mock built inside another program's tests leaves that program's logging as it was, and still
reports an error it did not expect."""

from __future__ import annotations

import logging
import threading

import pytest
from litestar.testing import TestClient

from mock_server import API_PREFIX, Settings, create_app
from mock_server.store import InMemoryStore
from mock_server.testing import serve_in_thread
from tests._headers import ADMIN, USER


class _BrokenCount(InMemoryStore):
    def count_sessions(self, owner: str) -> int:
        raise RuntimeError("the disk is gone")


class _Kept(logging.Handler):
    closed = False

    def emit(self, record: logging.LogRecord) -> None:
        pass

    def close(self) -> None:
        self.closed = True
        super().close()


def test_building_and_serving_an_app_leaves_the_host_programs_logging_as_it_was() -> None:
    root, kept, library = logging.getLogger(), _Kept(), logging.getLogger("httpx")
    root.addHandler(kept)
    try:
        before = (root.level, list(root.handlers), library.isEnabledFor(logging.INFO))
        with serve_in_thread(create_app(Settings())):
            assert (root.level, list(root.handlers), library.isEnabledFor(logging.INFO)) == before
        assert not kept.closed
    finally:
        root.removeHandler(kept)


def test_building_apps_starts_no_thread() -> None:
    # Litestar's default logging starts a queue listener thread per app, which nothing ever stops.
    before = set(threading.enumerate())
    for _ in range(3):
        create_app(Settings())
    assert set(threading.enumerate()) - before == set()


def test_an_unexpected_error_is_a_500_in_the_specs_body_and_logged_with_its_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    app = create_app(Settings(), _BrokenCount())
    with TestClient(app) as http, caplog.at_level(logging.ERROR, logger="mock_server"):
        # A store given to the app is taken as it is: the reset brings in the demo users.
        http.post("/admin/state/reset", headers=ADMIN).raise_for_status()
        response = http.get(f"{API_PREFIX}/chats/count", headers=USER)
    assert response.status_code == 500
    body = response.json()
    assert (body["code"], body["message"]) == (500, "Internal server error")
    [record] = [r for r in caplog.records if r.name.startswith("mock_server")]
    assert record.getMessage() == f"unhandled error on GET {API_PREFIX}/chats/count"
    assert record.exc_info is not None and str(record.exc_info[1]) == "the disk is gone"
