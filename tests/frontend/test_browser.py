"""The chat page in headless Chromium, served from another origin, streams an answer from the mock."""

from __future__ import annotations

import json
import os
import subprocess
from itertools import pairwise
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from mock_server import DEMO_TOKEN, Settings, create_app
from mock_server.domain import split_pieces
from mock_server.testing import serve_in_thread
from tests._headers import ADMIN, USER

from .conftest import FRONTEND, ROOT

pytestmark = pytest.mark.npm

QUESTION = "What is the tea policy?"
ANSWER = (
    "Tea is free in every kitchen. Green tea steeps for two minutes at eighty degrees, black tea for "
    "four minutes at a rolling boil, and herbal blends for as long as you like. Please rinse your cup."
)
STREAM_SECONDS = 1.0


def _scenario(path: Path) -> Path:
    fixture = {
        "users": [{"username": "demo", "token": DEMO_TOKEN}],
        "documents": [
            {
                "id": "d1",
                "owner": "demo",
                "name": "kitchen.md",
                "type": "md",
                "created_at": "2026-11-01T00:00:00Z",
                "pages": ["# Kitchen\nTea is free in every kitchen. Please rinse your cup."],
            }
        ],
        "collections": [
            {
                "id": "c1",
                "owner": "demo",
                "name": "Office",
                "description": "House rules",
                "created_at": "2026-11-01T00:00:00Z",
                "document_ids": ["d1"],
            }
        ],
        "scripted_answers": [
            {
                "collection_id": "c1",
                "question": QUESTION,
                "answer": ANSWER,
                "references": [{"document_id": "d1", "chunk_id": 0}],
            }
        ],
    }
    path.write_text(json.dumps(fixture))
    return path


def _drive(node: str, chromium: Path, url: str) -> dict[str, Any]:
    result = subprocess.run(
        [node, str(FRONTEND / "check-streaming.mjs"), url, QUESTION],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=90,
        env={**os.environ, "CHROMIUM": str(chromium)},
        check=False,
    )
    assert result.returncode == 0, f"browser check failed:\n{result.stdout}\n{result.stderr}"
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_the_page_shows_the_answer_as_it_streams(
    tmp_path: Path, page_origin: str, node: str, chromium: Path
) -> None:
    # Paced so the whole answer takes about STREAM_SECONDS after its first line.
    pace = (len(split_pieces(ANSWER)) - 1) / STREAM_SECONDS
    app = create_app(Settings(fixtures=_scenario(tmp_path / "scenario.json"), tokens_per_second=pace))
    with serve_in_thread(app) as api, httpx.Client(base_url=api) as http:
        assert page_origin != api
        query = urlencode({"api": api, "token": DEMO_TOKEN, "collection": "c1"})
        report = _drive(node, chromium, f"{page_origin}/chat.html?{query}")

        assert report["state"] == "done", report["status"]
        streaming = [s["length"] for s in report["samples"] if s["state"] == "streaming"]
        growth = sum(1 for before, after in pairwise(streaming) if after > before)
        assert growth >= 3, f"the text grew only {growth} times while streaming: {streaming}"
        assert streaming == sorted(streaming) and 0 < max(streaming) < len(ANSWER)

        stored = http.get(f"/api/v1/chats/{report['sessionId']}/messages", headers=USER).json()[0]
        assert report["text"] == stored["content"] == ANSWER
        assert report["messageId"] == stored["id"]

        # Authorization and a JSON Content-Type make the browser ask first; the mock said yes.
        log = http.get("/admin/requests", headers=ADMIN).json()
        preflights = [e for e in log if e["method"] == "OPTIONS"]
        assert {e["path"] for e in preflights} == {
            "/api/v1/chats",
            f"/api/v1/chats/{report['sessionId']}/completions",
        }
        assert all(e["status"] == 204 for e in preflights)


def test_the_page_reports_a_broken_stream(
    tmp_path: Path, page_origin: str, node: str, chromium: Path
) -> None:
    from mock_server.control import StreamFault

    settings = Settings(
        fixtures=_scenario(tmp_path / "scenario.json"),
        tokens_per_second=50,
        stream_fault=StreamFault(kind="drop", after_lines=5),
    )
    with serve_in_thread(create_app(settings)) as api:
        query = urlencode({"api": api, "token": DEMO_TOKEN, "collection": "c1"})
        report = _drive(node, chromium, f"{page_origin}/chat.html?{query}")
    assert report["state"] == "error"
    assert report["text"] == "".join(split_pieces(ANSWER)[:5])
    assert report["messageId"] is None
