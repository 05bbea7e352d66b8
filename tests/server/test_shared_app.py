"""The servers that ``conftest.app`` shares between tests: each test gets one back as a new server is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from litestar.testing import TestClient

from mock_server import API_PREFIX, Settings, create_app
from tests._headers import ADMIN, USER

from ._apps import restore, shared_app


def _untimed(value: Any) -> Any:
    # The demo data's messages are dated when they are seeded, so two servers differ in those times only.
    if isinstance(value, dict):
        return {key: _untimed(item) for key, item in value.items() if not key.endswith("_at")}
    if isinstance(value, list):
        return [_untimed(item) for item in value]
    return value


def _state(client: TestClient[Any]) -> tuple[Any, Any, Any, str]:
    """What a test could see of a server: its data, fault policy, request log, and the next id it gives."""
    data = _untimed(client.get("/admin/state", headers=ADMIN).json())
    faults = client.get("/admin/faults", headers=ADMIN).json()
    log = client.get("/admin/requests", headers=ADMIN).json()
    created = client.post(f"{API_PREFIX}/chats", headers=USER).json()["id"]
    return data, faults, log, created


@pytest.mark.parametrize("backend", ["memory", "sqlite"])
def test_a_restored_server_is_as_a_new_one(backend: str, tmp_path: Path) -> None:
    def settings(name: str) -> Settings:
        return Settings() if backend == "memory" else Settings(data=tmp_path / name)

    with TestClient(create_app(settings("new.db"))) as client:
        new = _state(client)
    app = restore(shared_app(settings("shared.db")))
    with TestClient(app) as client:
        # What a test may leave behind: records, a fault policy in force, requests in the log.
        client.post(f"{API_PREFIX}/collections", headers=USER, json={"name": "left", "description": ""})
        failing = {"list_chat_sessions": {"errors": {"rate": 1, "status": 400}}}
        assert client.put("/admin/faults", headers=ADMIN, json={"operations": failing}).status_code == 200
        assert client.get(f"{API_PREFIX}/chats", headers=USER).status_code == 400
    with TestClient(restore(app)) as client:
        assert _state(client) == new
