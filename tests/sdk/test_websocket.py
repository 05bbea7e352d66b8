"""The SDK's WebSocket, frame by frame: what each frame carries, and that a question asked there is stored
exactly as the same question asked through ``POST /chats/{id}/completions``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from mock_server.pytest_plugin import MockServer

from ._frames import ask, frames_until_done, question, socket

HANDBOOK = "Employee Handbook"
VACATION = "How many vacation days do I get?"


@pytest.fixture
def rest(h2ogpte_mock: MockServer) -> Iterator[httpx.Client]:
    """The REST API as the mock's first user."""
    headers = {"Authorization": f"Bearer {h2ogpte_mock.api_key}"}
    with httpx.Client(base_url=f"{h2ogpte_mock.url}/api/v1", headers=headers) as client:
        yield client


def _collection_id(rest: httpx.Client, name: str) -> str:
    found = [c["id"] for c in rest.get("/collections", params={"limit": 100}).json() if c["name"] == name]
    assert len(found) == 1
    return str(found[0])


def _session(rest: httpx.Client, collection_id: str | None = None) -> str:
    params = {"collection_id": collection_id} if collection_id else {}
    response = rest.post("/chats", params=params, json={})
    assert response.status_code == 201
    return str(response.json()["id"])


def _messages(rest: httpx.Client, session_id: str) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = rest.get(f"/chats/{session_id}/messages").json()
    return messages


def test_a_question_is_acknowledged_streamed_as_deltas_and_stored_as_over_rest(
    h2ogpte_mock: MockServer, rest: httpx.Client
) -> None:
    collection_id = _collection_id(rest, HANDBOOK)
    session_id = _session(rest, collection_id)
    with socket(h2ogpte_mock.url, h2ogpte_mock.api_key, session_id) as ws:
        sent = question(session_id, VACATION)
        frames = ask(ws, sent)
    ack, *partials, meta, final = frames
    assert ack["t"] == "cx" and ack["correlation_id"] == sent["correlation_id"]
    assert (ack["session_id"], ack["username"], ack["body"]) == (session_id, "demo", VACATION)
    assert [f["t"] for f in partials] == ["cp"] * len(partials) and len(partials) > 1
    assert (meta["t"], final["t"]) == ("cm", "ca")
    assert all(f["reply_to_id"] == ack["message_id"] and f["error"] == "" for f in frames[1:])
    assert "".join(f["body"] for f in partials) == final["body"]

    answer, asked = _messages(rest, session_id)
    assert (asked["id"], asked["content"]) == (ack["message_id"], VACATION)
    assert (answer["id"], answer["content"], answer["reply_to"]) == (
        final["message_id"],
        final["body"],
        asked["id"],
    )
    stored_meta = rest.get(f"/messages/{answer['id']}/meta").json()
    assert sorted(meta["meta"], key=str) == sorted(stored_meta, key=str)

    # The same question through REST, in a second session on the same collection: the same answer,
    # references and metadata (ids and times aside).
    twin = _session(rest, collection_id)
    completion = rest.post(f"/chats/{twin}/completions", json={"message": VACATION}).json()
    assert completion["body"] == final["body"]
    ws_refs = rest.get(f"/messages/{answer['id']}/references").json()
    rest_refs = rest.get(f"/messages/{completion['message_id']}/references").json()
    assert ws_refs == rest_refs and ws_refs
    documents = {d["id"] for d in rest.get(f"/collections/{collection_id}/documents").json()}
    assert {r["document_id"] for r in ws_refs} <= documents
    assert sorted(rest.get(f"/messages/{completion['message_id']}/meta").json(), key=str) == sorted(
        stored_meta, key=str
    )


def test_one_connection_carries_several_questions_in_turn_and_at_once(
    h2ogpte_mock: MockServer, rest: httpx.Client
) -> None:
    session_id = _session(rest, _collection_id(rest, HANDBOOK))
    with socket(h2ogpte_mock.url, h2ogpte_mock.api_key, session_id) as ws:
        first = ask(ws, question(session_id, VACATION))
        second = ask(ws, question(session_id, "Can I carry over unused days?"))
        together = [
            question(session_id, "Is sick leave separate?"),
            question(session_id, "What about holidays?"),
        ]
        for frame in together:
            ws.send(json.dumps(frame))
        received = frames_until_done(ws) + frames_until_done(ws)
    acks = {f["correlation_id"]: f["message_id"] for f in received if f["t"] == "cx"}
    assert set(acks) == {f["correlation_id"] for f in together}
    finals = {f["reply_to_id"]: f["body"] for f in received if f["t"] == "ca"}
    assert set(finals) == set(acks.values())
    stored = _messages(rest, session_id)
    assert len(stored) == 8
    answers = {m["reply_to"]: m["content"] for m in stored if m["reply_to"]}
    assert answers[first[0]["message_id"]] == first[-1]["body"]
    assert answers[second[0]["message_id"]] == second[-1]["body"]
    assert all(answers[q] == body for q, body in finals.items())


def test_a_question_honours_the_sessions_prompt_template_and_collection(
    h2ogpte_mock: MockServer, rest: httpx.Client
) -> None:
    template = rest.post("/prompt_templates", json={"name": "Pirate", "system_prompt": "Talk like a pirate."})
    grounded = _session(rest, _collection_id(rest, HANDBOOK))
    assert rest.put(f"/chats/{grounded}/prompt_template", json={"prompt_template_id": template.json()["id"]})
    ungrounded = _session(rest)
    with socket(h2ogpte_mock.url, h2ogpte_mock.api_key, grounded) as ws:
        with_template = ask(ws, question(grounded, VACATION))
        without_collection = ask(ws, question(ungrounded, VACATION))
    meta = {m["message_type"]: m["content"] for m in with_template[-2]["meta"]}
    assert json.loads(meta["prompt_template"])["id"] == template.json()["id"]
    assert meta["prompt_raw"].startswith("Talk like a pirate.")
    assert rest.get(f"/messages/{with_template[-1]['message_id']}/references").json()
    assert rest.get(f"/messages/{without_collection[-1]['message_id']}/references").json() == []


def test_refused_questions_get_an_error_frame_and_store_nothing(
    h2ogpte_mock: MockServer, rest: httpx.Client
) -> None:
    session_id = _session(rest)
    bobs = h2ogpte_mock.admin.api_key_for("bob")
    refused = [
        question("no-such-session", VACATION),
        question(session_id, ""),
        {**question(session_id, VACATION), "llm_args": "not json"},
        question(session_id, VACATION, rag_config=[1, 2]),
        question(session_id, VACATION, include_chat_history="sometimes"),
        {"t": "cq", "session_id": session_id, "correlation_id": "c-1"},
    ]
    with socket(h2ogpte_mock.url, h2ogpte_mock.api_key, session_id) as ws:
        for frame in refused:
            (error,) = ask(ws, frame)
            assert error["t"] == "ce" and error["error"]
            assert (error["correlation_id"], error["session_id"]) == (
                frame["correlation_id"],
                frame["session_id"],
            )
        # Frames that are not questions are skipped, as the SDK skips frames it does not know.
        ws.send(json.dumps({"t": "zz"}))
        ws.send("not json")
        assert ask(ws, question(session_id, VACATION))[-1]["t"] == "ca"
    assert len(_messages(rest, session_id)) == 2
    with socket(h2ogpte_mock.url, bobs, session_id) as ws:
        (error,) = ask(ws, question(session_id, VACATION))
    assert error["t"] == "ce" and "not found" in error["error"].lower()
    assert len(_messages(rest, session_id)) == 2


def test_a_simulated_error_status_refuses_the_question(h2ogpte_mock: MockServer, rest: httpx.Client) -> None:
    h2ogpte_mock.admin.set_faults({"operations": {"get_completion": {"errors": {"rate": 1, "status": 500}}}})
    session_id = _session(rest)
    with socket(h2ogpte_mock.url, h2ogpte_mock.api_key, session_id) as ws:
        (error,) = ask(ws, question(session_id, VACATION))
    assert error["t"] == "ce" and "Simulated failure" in error["error"]
    assert _messages(rest, session_id) == []


@pytest.mark.parametrize("token", [None, "Bearer not-a-key", "Basic demo-token"])
def test_the_handshake_needs_a_known_key(h2ogpte_mock: MockServer, token: str | None) -> None:
    address = h2ogpte_mock.url.replace("http://", "ws://") + "/ws?currentSessionID=x&source=py"
    headers = {"Authorization": token} if token else {}
    with pytest.raises(InvalidStatus) as refused:
        connect(address, additional_headers=headers)
    response = refused.value.response
    assert response.status_code == 401
    assert response.body is not None and json.loads(bytes(response.body))["message"]


def test_a_client_that_hangs_up_mid_answer_leaves_it_stored_whole(
    h2ogpte_mock: MockServer, rest: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    session_id = _session(rest, _collection_id(rest, HANDBOOK))
    h2ogpte_mock.admin.set_faults({"pacing": {"tokens_per_second": 20}})
    with socket(h2ogpte_mock.url, h2ogpte_mock.api_key, session_id) as ws:
        ws.send(json.dumps(question(session_id, VACATION)))
        ack, first = json.loads(ws.recv(10)), json.loads(ws.recv(10))
    # Gone long before the last of the paced frames; the server carries on with the next connection.
    h2ogpte_mock.admin.set_faults({})
    with socket(h2ogpte_mock.url, h2ogpte_mock.api_key, session_id) as ws:
        again = ask(ws, question(session_id, VACATION))
    answers = [m for m in _messages(rest, session_id) if m["reply_to"] == ack["message_id"]]
    assert first["t"] == "cp" and answers[0]["content"].startswith(first["body"])
    assert answers[0]["content"] == again[-1]["body"] and not answers[0]["error"]
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]
