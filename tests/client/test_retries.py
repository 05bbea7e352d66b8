"""Retries: connection failures always, 429/503 for idempotent requests only; configurable and off-able."""

from __future__ import annotations

import httpx
import pytest

from gpte_client import AuthenticatedClient
from gpte_client.api.chat import create_chat_session, list_chat_sessions
from gpte_client.client import DEFAULT_STALL_TIMEOUT, DEFAULT_TIMEOUT
from gpte_client.errors import UnexpectedStatus
from gpte_client.retries import Retry

BASE_URL = "http://testserver.local/api/v1"
SESSION = {
    "id": "s1",
    "name": None,
    "collection_id": None,
    "collection_name": None,
    "prompt_template_id": None,
    "latest_message_content": None,
    "updated_at": "2026-11-29T00:00:00Z",
}
NO_WAIT = Retry(attempts=3, backoff=0.0)


class Script:
    """A transport answering from a list: a status, or an exception to raise; counts the requests."""

    def __init__(self, *answers: int | Exception, body: object = None) -> None:
        self.answers = list(answers)
        self.body = body
        self.methods: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.methods.append(request.method)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return httpx.Response(answer, json=self.body if answer < 300 else {"code": answer, "message": "busy"})


def _client(script: Script, retry: Retry | None = NO_WAIT) -> AuthenticatedClient:
    transport = httpx.MockTransport(script)
    return AuthenticatedClient(base_url=BASE_URL, token="t", httpx_args={"transport": transport}, retry=retry)


def test_a_get_is_retried_after_503_and_429() -> None:
    script = Script(503, 429, 200, body=[])
    assert list_chat_sessions.sync(client=_client(script)) == []
    assert script.methods == ["GET"] * 3


def test_retries_stop_after_the_configured_attempts() -> None:
    script = Script(503)
    with pytest.raises(UnexpectedStatus) as caught:
        list_chat_sessions.sync(client=_client(script, Retry(attempts=2, backoff=0.0)))
    assert caught.value.status_code == 503 and len(script.methods) == 2


def test_retries_can_be_turned_off() -> None:
    script = Script(503)
    with pytest.raises(UnexpectedStatus):
        list_chat_sessions.sync(client=_client(script, retry=None))
    assert len(script.methods) == 1


def test_a_post_is_not_retried_after_503() -> None:
    """Creating twice is worse than failing once."""
    script = Script(503, 201, body=SESSION)
    with pytest.raises(UnexpectedStatus):
        create_chat_session.sync(client=_client(script))
    assert script.methods == ["POST"]


def test_a_post_is_retried_when_it_never_reached_the_server() -> None:
    script = Script(httpx.ConnectError("refused"), 201, body=SESSION)
    assert create_chat_session.sync(client=_client(script)).id == "s1"
    assert script.methods == ["POST", "POST"]


async def test_async_calls_retry_too() -> None:
    script = Script(httpx.ConnectError("refused"), 503, 200, body=[])
    async with _client(script) as client:
        assert await list_chat_sessions.asyncio(client=client) == []
    assert len(script.methods) == 3


def test_backoff_doubles_is_capped_and_honours_retry_after() -> None:
    retry = Retry(backoff=0.5, max_backoff=3.0)
    assert [retry.delay(attempt, None) for attempt in (1, 2, 3, 4)] == [0.5, 1.0, 2.0, 3.0]
    assert retry.delay(1, httpx.Response(429, headers={"Retry-After": "2"})) == 2.0
    assert retry.delay(1, httpx.Response(429, headers={"Retry-After": "600"})) == 3.0


def test_default_timeouts() -> None:
    client = AuthenticatedClient(base_url=BASE_URL, token="t")
    timeout = client.get_httpx_client().timeout
    assert timeout == DEFAULT_TIMEOUT and timeout.connect is not None and timeout.read is not None
    assert client.stream_timeout().read == DEFAULT_STALL_TIMEOUT
    assert client.stream_timeout().connect == timeout.connect
