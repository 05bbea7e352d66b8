"""What the benchmark asks of every server: the fixed mix of requests, and the servers it asks.

Every request is valid for all servers: Prism validates requests against the spec (bearer header,
body schema) but is stateless, so it only needs ids that look right; the mock and the ceiling hold the
data set of ``dataset``, whose ids are fixed.
"""

from __future__ import annotations

import msgspec

from .dataset import COMPLETION_SESSION_ID, PAGE, QUESTION, READER_TOKEN, TARGET_SESSION_ID, WRITER_TOKEN

__all__ = ["SCALE_SCENARIOS", "SCENARIOS", "Request", "Scenario", "Target"]

_JSON_BODY = msgspec.json.encode({"message": QUESTION})


class Request(msgspec.Struct, frozen=True, kw_only=True):
    """One HTTP request, relative to a target's base URL."""

    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    body: bytes = b""


class Scenario(msgspec.Struct, frozen=True, kw_only=True):
    """A request repeated under load; ``streamed`` ones are measured by time to first line and lines/s."""

    name: str
    title: str
    request: Request
    status: int
    streamed: bool = False

    @property
    def is_get(self) -> bool:
        """Whether the framework-ceiling and latency targets apply (they are set for reads)."""
        return self.request.method == "GET"


class Target(msgspec.Struct, frozen=True, kw_only=True):
    """A server under test: ``prefix`` is where the spec's ``/api/v1`` paths live on it."""

    name: str
    label: str
    port: int
    prefix: str

    def url(self, request: Request) -> str:
        """The absolute URL of ``request`` on this server (always on loopback)."""
        return f"http://127.0.0.1:{self.port}{self.prefix}{request.path}"


def _auth(token: str, *extra: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    return (("Authorization", f"Bearer {token}"), *extra)


_JSON = ("Content-Type", "application/json")

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        name="list_sessions",
        title="list sessions",
        request=Request(method="GET", path=f"/chats?offset=0&limit={PAGE}", headers=_auth(READER_TOKEN)),
        status=200,
    ),
    Scenario(
        name="get_session",
        title="get a session",
        request=Request(method="GET", path=f"/chats/{TARGET_SESSION_ID}", headers=_auth(READER_TOKEN)),
        status=200,
    ),
    Scenario(
        name="create_session",
        title="create a session",
        request=Request(method="POST", path="/chats", headers=_auth(WRITER_TOKEN)),
        status=201,
    ),
    Scenario(
        name="list_messages",
        title="list messages",
        request=Request(
            method="GET",
            path=f"/chats/{TARGET_SESSION_ID}/messages?offset=0&limit={PAGE}",
            headers=_auth(READER_TOKEN),
        ),
        status=200,
    ),
    Scenario(
        name="completion_json",
        title="completion (JSON)",
        request=Request(
            method="POST",
            path=f"/chats/{COMPLETION_SESSION_ID}/completions",
            headers=_auth(WRITER_TOKEN, _JSON, ("Accept", "application/json")),
            body=_JSON_BODY,
        ),
        status=200,
    ),
    Scenario(
        name="completion_stream",
        title="completion (streamed)",
        request=Request(
            method="POST",
            path=f"/chats/{COMPLETION_SESSION_ID}/completions",
            headers=_auth(WRITER_TOKEN, _JSON, ("Accept", "application/jsonl")),
            body=_JSON_BODY,
        ),
        status=200,
        streamed=True,
    ),
)

# The reads whose latency must not grow with the amount of data stored.
SCALE_SCENARIOS: tuple[Scenario, ...] = tuple(
    s for s in SCENARIOS if s.name in ("list_sessions", "get_session", "list_messages")
)
