"""Groups, group shares, public flags, visibility, metadata and lifecycle fields survive admin export and
load: a fresh server that loads the export reads them the same through the chat API, and exports the same."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from mock_server import Settings, create_app
from tests._headers import ADMIN


def _call(client: TestClient[Litestar], method: str, path: str, user: str = "demo", **kwargs: Any) -> Any:
    response = client.request(
        method, f"/api/v1{path}", headers={"Authorization": f"Bearer {user}-token"}, **kwargs
    )
    assert response.status_code < 300, f"{method} {path}: {response.status_code} {response.text}"
    return response.json() if response.content else None


@pytest.fixture
def fresh() -> Iterator[TestClient[Litestar]]:
    with TestClient(create_app(Settings(empty=True))) as client:
        yield client


def _changed_state(client: TestClient[Litestar]) -> tuple[str, str, str]:
    """Set every new field through the API; return (collection, template, hidden system template) ids."""
    cid = _call(client, "POST", "/collections", json={"name": "Everything", "description": "x"})["id"]
    base = f"/collections/{cid}"
    _call(client, "POST", f"{base}/archive")
    _call(client, "PUT", f"{base}/expiry_date", json={"expiry_date": "2031-05-01", "timezone": "Asia/Tokyo"})
    _call(client, "PUT", f"{base}/inactivity_interval", json={"inactivity_interval": 12})
    _call(client, "PUT", f"{base}/exempt_from_chat_expiry", json={"exempt": True})
    _call(client, "PUT", f"{base}/size_limit", json={"size_limit": "2MB"})
    _call(client, "POST", f"{base}/is_public", json={"is_public": True, "permissions": ["read", "chat"]})
    _call(client, "PUT", f"{base}/group_permissions/engineering", json={"permissions": ["read"]})
    _call(client, "PUT", f"{base}/metadata", json={"team": "search", "level": 3})
    _call(client, "PUT", f"{base}/workspace", json={"workspace": "lab"})
    tid = _call(client, "POST", "/prompt_templates", json={"name": "Shared"})["id"]
    _call(client, "POST", f"/prompt_templates/{tid}/is_public", json={"is_public": True})
    _call(client, "PUT", f"/prompt_templates/{tid}/group_permissions", json={"groups": ["engineering"]})
    system = [
        t for t in _call(client, "GET", "/prompt_templates?template_type=system") if not t["is_default"]
    ]
    _call(client, "PUT", f"/prompt_templates/{system[0]['id']}/is_visible", json={"is_visible": False})
    return cid, tid, system[0]["id"]


def _reads(client: TestClient[Litestar], cid: str, tid: str) -> list[Any]:
    base = f"/collections/{cid}"
    return [
        _call(client, "GET", base),
        _call(client, "GET", base, user="bob"),
        _call(client, "GET", f"{base}/metadata"),
        _call(client, "GET", f"{base}/public_permissions", user="alice"),
        _call(client, "GET", f"{base}/group_permissions"),
        _call(client, "GET", f"/prompt_templates/{tid}", user="alice"),
        _call(client, "GET", f"/prompt_templates/{tid}/group_permissions"),
        _call(client, "GET", "/prompt_templates/all?limit=1000"),
    ]


def test_new_fields_and_records_survive_export_and_load(
    http: TestClient[Litestar], fresh: TestClient[Litestar]
) -> None:
    cid, tid, hidden = _changed_state(http)
    before = _reads(http, cid, tid)
    assert (
        before[0]["status"] == "archived" and before[0]["is_public"] and before[0]["size_limit"] == 2_000_000
    )
    exported = http.get("/admin/state", headers=ADMIN)
    assert exported.status_code == 200
    state = exported.json()
    assert [g["id"] for g in state["groups"]] == ["engineering"]
    loaded = fresh.post(
        "/admin/state", content=exported.content, headers={**ADMIN, "Content-Type": "application/json"}
    )
    assert loaded.status_code == 204, loaded.text
    assert _reads(fresh, cid, tid) == before
    assert (
        fresh.get(
            f"/api/v1/prompt_templates/{hidden}", headers={"Authorization": "Bearer bob-token"}
        ).status_code
        == 404
    )
    again = fresh.get("/admin/state", headers=ADMIN).json()
    assert json.dumps(again, sort_keys=True) == json.dumps(state, sort_keys=True)


def test_a_fixture_sharing_with_an_undeclared_group_is_refused(fresh: TestClient[Litestar]) -> None:
    fixture = {
        "collections": [
            {
                "id": "c1",
                "owner": "demo",
                "name": "C",
                "description": "",
                "created_at": "2026-11-01T00:00:00Z",
                "group_shared_with": ["nobody"],
            }
        ]
    }
    response = fresh.post("/admin/state", json=fixture, headers=ADMIN)
    assert response.status_code == 400 and "nobody" in response.json()["message"]
