"""Bad input gets a 4xx with the spec's error body naming the problem, never a 500."""

from __future__ import annotations

from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from mock_server import Settings, create_app


def _error(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == status and isinstance(body["message"], str) and body["message"]
    return str(body["message"])


def test_malformed_json(http: TestClient[Litestar]) -> None:
    message = _error(
        http.post("/api/v1/collections", content=b'{"name": ', headers={"Content-Type": "application/json"}),
        400,
    )
    assert "Malformed JSON" in message


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ({"name": 1, "description": ""}, "$.name"),
        ({"name": "x"}, "description"),
        ({"name": "x", "description": "", "colour": "red"}, "colour"),
        ({"name": "", "description": ""}, "$.name"),
        ({"name": "x", "description": "", "vex_encryption": "maybe"}, "$.vex_encryption"),
    ],
)
def test_wrong_types_missing_and_unknown_fields(
    http: TestClient[Litestar], body: dict[str, Any], names: str
) -> None:
    assert names in _error(http.post("/api/v1/collections", json=body), 400)


def test_strings_are_not_booleans(http: TestClient[Litestar]) -> None:
    session = http.post("/api/v1/chats").json()
    body = {"message": "hi", "llm_args": {}, "rag_config": "yes"}
    assert "rag_config" in _error(http.post(f"/api/v1/chats/{session['id']}/completions", json=body), 400)


@pytest.mark.parametrize("query", ["offset=-1", "limit=0", "limit=10001", "limit=ten", "offset=1.5"])
def test_out_of_range_paging(http: TestClient[Litestar], query: str) -> None:
    assert query.split("=")[0] in _error(http.get(f"/api/v1/chats?{query}"), 400)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/v1/chats/nope"),
        ("GET", "/api/v1/messages/nope/meta"),
        ("GET", "/api/v1/messages/nope/references"),
        ("GET", "/api/v1/collections/nope/documents"),
        ("DELETE", "/api/v1/collections/nope"),
        ("PUT", "/api/v1/prompt_templates/nope/permissions/alice"),
        ("GET", "/api/v1/no/such/route"),
    ],
)
def test_unknown_ids_and_routes(http: TestClient[Litestar], method: str, path: str) -> None:
    _error(http.request(method, path), 404)


def test_oversized_bodies_are_413() -> None:
    with TestClient(create_app(Settings(max_body_bytes=1024))) as http:
        http.headers["Authorization"] = "Bearer demo-token"
        response = http.post("/api/v1/collections", json={"name": "x", "description": "y" * 2048})
        _error(response, 413)


def test_wrong_method_is_405_with_allow(http: TestClient[Litestar]) -> None:
    response = http.put("/api/v1/chats")
    _error(response, 405)
    assert set(response.headers["allow"].replace(" ", "").split(",")) >= {"GET", "POST"}


def test_options_lists_every_method_of_the_path(http: TestClient[Litestar]) -> None:
    response = http.options("/api/v1/chats/some-id")
    assert set(response.headers["allow"].replace(" ", "").split(",")) == {"GET", "PATCH", "DELETE", "OPTIONS"}


@pytest.mark.parametrize("slash", ["%2F", "%2f"])
def test_an_encoded_slash_stays_inside_its_path_segment(http: TestClient[Litestar], slash: str) -> None:
    collection = next(c for c in http.get("/api/v1/collections").json() if c["document_count"])["id"]
    session = http.post("/api/v1/chats", params={"collection_id": collection}).json()["id"]
    # `/chats/{id}/collection` is another operation, which would detach the session from its collection.
    _error(http.delete(f"/api/v1/chats/{session}{slash}collection"), 404)
    assert http.get(f"/api/v1/chats/{session}").json()["collection_id"] == collection
    _error(http.get(f"/api/v1/collections/{collection}{slash}permissions"), 404)
    assert http.get(f"/api/v1/collections/{collection}/permissions").status_code == 200
    # In the query string an encoded slash is only data.
    assert http.get("/api/v1/collections?name_filter=a%2Fb").status_code == 200


@pytest.mark.parametrize(
    ("headers", "refused"),
    [
        ({"Origin": "https://evil.example"}, "Origin"),
        ({"Origin": "http://localhost:5173", "Access-Control-Request-Headers": "x-unknown"}, "headers"),
    ],
)
def test_a_refused_cors_preflight_gets_the_error_body(
    http: TestClient[Litestar], headers: dict[str, str], refused: str
) -> None:
    response = http.options("/api/v1/chats", headers={**headers, "Access-Control-Request-Method": "POST"})
    assert response.headers["content-type"] == "application/json"
    assert refused in _error(response, 400)
