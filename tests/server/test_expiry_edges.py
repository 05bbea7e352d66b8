"""Expiry dates as both expiry operations read them: RFC 3339 only, through one parser; an instant UTC
cannot hold (before year 1 or after 9999) is valid input, so stored at the calendar's edge, never a 5xx."""

from __future__ import annotations

from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from mock_server import API_PREFIX

# Valid RFC 3339 whose UTC time falls before year 1 or after year 9999: a collection takes a date-time, a
# chat session a day in a time zone.
EDGES: list[tuple[str, dict[str, Any]]] = [
    ("collections", {"expiry_date": "0001-01-01T00:34:41+17:43"}),
    ("collections", {"expiry_date": "9999-12-31T23:59:59-05:00"}),
    ("collections", {"expiry_date": "9999-12-31T23:59:59-12:00"}),
    ("collections", {"expiry_date": "0001-01-01", "timezone": "Europe/Paris"}),
    ("collections", {"expiry_date": "9999-12-31T20:00:00", "timezone": "Pacific/Honolulu"}),
    ("chats", {"expiry_date": "0001-01-01", "timezone": "Asia/Tokyo"}),
    ("chats", {"expiry_date": "9999-12-31", "timezone": "America/New_York"}),
]

# ISO 8601 (and Python's fromisoformat) takes these; RFC 3339, which the spec's `date` and `date-time`
# formats name, does not: basic format, week and ordinal dates, a space for the T, an offset without its
# colon or minutes, a time without seconds or with only an hour, a comma before the fraction.
NOT_RFC_3339 = [
    "20300101",
    "2030-W01-1",
    "2030-001",
    "2030-01-01 10:00:00Z",
    "2030-01-01 10:00:00",
    "2030-01-01T10:00:00+0100",
    "2030-01-01T10:00:00+01",
    "2030-01-01T10:00",
    "2030-01-01T10",
    "2030-01-01T10:00:00,5Z",
    "20300101T100000Z",
    "2030-01-01T",
    "\uff12\uff10\uff13\uff10-01-01",  # fullwidth digits, which Python's \d takes for digits
]

# RFC 3339 that fits in UTC, with the UTC time the API answers.
VALID = [
    ({"expiry_date": "2030-01-01"}, "2030-01-01T00:00:00Z"),
    ({"expiry_date": "2030-01-01", "timezone": "Europe/Paris"}, "2029-12-31T23:00:00Z"),
    ({"expiry_date": "2030-01-01T17:00:00-05:00"}, "2030-01-01T22:00:00Z"),
    ({"expiry_date": "2030-01-01t17:00:00.5z"}, "2030-01-01T17:00:00.500000Z"),
    ({"expiry_date": "2030-01-01T10:00:00", "timezone": "Europe/Paris"}, "2030-01-01T09:00:00Z"),
    ({"expiry_date": "9999-12-31T23:59:59+05:00"}, "9999-12-31T18:59:59Z"),
    ({"expiry_date": "0001-01-01T00:00:00-01:00"}, "0001-01-01T01:00:00Z"),
    ({"expiry_date": "9999-12-31", "timezone": "America/New_York"}, "9999-12-31T05:00:00Z"),
]


def _record(http: TestClient[Litestar], kind: str) -> str:
    created = {"name": "edge", "description": ""} if kind == "collections" else None
    response = http.post(f"{API_PREFIX}/{kind}", json=created)
    assert response.status_code in (200, 201), response.text
    return f"{API_PREFIX}/{kind}/{response.json()['id']}"


def _assert_error_400(response: Any) -> dict[str, Any]:
    assert response.status_code == 400, f"{response.status_code} {response.text}"
    error: dict[str, Any] = response.json()
    assert error["code"] == 400 and isinstance(error["message"], str) and error["message"], error
    return error


@pytest.mark.parametrize(("kind", "body"), EDGES)
def test_an_expiry_past_the_calendar_is_kept_at_its_edge(
    http: TestClient[Litestar], kind: str, body: dict[str, Any]
) -> None:
    url = _record(http, kind)
    assert http.put(f"{url}/expiry_date", json=body).status_code == 204
    read = http.get(url)
    assert read.status_code == 200, read.text
    assert read.json()["expiry_date"][:4] == body["expiry_date"][:4]
    assert http.get(f"{API_PREFIX}/{kind}", params={"limit": 1000}).status_code == 200


@pytest.mark.parametrize("text", NOT_RFC_3339)
def test_a_collection_refuses_what_a_chat_session_refuses(http: TestClient[Litestar], text: str) -> None:
    chat, collection = _record(http, "chats"), _record(http, "collections")
    session_error = _assert_error_400(http.put(f"{chat}/expiry_date", json={"expiry_date": text}))
    collection_error = _assert_error_400(http.put(f"{collection}/expiry_date", json={"expiry_date": text}))
    # The same Error body: the same fields, and a message in the same words naming the same field.
    assert collection_error.keys() == session_error.keys()
    assert collection_error["error_type"] == session_error["error_type"]
    for error in (session_error, collection_error):
        assert error["message"].startswith("Invalid request body: Invalid RFC3339 encoded date"), error
        assert error["message"].endswith("- at `$.expiry_date`"), error
    assert http.get(collection).json()["expiry_date"] is None


@pytest.mark.parametrize(("body", "utc"), VALID)
def test_a_collection_takes_rfc_3339_dates_and_date_times(
    http: TestClient[Litestar], body: dict[str, Any], utc: str
) -> None:
    url = _record(http, "collections")
    response = http.put(f"{url}/expiry_date", json=body)
    assert response.status_code == 204, response.text
    assert http.get(url).json()["expiry_date"] == utc
