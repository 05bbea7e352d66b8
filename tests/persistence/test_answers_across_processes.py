"""A stream served by one process is stopped, paused and resumed through another process on the same store:
the control travels through the store, which the stream polls."""

from __future__ import annotations

import json
import queue
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests._headers import USER
from tests.postgres import new_postgres_database

from ._servers import server_process

QUESTION = "Summarise the vacation policy, the carry-over rules and how to request time off."
_WATCH_SECONDS = 0.5


def _stream(url: str, session_id: str, lines: queue.Queue[dict[str, Any] | None]) -> None:
    headers = {**USER, "Accept": "application/jsonl"}
    body = {"message": QUESTION}
    with httpx.stream(
        "POST", f"{url}/chats/{session_id}/completions", json=body, headers=headers, timeout=30
    ) as r:
        for line in r.iter_lines():
            if line.strip():
                lines.put(json.loads(line))
    lines.put(None)


def _rest(lines: queue.Queue[dict[str, Any] | None]) -> list[dict[str, Any]]:
    found = []
    while (line := lines.get(timeout=30)) is not None:
        found.append(line)
    return found


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_control_given_to_another_process_reaches_the_stream(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if backend == "sqlite":
        storage = ["--data", str(tmp_path / "mock.db")]
    else:
        storage = ["--database-url", new_postgres_database(request.getfixturevalue("postgres_url"))]
    paced = ["--tokens-per-second", "40"]
    with (
        server_process(*storage, *paced) as one,
        server_process(*storage, *paced) as other,
        httpx.Client(base_url=other.url, headers=USER, timeout=30) as b,
    ):
        collection = b.get("/collections", params={"name_filter": "handbook"}).json()[0]["id"]
        session = b.post("/chats", params={"collection_id": collection}).json()["id"]
        lines: queue.Queue[dict[str, Any] | None] = queue.Queue()
        reader = threading.Thread(target=_stream, args=(one.url, session, lines), daemon=True)
        reader.start()
        first = lines.get(timeout=30)
        assert first is not None and not first["finished"]
        question = next(m for m in b.get(f"/chats/{session}/messages").json() if m["reply_to"] is None)
        assert b.post(f"/messages/{question['id']}/pause").status_code == 204
        held: list[dict[str, Any]] = []
        try:
            while (line := lines.get(timeout=_WATCH_SECONDS)) is not None:
                # The pause reaches the other process within its poll: a few lines may still come.
                assert not line["finished"], "a paused stream ended"
                held.append(line)
            pytest.fail("a paused stream ended")
        except queue.Empty:
            pass
        assert b.post(f"/messages/{question['id']}/resume").status_code == 204
        assert b.post(f"/messages/{question['id']}/stop").status_code == 204
        sent = [first, *held, *_rest(lines)]
        reader.join(timeout=30)
        assert sent[-1]["finished"] is True and sent[-1]["message_id"]
        text = "".join(line["body"] for line in sent)
        stored = b.get(f"/chats/{session}/messages", params={"limit": 1}).json()[0]
        assert stored["id"] == sent[-1]["message_id"] and stored["content"] == text
        whole = b.post("/chats", params={"collection_id": collection}).json()["id"]
        full = b.post(f"/chats/{whole}/completions", json={"message": QUESTION}).json()["body"]
        assert full.startswith(text) and text != full
