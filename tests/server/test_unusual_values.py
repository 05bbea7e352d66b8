"""Requests the spec allows but a database does not take as they come (a NUL character in a name or a
search, integers past 64 bits in metadata, a page far past the end): answered alike on every backend."""

from __future__ import annotations

import json

from litestar import Litestar
from litestar.testing import TestClient

from mock_server import API_PREFIX
from tests._headers import ADMIN

HUGE = 10**30


def _names(http: TestClient[Litestar], **params: str) -> list[str]:
    response = http.get(f"{API_PREFIX}/collections", params=params)
    assert response.status_code == 200, response.text
    return [c["name"] for c in response.json()]


def test_a_name_with_nul_is_kept_and_searched_as_sent(http: TestClient[Litestar]) -> None:
    for name in ("a\x00b", "ab"):
        created = http.post(f"{API_PREFIX}/collections", json={"name": name, "description": ""})
        assert created.status_code == 201, created.text
    assert _names(http, name_filter="a\x00") == ["a\x00b"]
    template = http.post(f"{API_PREFIX}/prompt_templates", json={"name": "t\x00", "description": "\x00"})
    assert template.status_code == 201, template.text
    found = http.get(f"{API_PREFIX}/prompt_templates", params={"filter": "t\x00"}).json()
    assert [t["name"] for t in found] == ["t\x00"]


def test_metadata_with_integers_past_64_bits_reads_back_exact(http: TestClient[Litestar]) -> None:
    created = http.post(f"{API_PREFIX}/collections", json={"name": "big", "description": ""}).json()
    metadata = {"big": HUGE, "small": -HUGE, "inner": {"n": 2**64}}
    url = f"{API_PREFIX}/collections/{created['id']}"
    assert http.put(f"{url}/metadata", json=metadata).status_code == 204
    assert http.get(url).json()["metadata_dict"] == metadata
    listed = http.get(f"{API_PREFIX}/collections", params={"metadata_filter": json.dumps({"big": HUGE})})
    assert [c["id"] for c in listed.json()] == [created["id"]]


def test_pages_far_past_the_end_are_empty(http: TestClient[Litestar]) -> None:
    session = http.post(f"{API_PREFIX}/chats").json()["id"]
    for path in ("/chats", "/collections", "/prompt_templates", f"/chats/{session}/messages"):
        # An offset has no upper bound in the spec (a limit has: 10,000).
        far = http.get(f"{API_PREFIX}{path}", params={"offset": HUGE, "limit": 10_000})
        assert far.status_code == 200 and far.json() == [], (path, far.text)


def test_a_fixture_user_with_nul_in_the_name_is_refused(http: TestClient[Litestar]) -> None:
    fixture = {"users": [{"username": "eve\x00", "token": "t"}]}
    response = http.post("/admin/state", json=fixture, headers=ADMIN)
    assert response.status_code == 400 and "users[0].username" in response.json()["message"]
