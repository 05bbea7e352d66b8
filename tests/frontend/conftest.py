"""Fixtures for front-end tests: the page's own origin, Node and Chromium."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
FRONTEND = ROOT / "frontend"
CHROMIUM = Path("/usr/bin/chromium")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output clean."""


@pytest.fixture
def page_origin() -> Iterator[str]:
    """frontend/ served on a loopback port of its own: an origin other than the mock server's."""
    handler = functools.partial(_QuietHandler, directory=str(FRONTEND))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            thread.join(timeout=10)


@pytest.fixture
def node() -> str:
    """The Node.js executable, with the project's node_modules installed."""
    path = shutil.which("node")
    assert path, "node not found: install Node 20+"
    assert (ROOT / "node_modules" / "playwright-core").is_dir(), "node_modules missing: run scripts/bootstrap"
    return path


@pytest.fixture
def chromium() -> Path:
    """Debian's Chromium, which scripts/bootstrap installs."""
    assert CHROMIUM.exists(), (
        f"{CHROMIUM} missing: run scripts/bootstrap (as root) or apt-get install chromium"
    )
    return CHROMIUM
