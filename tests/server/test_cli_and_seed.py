"""Running the server: flags and environment, demo data, fixtures, the spec file, docs, health and CORS."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from litestar import Litestar
from litestar.testing import TestClient

from mock_server import Settings, create_app
from mock_server.cli import parse_settings
from tests._headers import ADMIN, USER

ROOT = Path(__file__).resolve().parents[2]


def test_flags_and_environment_fill_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCK_PORT", "9001")
    monkeypatch.setenv("MOCK_TOKENS", "t1=ann,t2=ben")
    settings = parse_settings(["--seed", "7", "--empty", "--time-to-first-token", "0.5", "--token", "t3=cy"])
    assert (settings.port, settings.seed, settings.empty, settings.time_to_first_token) == (
        9001,
        7,
        True,
        0.5,
    )
    assert settings.tokens == {"t1": "ann", "t2": "ben", "t3": "cy"}
    assert parse_settings(["--port", "9002"]).port == 9002


def test_help_lists_the_options() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mock_server", "--help"], capture_output=True, text=True, check=True
    )
    for option in (
        "--host",
        "--port",
        "--seed",
        "--fixtures",
        "--empty",
        "--token",
        "--cors-origin",
        "MOCK_",
    ):
        assert option in result.stdout


def _snapshot(app_settings: Settings) -> list[object]:
    with TestClient(create_app(app_settings)) as http:
        sessions = http.get("/api/v1/chats", headers=USER).json()
        messages = [http.get(f"/api/v1/chats/{s['id']}/messages", headers=USER).json() for s in sessions]
        created = http.post("/api/v1/chats", headers=USER).json()
    strip = {"created_at", "updated_at"}
    return [
        [{k: v for k, v in s.items() if k not in strip} for s in sessions],
        [[{k: v for k, v in m.items() if k not in strip} for m in ms] for ms in messages],
        created["id"],
    ]


def test_demo_data_is_deterministic_under_a_seed() -> None:
    first, again, other = (
        _snapshot(Settings(seed=1)),
        _snapshot(Settings(seed=1)),
        _snapshot(Settings(seed=2)),
    )
    assert first == again
    assert first[2] != other[2] and first[0] == other[0]
    sessions, messages = first[0], first[1]
    assert isinstance(sessions, list) and len(sessions) >= 3
    assert isinstance(messages, list) and any(len(ms) >= 2 for ms in messages)


def test_empty_flag_keeps_users_only() -> None:
    with TestClient(create_app(Settings(empty=True))) as http:
        assert http.get("/api/v1/chats", headers=USER).json() == []
        assert http.get("/api/v1/collections/count", headers=USER).json() == {"count": 0}


def test_a_users_fixture_file_replaces_the_demo(tmp_path: Path) -> None:
    fixture = {
        "users": [{"username": "zoe", "token": "zoe-token"}],
        "documents": [
            {
                "id": "d1",
                "owner": "zoe",
                "name": "tea.md",
                "type": "md",
                "created_at": "2026-11-01T00:00:00Z",
                "pages": ["# Tea\nGreen tea steeps for two minutes at eighty degrees."],
            }
        ],
        "collections": [
            {
                "id": "c1",
                "owner": "zoe",
                "name": "Tea",
                "description": "Brewing",
                "created_at": "2026-11-01T00:00:00Z",
                "document_ids": ["d1"],
            }
        ],
        "chat_sessions": [
            {
                "id": "s1",
                "owner": "zoe",
                "created_at": "2026-11-01T00:00:00Z",
                "collection_id": "c1",
                "questions": ["How long does green tea steep?"],
            }
        ],
    }
    path = tmp_path / "fixture.json"
    path.write_text(json.dumps(fixture))
    with TestClient(create_app(Settings(fixtures=path))) as http:
        assert http.get("/api/v1/chats", headers=USER).status_code == 401
        headers = {"Authorization": "Bearer zoe-token"}
        answer = http.get("/api/v1/chats/s1/messages", headers=headers).json()[0]
        assert "two minutes" in answer["content"]
        assert answer["has_references"]


def _histories(client: TestClient[Litestar]) -> dict[str, object]:
    """The demo user's sessions, each with its messages."""
    sessions = client.get("/api/v1/chats", headers=USER).json()
    return {s["id"]: client.get(f"/api/v1/chats/{s['id']}/messages", headers=USER).json() for s in sessions}


def test_an_export_serves_as_the_fixtures_file(http: TestClient[Litestar], tmp_path: Path) -> None:
    session = http.post("/api/v1/chats").json()["id"]
    http.post(f"/api/v1/chats/{session}/completions", json={"message": "What is new?"})
    histories = _histories(http)
    path = tmp_path / "export.json"
    path.write_bytes(http.get("/admin/state", headers=ADMIN).content)
    with TestClient(create_app(Settings(fixtures=path))) as started:
        assert started.get("/admin/state", headers=ADMIN).content == path.read_bytes()
        assert _histories(started) == histories
        # The export holds ids this seed drew before; those drawn after start-up must be others.
        new = started.post("/api/v1/chats", headers=USER).json()["id"]
        started.post(f"/api/v1/chats/{new}/completions", json={"message": "Hi?"}, headers=USER)
        assert _histories(started) == {new: _histories(started)[new], **histories}
        assert started.post("/admin/state/reset", headers=ADMIN).status_code == 204
        assert _histories(started) == histories


def test_spec_docs_health_and_cors(http: TestClient[Litestar]) -> None:
    spec = http.get("/openapi.yaml")
    assert spec.content == (ROOT / "openapi.yaml").read_bytes()
    assert spec.headers["content-type"].startswith("application/yaml")
    docs = http.get("/docs")
    assert docs.status_code == 200 and "/openapi.yaml" in docs.text and "https://" not in docs.text
    assert http.get("/docs/assets/swagger-ui-bundle.js").status_code == 200
    assert "docs-stream.js" in docs.text and http.get("/docs/toolkit/docs-stream.js").status_code == 200
    assert '"demo-token"' in docs.text and "preauthorizeApiKey" in docs.text
    admin_docs = http.get("/admin/docs")
    assert admin_docs.status_code == 200 and "/admin/openapi.yaml" in admin_docs.text
    assert "admin-token" not in admin_docs.text and "https://" not in admin_docs.text
    root = http.get("/", follow_redirects=False)
    assert root.is_redirect and root.headers["location"] == "/docs"
    assert http.get("/health").json() == {"status": "ok"}
    preflight = http.options(
        "/api/v1/chats",
        headers={
            "Origin": "http://localhost:5173",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-origin"] == "http://localhost:5173"
    foreign = http.options(
        "/api/v1/chats", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    )
    assert "access-control-allow-origin" not in foreign.headers


def test_the_command_serves_the_demo_data(unused_port: int) -> None:
    # How fast it starts is a benchmark figure (python -m scripts.benchmark.startup), not a test's: a busy
    # machine may take several seconds. This only checks that the command comes up and serves.
    env = {**os.environ, "MOCK_PORT": str(unused_port)}
    process = subprocess.Popen([sys.executable, "-m", "mock_server"], env=env, cwd=ROOT)
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{unused_port}/api/v1/chats", headers=USER, timeout=5)
                break
            except httpx.TransportError:
                assert process.poll() is None, "the server exited"
                assert time.monotonic() < deadline, "the server did not come up"
                time.sleep(0.05)
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert response.status_code == 200
    assert {session["name"] for session in response.json()}


@pytest.mark.parametrize(
    ("args", "env", "names"),
    [
        (["--fixtures", "/no/such/file.json"], {}, "No such file"),
        (["--fixtures", "{bad}"], {}, "malformed"),
        (["--fixtures", "{wrong-shape}"], {}, "$.users"),
        (["--fixtures", "{inconsistent}"], {}, "prompt_templates[0]"),
        ([], {"MOCK_PORT": "abc"}, "not a port number"),
        (["--port", "80111"], {}, "outside 1-65535"),
        (["--port", "0"], {}, "outside 1-65535"),
        ([], {"MOCK_SEED": "x"}, "--seed"),
        ([], {"MOCK_TOKENS_PER_SECOND": "fast"}, "--tokens-per-second"),
        (["--port", "{taken}"], {}, "cannot listen"),
    ],
)
def test_bad_input_to_the_command_is_one_line_and_exit_status_2(
    tmp_path: Path, args: list[str], env: dict[str, str], names: str
) -> None:
    files = {
        "{bad}": "{not json",
        "{wrong-shape}": '{"users": 5}',
        "{inconsistent}": json.dumps({"users": [], "prompt_templates": [{"name": "no id"}]}),
    }
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        for placeholder, content in files.items():
            if placeholder in args:
                (tmp_path / "f.json").write_text(content)
                args = [str(tmp_path / "f.json") if a == placeholder else a for a in args]
        args = [port if a == "{taken}" else a for a in args]
        run = subprocess.run(
            [sys.executable, "-m", "mock_server", *args],
            env={**os.environ, **env},
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert run.returncode == 2, run.stderr
    assert run.stdout == ""  # no banner for a server that did not start
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr, run.stderr
    assert names in run.stderr
