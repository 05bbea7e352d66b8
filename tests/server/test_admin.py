"""The admin API: its own OpenAPI document, its token, and reset, load, export, request log and faults,
every response checked against that document."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from litestar import Litestar
from litestar.testing import TestClient
from openapi_spec_validator import validate

from mock_server import Settings, create_app
from mock_server.admin import ADMIN_SPEC_PATH
from mock_server.requestlog import MAX_ENTRIES, RequestEntry, RequestLog
from tests._headers import ADMIN, USER

from ._schemas import load_openapi, validator

ADMIN_OPENAPI = load_openapi(ADMIN_SPEC_PATH)


def _conforms(response: httpx.Response, path: str, method: str) -> Any:
    """Assert the response is one the admin document lists for the operation, with a valid body."""
    documented = ADMIN_OPENAPI["paths"][path][method]["responses"]
    assert str(response.status_code) in documented, f"{method} {path}: undocumented {response.status_code}"
    spec = documented[str(response.status_code)]
    if "$ref" in spec:
        spec = ADMIN_OPENAPI["components"]["responses"][spec["$ref"].rsplit("/", 1)[1]]
    if "content" not in spec:
        assert response.content == b""
        return None
    body = response.json()
    errors = [
        e.message
        for e in validator(ADMIN_OPENAPI, spec["content"]["application/json"]["schema"]).iter_errors(body)
    ]
    assert not errors, f"{method} {path} {response.status_code}: {errors}"
    return body


@pytest.fixture
def admin(app: Litestar) -> Iterator[TestClient[Litestar]]:
    """A client with the admin token; user requests pass their own token."""
    with TestClient(app) as client:
        client.headers.update(ADMIN)
        yield client


def _export(admin: TestClient[Litestar]) -> Any:
    return _conforms(admin.get("/admin/state"), "/state", "get")


def test_the_admin_document_is_valid_openapi_and_served(admin: TestClient[Litestar]) -> None:
    validate(ADMIN_OPENAPI)
    response = admin.get("/admin/openapi.yaml", headers={"Authorization": ""})
    assert response.status_code == 200 and response.content == ADMIN_SPEC_PATH.read_bytes()
    assert response.headers["content-type"].startswith("application/yaml")


def test_the_document_lists_exactly_the_admin_routes(app: Litestar) -> None:
    served = {
        (route.path.removeprefix("/admin").rstrip("/") or "/", method.lower())
        for route in app.routes
        if route.path.startswith("/admin/") and route.path not in ("/admin/openapi.yaml", "/admin/docs")
        for method in getattr(route, "methods", ())
        if method not in {"OPTIONS", "HEAD"}
    }
    documented = {(path, method) for path, item in ADMIN_OPENAPI["paths"].items() for method in item}
    assert served == documented


@pytest.mark.parametrize(
    "headers", [{}, USER, {"Authorization": "Bearer nope"}, {"Authorization": "admin-token"}]
)
@pytest.mark.parametrize(
    ("method", "path"), [("get", "/state"), ("post", "/state/reset"), ("get", "/faults")]
)
def test_the_admin_token_is_required(app: Litestar, headers: dict[str, str], method: str, path: str) -> None:
    with TestClient(app) as client:
        response = client.request(method, f"/admin{path}", headers=headers)
    body = _conforms(response, path, method)
    assert response.status_code == 401 and body["code"] == 401
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_the_token_is_configurable() -> None:
    with TestClient(create_app(Settings(admin_token="s3cret"))) as client:
        assert client.get("/admin/faults", headers=ADMIN).status_code == 401
        assert client.get("/admin/faults", headers={"Authorization": "Bearer s3cret"}).status_code == 200


def _change_things(client: TestClient[Litestar]) -> str:
    """Make a session, ask in it, and make a collection, as a user would; return the session id."""
    session = client.post("/api/v1/chats", headers=USER).json()
    ask = client.post(
        f"/api/v1/chats/{session['id']}/completions", json={"message": "What is new?"}, headers=USER
    )
    assert ask.status_code == 200
    client.post("/api/v1/collections", json={"name": "Fresh", "description": "new"}, headers=USER)
    return str(session["id"])


def test_export_holds_what_users_did_and_loads_back_the_same(admin: TestClient[Litestar]) -> None:
    session_id = _change_things(admin)
    exported = _export(admin)
    session = next(s for s in exported["chat_sessions"] if s["id"] == session_id)
    assert session["messages"][0]["content"] == "What is new?" and session["owner"] == "demo"
    assert "questions" not in session
    assert any(c["name"] == "Fresh" for c in exported["collections"])
    assert {u["username"] for u in exported["users"]} >= {"demo", "alice", "bob"}

    # Into another server: the same export, byte for byte, and the same messages, ids and times included.
    with TestClient(create_app(Settings(empty=True))) as other:
        other.headers.update(ADMIN)
        _conforms(other.post("/admin/state", content=admin.get("/admin/state").content), "/state", "post")
        assert other.get("/admin/state").content == admin.get("/admin/state").content
        messages = [
            client.get(f"/api/v1/chats/{session_id}/messages", headers=USER).json()
            for client in (admin, other)
        ]
        assert messages[0] == messages[1] and len(messages[0]) == 2


def test_load_replaces_everything(admin: TestClient[Litestar]) -> None:
    fixture = {
        "users": [{"username": "zoe", "token": "zoe-token"}],
        "chat_sessions": [
            {"id": "s1", "owner": "zoe", "created_at": "2026-11-01T00:00:00Z", "questions": ["Hi?"]}
        ],
    }
    _conforms(admin.post("/admin/state", json=fixture), "/state", "post")
    assert admin.get("/api/v1/chats", headers=USER).status_code == 401
    zoe = admin.get("/api/v1/chats", headers={"Authorization": "Bearer zoe-token"}).json()
    assert [s["id"] for s in zoe] == ["s1"]


def _session(**fields: Any) -> bytes:
    """A fixture with one session of zoe's, its other fields as given."""
    session = {"id": "s1", "owner": "zoe", "created_at": "2026-11-01T00:00:00Z", **fields}
    return json.dumps({"users": [{"username": "zoe", "token": "z"}], "chat_sessions": [session]}).encode()


_Q1 = {"id": "m1", "content": "Hi?", "created_at": "2026-11-01T00:00:01Z"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "Malformed JSON"),
        (b'{"users": [{"username": "x"}]}', "token"),
        (b'{"unknown": []}', "unknown"),
        (b'{"ids_drawn": -1}', "ids_drawn"),
        (b'{"ids_drawn": 20000001}', "ids_drawn"),
        (b'{"scripted_answers": [{"collection_id": "nope", "question": "q", "answer": "a"}]}', "nope"),
        (_session(questions=["Hi?"], messages=[_Q1]), "either messages or questions"),
        (_session(messages=[_Q1, {**_Q1, "reply_to": "m1"}]), "m1 is used twice"),
        (_session(messages=[{**_Q1, "reply_to": "m0"}]), "replies to m0"),
        (_session(messages=[{**_Q1, "votes": "up"}]), "votes"),
        (
            b'{"prompt_templates": [{"owner": null, "created_at": "2026-11-01T00:00:00Z"}]}',
            "prompt_templates[0]: Object missing required field `id`",
        ),
        (
            b'{"prompt_templates": [{"id": "t1", "owner": null, "created_at": "2026-11-01T00:00:00Z",'
            b' "name": 5}]}',
            "prompt_templates[0] (prompt template t1): Expected `str`, got `int`",
        ),
        (
            b'{"collections": [{"id": "c1", "owner": "zoe", "name": "c", "description": "",'
            b' "created_at": "2026-11-01T00:00:00Z", "thumbnail": {"type": "image/svg+xml", "data": ""}}]}',
            "thumbnail type",
        ),
        (
            b'{"collections": [{"id": "c1", "owner": "zoe", "name": "c", "description": "",'
            b' "created_at": "2026-11-01T00:00:00Z", "collection_settings": {"chunk_size": 5}}]}',
            "chunk_size",
        ),
    ],
)
def test_a_bad_fixture_is_refused_and_changes_nothing(
    admin: TestClient[Litestar], body: bytes, message: str
) -> None:
    before = _export(admin)
    response = admin.post("/admin/state", content=body, headers={"Content-Type": "application/json"})
    refused = _conforms(response, "/state", "post")
    assert refused["code"] == 400 and message in refused["message"]
    assert _export(admin) == before


def _timeless(exported: Any) -> Any:
    """An export without times: the seed data's questions are answered again, at the time of the reset."""
    if isinstance(exported, dict):
        return {k: _timeless(v) for k, v in exported.items() if k not in {"created_at", "updated_at"}}
    if isinstance(exported, list):
        return [_timeless(item) for item in exported]
    return exported


def test_reset_goes_back_to_the_seed_data_and_ids(admin: TestClient[Litestar]) -> None:
    initial = _export(admin)
    first_id = _change_things(admin)
    assert _timeless(_export(admin)) != _timeless(initial)
    _conforms(admin.post("/admin/state/reset"), "/state/reset", "post")
    assert _timeless(_export(admin)) == _timeless(initial)
    assert _change_things(admin) == first_id


def test_the_request_log_lists_the_latest_api_requests(admin: TestClient[Litestar]) -> None:
    admin.get("/api/v1/chats", headers=USER)
    admin.get("/api/v1/chats/count", headers={"Authorization": "Bearer wrong"})
    admin.get("/api/v1/nowhere", headers=USER)
    admin.get("/admin/faults")
    entries = _conforms(admin.get("/admin/requests", params={"limit": 3}), "/requests", "get")
    assert [(e["method"], e["path"], e["status"], e["user"]) for e in entries] == [
        ("GET", "/api/v1/nowhere", 404, None),
        ("GET", "/api/v1/chats/count", 401, None),
        ("GET", "/api/v1/chats", 200, "demo"),
    ]
    assert all(e["duration_ms"] >= 0 and e["fault"] is None for e in entries)
    for limit in (0, MAX_ENTRIES + 1):
        response = admin.get("/admin/requests", params={"limit": limit})
        assert _conforms(response, "/requests", "get")["code"] == 400


def test_the_log_keeps_the_last_thousand() -> None:
    log = RequestLog()
    for n in range(MAX_ENTRIES + 5):
        log.record(
            RequestEntry(
                method="GET",
                path=f"/{n}",
                status=200,
                user=None,
                duration_ms=1,
                started_at=dt.datetime.now(dt.UTC),
            )
        )
    kept = log.last(MAX_ENTRIES * 2)
    assert len(kept) == MAX_ENTRIES and kept[0].path == f"/{MAX_ENTRIES + 4}" and kept[-1].path == "/5"


def test_faults_are_read_and_replaced_at_run_time(admin: TestClient[Litestar]) -> None:
    current = _conforms(admin.get("/admin/faults"), "/faults", "get")
    assert current["errors"]["rate"] == 0 and current["operations"] == {}
    policy = {
        "latency": {"min": 0, "max": 0.01},
        "operations": {"list_chat_sessions": {"errors": {"rate": 1, "status": 400}}},
    }
    body = _conforms(admin.put("/admin/faults", json=policy), "/faults", "put")
    assert body["operations"] == policy["operations"] and body["latency"] == policy["latency"]
    assert body["pacing"] == current["pacing"] == {"time_to_first_token": 0, "tokens_per_second": 0}
    failed = admin.get("/api/v1/chats", headers=USER)
    assert failed.status_code == 400 and "Simulated" in failed.json()["message"]
    assert admin.get("/admin/requests", params={"limit": 1}).json()[0]["fault"] == "error 400"
    _conforms(admin.put("/admin/faults", json={}), "/faults", "put")
    assert admin.get("/api/v1/chats", headers=USER).status_code == 200


@pytest.mark.parametrize(
    ("policy", "message"),
    [
        ({"errors": {"rate": 0.5, "status": 500}}, "statuses all of them document: 401"),
        (
            {"operations": {"get_chat_session": {"errors": {"rate": 1, "status": 400}}}},
            "documented: 401, 404",
        ),
        ({"operations": {"nope": {}}}, "unknown operationId 'nope'"),
        ({"latency": {"min": -1}}, "latency.min"),
        ({"stream_fault": {"kind": "explode"}}, "stream_fault.kind"),
        ({"speed": 1}, "unknown field"),
    ],
)
def test_invalid_faults_are_refused(
    admin: TestClient[Litestar], policy: dict[str, Any], message: str
) -> None:
    before = admin.get("/admin/faults").json()
    body = _conforms(admin.put("/admin/faults", json=policy), "/faults", "put")
    assert body["code"] == 400 and message in body["message"]
    assert admin.get("/admin/faults").json() == before


def test_the_settings_pace_is_the_starting_policy() -> None:
    with TestClient(create_app(Settings(time_to_first_token=0.5, tokens_per_second=12))) as client:
        pacing = client.get("/admin/faults", headers=ADMIN).json()["pacing"]
    assert pacing == {"time_to_first_token": 0.5, "tokens_per_second": 12}


def test_reset_repeats_the_fault_sequence(admin: TestClient[Litestar]) -> None:
    admin.put(
        "/admin/faults", json={"operations": {"list_chat_sessions": {"errors": {"rate": 0.5, "status": 400}}}}
    )

    def statuses() -> list[int]:
        return [admin.get("/api/v1/chats", headers=USER).status_code for _ in range(16)]

    first = statuses()
    admin.post("/admin/state/reset")
    assert statuses() == first and set(first) == {200, 400}
