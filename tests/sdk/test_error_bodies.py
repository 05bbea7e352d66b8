"""Every error the mock answers is JSON with a ``message``, outside ``/api/v1`` as well as inside it: the
vendor SDK's REST client reads ``message``, and its own calls outside ``/api/v1`` (``/rpc``, ``/file``)
read ``error``, which those bodies carry too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from h2ogpte.errors import H2OGPTEError, ObjectNotFoundError, UnauthorizedError

from mock_server.pytest_plugin import MockServer

from ._sdk import sync_client

CASES = [
    ("GET", "/rpc/meta", None, 401),
    ("GET", "/rpc/meta", "not-a-key", 401),
    ("POST", "/rpc/meta", "demo-token", 405),
    ("GET", "/rpc/no-such-call", "demo-token", 404),
    ("GET", "/no/such/path", None, 404),
    ("POST", "/health", None, 405),
    ("GET", "/ws", "demo-token", 405),
    ("DELETE", "/openapi.yaml", None, 405),
    ("GET", "/admin/state", "demo-token", 401),
    ("GET", "/api/v1/collections", None, 401),
    ("GET", "/api/v1/collections/no-such-id", "demo-token", 404),
]


@pytest.mark.parametrize(("method", "path", "token", "status"), CASES)
def test_error_bodies_are_json_with_a_message(
    h2ogpte_mock: MockServer, method: str, path: str, token: str | None, status: int
) -> None:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = httpx.request(method, h2ogpte_mock.url + path, headers=headers)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["code"] == status and isinstance(body["message"], str) and body["message"]


def test_the_sdk_raises_its_own_errors_from_them(h2ogpte_mock: MockServer) -> None:
    client = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    with pytest.raises(ObjectNotFoundError):
        client.get_prompt_template("no-such-template")
    with pytest.raises(ObjectNotFoundError):
        client.list_chat_messages("no-such-session", 0, 10)
    client._api_key = "revoked"
    with pytest.raises(UnauthorizedError):
        client.get_meta()


def test_the_sdks_errors_outside_the_rest_api_carry_the_servers_message(
    h2ogpte_mock: MockServer, tmp_path: Path
) -> None:
    client = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    calls: list[tuple[type[H2OGPTEError], Callable[[], object]]] = [
        (ObjectNotFoundError, lambda: client.delete_upload("no-such-upload")),
        (ObjectNotFoundError, lambda: client.download_document(tmp_path, "x.txt", "no-such-document")),
        (UnauthorizedError, lambda: sync_client(h2ogpte_mock.url, "not-a-key")),
    ]
    for kind, call in calls:
        with pytest.raises(H2OGPTEError) as raised:
            call()
        assert isinstance(raised.value, kind) and raised.value.message, raised.value
