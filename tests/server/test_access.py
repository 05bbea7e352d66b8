"""Who may see what: tokens map to users, resources are private until shared, and unsharing revokes."""

from __future__ import annotations

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from mock_server import Settings, create_app

TOKENS = {"demo": "demo-token", "alice": "alice-token", "bob": "bob-token"}


def _as(client: TestClient[Litestar], user: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKENS[user]}"}


@pytest.mark.parametrize("header", [None, "Bearer", "Bearer nope", "Basic ZGVtbzpkZW1v", "demo-token"])
def test_missing_or_unknown_tokens_get_401_with_the_error_body(
    http: TestClient[Litestar], header: str | None
) -> None:
    headers = {"Authorization": header} if header else {}
    http.headers.pop("Authorization", None)
    response = http.get("/api/v1/chats", headers=headers)
    assert response.status_code == 401
    assert response.json() == {"code": 401, "message": "Missing or invalid bearer token", "error_type": None}
    assert response.headers["www-authenticate"] == "Bearer"


def test_other_users_resources_are_404(http: TestClient[Litestar]) -> None:
    session = http.post("/api/v1/chats", headers=_as(http, "demo")).json()
    collection = http.post("/api/v1/collections", json={"name": "Private", "description": ""}).json()
    template = http.post("/api/v1/prompt_templates", json={"name": "Private"}).json()
    for path in (
        f"/chats/{session['id']}",
        f"/collections/{collection['id']}",
        f"/prompt_templates/{template['id']}",
    ):
        response = http.get(f"/api/v1{path}", headers=_as(http, "bob"))
        assert response.status_code == 404 and response.json()["code"] == 404
    assert session["id"] not in {s["id"] for s in http.get("/api/v1/chats", headers=_as(http, "bob")).json()}


def test_sharing_a_collection_gives_read_access_and_unsharing_takes_it_back(
    http: TestClient[Litestar],
) -> None:
    collection = http.post("/api/v1/collections", json={"name": "Shared", "description": ""}).json()
    url = f"/api/v1/collections/{collection['id']}"
    assert http.put(f"{url}/permissions/bob").status_code == 204
    assert http.get(url, headers=_as(http, "bob")).json()["user_count"] == 2
    assert collection["id"] in {
        c["id"] for c in http.get("/api/v1/collections", headers=_as(http, "bob")).json()
    }
    permissions = http.get(f"{url}/permissions", headers=_as(http, "bob")).json()
    assert permissions == [
        {"username": "demo", "permissions": ["owner"]},
        {"username": "bob", "permissions": ["read"]},
    ]
    # Shared is read-only: bob may chat with it but not change it.
    assert (
        http.post(f"/api/v1/chats?collection_id={collection['id']}", headers=_as(http, "bob")).status_code
        == 201
    )
    assert http.patch(url, json={"name": "Bob's"}, headers=_as(http, "bob")).status_code == 404
    assert http.delete(f"{url}/permissions/bob").status_code == 204
    assert http.get(url, headers=_as(http, "bob")).status_code == 404


def test_sharing_a_template_and_revoking_everyone(http: TestClient[Litestar]) -> None:
    template = http.post("/api/v1/prompt_templates", json={"name": "Team"}).json()
    url = f"/api/v1/prompt_templates/{template['id']}"
    for user in ("alice", "bob"):
        assert http.put(f"{url}/permissions/{user}").status_code == 204
        assert http.get(url, headers=_as(http, user)).status_code == 200
    assert http.delete(f"{url}/permissions").status_code == 204
    assert all(http.get(url, headers=_as(http, u)).status_code == 404 for u in ("alice", "bob"))
    assert [p["username"] for p in http.get(f"{url}/permissions").json()] == ["demo"]


def test_configured_tokens_add_users() -> None:
    with TestClient(create_app(Settings(tokens={"ci-token": "ci"}))) as http:
        response = http.post("/api/v1/chats", headers={"Authorization": "Bearer ci-token"})
        assert response.status_code == 201 and response.json()["username"] == "ci"
