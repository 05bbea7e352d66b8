"""The TypeScript side: types generated from openapi.yaml are current, and a typed client type-checks
under strict settings and talks to a live mock."""

from __future__ import annotations

import difflib
import json
import subprocess
from pathlib import Path

import httpx
import pytest

from mock_server import DEMO_TOKEN, Settings, create_app
from mock_server.domain import split_pieces
from mock_server.testing import serve_in_thread
from tests._headers import USER

from .conftest import FRONTEND, ROOT

pytestmark = pytest.mark.npm

TSC = ROOT / "node_modules" / ".bin" / "tsc"
TSCONFIG = FRONTEND / "tsconfig.json"
TYPES = FRONTEND / "src" / "api.d.ts"


def _run(*command: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_committed_types_match_a_fresh_generation(tmp_path: Path, node: str) -> None:
    fresh = tmp_path / "api.d.ts"
    result = _run(ROOT / "scripts" / "generate_ts_types", "--output", fresh)
    assert result.returncode == 0, result.stderr
    committed, generated = TYPES.read_text().splitlines(), fresh.read_text().splitlines()
    diff = list(difflib.unified_diff(committed, generated, "committed", "fresh", lineterm=""))
    assert not diff, "frontend/src/api.d.ts is stale; run scripts/generate_ts_types.\n" + "\n".join(diff[:40])


def test_the_typed_client_type_checks(node: str) -> None:
    result = _run(TSC, "-p", TSCONFIG, "--noEmit")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_types_catch_a_wrong_field(tmp_path: Path, node: str) -> None:
    wrong = tmp_path / "wrong.ts"
    wrong.write_text(
        f'import type {{ components }} from "{(FRONTEND / "src" / "api").as_posix()}";\n'
        'export const session: components["schemas"]["ChatSession"] = { id: 42 };\n'
    )
    config = tmp_path / "tsconfig.json"
    config.write_text(
        json.dumps(
            {"extends": TSCONFIG.as_posix(), "compilerOptions": {"rootDir": "/"}, "files": [str(wrong)]}
        )
    )
    result = _run(TSC, "-p", config, "--noEmit")
    assert result.returncode != 0
    assert "wrong.ts" in result.stdout and "error TS2322" in result.stdout and "'number'" in result.stdout


def test_the_typed_client_lists_creates_and_streams(tmp_path: Path, node: str) -> None:
    built = _run(TSC, "-p", TSCONFIG, "--noEmit", "false", "--outDir", tmp_path)
    assert built.returncode == 0, built.stdout + built.stderr
    with (
        serve_in_thread(create_app(Settings(tokens_per_second=400))) as api,
        httpx.Client(base_url=api, headers=USER) as http,
    ):
        ran = _run(node, tmp_path / "demo.js", api, DEMO_TOKEN, timeout=60)
        assert ran.returncode == 0, ran.stdout + ran.stderr
        report = json.loads(ran.stdout)
        stored = http.get(f"/api/v1/chats/{report['session_id']}/messages", params={"limit": 1}).json()[0]
        count = http.get("/api/v1/chats/count").json()["count"]
    assert report["sessions_after"] == report["sessions_before"] + 1 == count
    assert report["collection_id"] is not None
    assert (report["text"], report["message_id"]) == (stored["content"], stored["id"])
    assert report["lines"] == len(split_pieces(stored["content"])) > 1
