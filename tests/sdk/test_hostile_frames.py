"""Hostile frames on the SDK's WebSocket: any value in any field of a question gets either a whole answer
(``cx`` … ``ca``) or one ``ce`` naming the question, and the connection keeps answering."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from litestar import Litestar
from litestar.testing import TestClient
from litestar.testing.websocket_test_session import WebSocketTestSession

from contract_tests.profiles import ci_requested
from mock_server import Settings, create_app
from tests._headers import USER

EXAMPLES = 150 if ci_requested() else 25
FIELDS = [
    "t",
    "mode",
    "session_id",
    "correlation_id",
    "body",
    "system_prompt",
    "llm",
    "llm_args",
    "rag_config",
    "self_reflection_config",
    "include_chat_history",
    "tags",
    "metadata_filter",
]
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[TestClient[Litestar], str]]:
    """One server and one chat session for the module: hostile frames may add to it, never break it."""
    with TestClient(create_app(Settings())) as client:
        session = client.post("/api/v1/chats", headers=USER).json()
        yield client, session["id"]


def _frames_of_one_question(ws: WebSocketTestSession) -> list[dict[str, Any]]:
    frames = [json.loads(ws.receive_text())]
    while frames[0]["t"] == "cx" and frames[-1]["t"] not in ("ca", "ce"):
        frames.append(json.loads(ws.receive_text()))
    return frames


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(replaced=st.dictionaries(st.sampled_from(FIELDS), JSON_VALUES, max_size=4))
def test_any_question_gets_an_answer_or_one_error_frame(
    server: tuple[TestClient[Litestar], str], replaced: dict[str, Any]
) -> None:
    client, session_id = server
    frame = {"t": "cq", "session_id": session_id, "correlation_id": "c-1", "body": "Hello?", **replaced}
    frame["t"] = "cq"  # other kinds are skipped by design; this is about questions
    with client.websocket_connect(f"/ws?currentSessionID={session_id}", headers=USER) as ws:
        ws.send_text(json.dumps(frame))
        frames = _frames_of_one_question(ws)
        if frames[0]["t"] == "ce":
            assert len(frames) == 1 and frames[0]["error"]
            assert frames[0]["correlation_id"] == str(frame.get("correlation_id", ""))
        else:
            assert [f["t"] for f in frames[:1] + frames[-2:]] == ["cx", "cm", "ca"]
        follow_up = {"t": "cq", "session_id": session_id, "correlation_id": "c-2", "body": "Hi?"}
        ws.send_text(json.dumps(follow_up))
        assert _frames_of_one_question(ws)[-1]["t"] == "ca"
