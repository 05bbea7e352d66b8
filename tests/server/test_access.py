"""Who may see what: tokens map to users, resources are private until shared, and unsharing revokes."""

from __future__ import annotations

import json

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


def _template_in_force(http: TestClient[Litestar], user: str, session_id: str) -> dict[str, object]:
    """Ask a question in the session as ``user``; the template its answer's meta names, and the raw prompt."""
    answer = http.post(
        f"/api/v1/chats/{session_id}/completions", json={"message": "Any news?"}, headers=_as(http, user)
    ).json()
    meta = http.get(f"/api/v1/messages/{answer['message_id']}/meta", headers=_as(http, user)).json()
    by_type = {m["message_type"]: m["content"] for m in meta}
    return {"template": json.loads(by_type["prompt_template"])["id"], "prompt": by_type.get("prompt_raw", "")}


@pytest.mark.parametrize("where", ["session", "collection"])
def test_a_template_unshared_no_longer_shapes_the_former_grantees_answers(
    http: TestClient[Litestar], where: str
) -> None:
    system_prompt = "Answer like a pirate, always."
    template = http.post(
        "/api/v1/prompt_templates", json={"name": "Pirate", "system_prompt": system_prompt}
    ).json()
    template_url = f"/api/v1/prompt_templates/{template['id']}"
    assert http.put(f"{template_url}/permissions/bob").status_code == 204
    collection = http.post("/api/v1/collections", json={"name": "Shared", "description": ""}).json()
    assert http.put(f"/api/v1/collections/{collection['id']}/permissions/bob").status_code == 204
    session = http.post(f"/api/v1/chats?collection_id={collection['id']}", headers=_as(http, "bob")).json()
    change = {"prompt_template_id": template["id"]}
    if where == "session":
        http.put(f"/api/v1/chats/{session['id']}/prompt_template", json=change, headers=_as(http, "bob"))
    else:
        http.put(f"/api/v1/collections/{collection['id']}/prompt_template", json=change)

    shared = _template_in_force(http, "bob", session["id"])
    assert shared["template"] == template["id"] and system_prompt in str(shared["prompt"])
    assert http.delete(f"{template_url}/permissions/bob").status_code == 204
    unshared = _template_in_force(http, "bob", session["id"])
    assert unshared["template"] != template["id"] and system_prompt not in str(unshared["prompt"])


def test_a_collections_session_count_counts_only_sessions_the_viewer_can_list(
    http: TestClient[Litestar],
) -> None:
    collection = http.post("/api/v1/collections", json={"name": "Shared", "description": ""}).json()
    url = f"/api/v1/collections/{collection['id']}"
    assert http.put(f"{url}/permissions/bob").status_code == 204
    for user, sessions in (("demo", 2), ("bob", 1)):
        for _ in range(sessions):
            http.post(f"/api/v1/chats?collection_id={collection['id']}", headers=_as(http, user))
    for user in ("demo", "bob"):
        listed = http.get(f"{url}/chats", headers=_as(http, user)).json()
        counted = http.get(f"{url}/chats/count", headers=_as(http, user)).json()["count"]
        seen = {c["id"]: c for c in http.get("/api/v1/collections", headers=_as(http, user)).json()}
        views = [http.get(url, headers=_as(http, user)).json(), seen[collection["id"]]]
        assert [view["sessions_count"] for view in views] == [len(listed), len(listed)] == [counted, counted]
