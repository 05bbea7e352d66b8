"""The /docs page in headless Chromium: a streamed completion tried from Swagger UI shows its lines as they
arrive, with the demo token already entered, and nothing loaded from outside the mock."""

from __future__ import annotations

import json
import os
import subprocess
from itertools import pairwise
from pathlib import Path
from typing import Any

import httpx
import pytest

from mock_server import Settings, create_app
from mock_server.testing import serve_in_thread
from tests._headers import USER

from .conftest import FRONTEND, ROOT

pytestmark = pytest.mark.npm

QUESTION = "How many vacation days do new employees get?"


def _drive(node: str, chromium: Path, server: str, session_id: str) -> dict[str, Any]:
    result = subprocess.run(
        [node, str(FRONTEND / "check-docs-stream.mjs"), server, session_id, QUESTION],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "CHROMIUM": str(chromium)},
        check=False,
    )
    assert result.returncode == 0, f"browser check failed:\n{result.stdout}\n{result.stderr}"
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_docs_show_a_streamed_completion_line_by_line(node: str, chromium: Path) -> None:
    # About 20 lines a second: a stream of a few dozen lines takes a second or two.
    with (
        serve_in_thread(create_app(Settings(tokens_per_second=20))) as server,
        httpx.Client(base_url=server, headers=USER) as http,
    ):
        session_id = http.post("/api/v1/chats").json()["id"]
        report = _drive(node, chromium, server, session_id)
        stored = http.get(f"/api/v1/chats/{session_id}/messages").json()[0]

    assert report["foreign"] == [], "the page loaded something from outside the mock"
    assert report["state"] == "done"
    streaming = [s["lines"] for s in report["samples"] if s["state"] == "streaming"]
    growth = sum(1 for before, after in pairwise(streaming) if after > before)
    assert growth >= 3, f"the panel grew only {growth} times while streaming: {streaming}"
    assert streaming == sorted(streaming) and max(streaming) < report["lines"]
    assert report["text"] == stored["content"]
    # Swagger UI's own response view shows every line, parsed, instead of "can't parse JSON".
    lines = json.loads(report["responseBody"])
    assert len(lines) == report["lines"] and lines[-1]["finished"] is True
    assert lines[-1]["message_id"] == stored["id"]
