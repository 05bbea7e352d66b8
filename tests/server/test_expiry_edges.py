"""Expiry dates at the edge of what a date-time can say: valid input, so stored, never a 5xx."""

from __future__ import annotations

from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from mock_server import API_PREFIX

# Valid expiry dates whose UTC time falls before year 1 or after year 9999: a collection takes a
# date-time, a chat session a day in a time zone.
EDGES: list[tuple[str, dict[str, Any]]] = [
    ("collections", {"expiry_date": "0001-01-01T00:34:41+17:43"}),
    ("collections", {"expiry_date": "9999-12-31T23:59:59-05:00"}),
    ("chats", {"expiry_date": "0001-01-01", "timezone": "Asia/Tokyo"}),
    ("chats", {"expiry_date": "9999-12-31", "timezone": "America/New_York"}),
]


@pytest.mark.parametrize(("kind", "body"), EDGES)
def test_an_expiry_past_the_calendar_is_kept_at_its_edge(
    http: TestClient[Litestar], kind: str, body: dict[str, Any]
) -> None:
    created = {"name": "edge", "description": ""} if kind == "collections" else None
    record = http.post(f"{API_PREFIX}/{kind}", json=created).json()
    url = f"{API_PREFIX}/{kind}/{record['id']}"
    assert http.put(f"{url}/expiry_date", json=body).status_code == 204
    read = http.get(url)
    assert read.status_code == 200, read.text
    assert read.json()["expiry_date"][:4] == body["expiry_date"][:4]
    assert http.get(f"{API_PREFIX}/{kind}", params={"limit": 1000}).status_code == 200
