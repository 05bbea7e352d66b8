"""The stock schemathesis CLI, given only our served spec and a bearer header, finds no fault in the mock.

This is what any team sees when it points the stock tool at our spec: no hooks, no ``schemathesis.toml``
(the command runs in an empty directory), every phase and every check. Only the number of examples per
operation is the profile's (``bare_max_examples``), not the tool's default of 100, which alone took six
minutes of the 20 the whole test command has on 2 cores. A failure here is a false alarm that
team would chase, or a real bug in the spec or the server.

Five kinds of report are the tool's own; ``tools_own`` tells each apart precisely (its docstring says how),
and every other failure, and every other error, fails this test. The server is served through a recorder,
which one of those kinds needs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from contract_tests.profiles import current_profile
from contract_tests.spec import load_yaml
from mock_server import Settings, create_app
from mock_server.spec import SPEC_PATH
from mock_server.testing import serve_in_thread
from tests._headers import USER

from .recorder import Recorder
from .st_report import errors, failures
from .tools_own import generator_gave_up, removed_another_way, tools_own

# Next to the interpreter that runs the tests: the project's virtualenv.
ST = shutil.which("st", path=str(Path(sys.executable).parent)) or "st"
SPEC: dict[str, Any] = load_yaml(SPEC_PATH)


@pytest.mark.slow
def test_the_bare_schemathesis_run_reports_no_failure(tmp_path: Path) -> None:
    env = {
        key: value for key, value in os.environ.items() if not key.startswith(("SCHEMATHESIS_", "CONTRACT_"))
    }
    recorder = Recorder(create_app(Settings()))
    with serve_in_thread(recorder) as url:
        command = [
            ST,
            "run",
            f"{url}/openapi.yaml",
            "-H",
            "Authorization: Bearer demo-token",
            "--checks",
            "all",
            "--max-examples",
            str(current_profile().bare_max_examples),
        ]
        result = subprocess.run(
            command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=1500, check=False
        )
    output = result.stdout[-8000:] + result.stderr[-2000:]
    summary = re.search(r"Test cases:\s+(\d+) generated", result.stdout)
    assert summary and int(summary[1]) > 1000, output
    # 🚫 marks a phase that ran and met an error; the errors are judged one by one below.
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert re.search(rf"[✅❌🚫] {phase}", result.stdout), f"phase {phase} did not run:\n{output}"
    found = failures(result.stdout)
    ours = [f for f in found if not tools_own(SPEC, f, recorder.exchanges)]
    assert not ours, "\n".join(ours)[-8000:]
    entries = errors(result.stdout)
    assert all(generator_gave_up(SPEC, error) for error in entries), output
    assert result.returncode == 0 or found or entries, output


def test_a_chat_removed_with_its_collection_is_told_apart_on_a_served_mock() -> None:
    recorder = Recorder(create_app(Settings()))
    with serve_in_thread(recorder) as url, httpx.Client(base_url=f"{url}/api/v1", headers=USER) as client:
        collection = client.post("/collections", json={"name": "c", "description": "d"}).json()["id"]
        session = client.post("/chats", params={"collection_id": collection}, json={}).json()["id"]
        assert client.delete(f"/collections/{collection}").is_success
        assert client.delete(f"/chats/{session}/collection").status_code == 404
    failure = (
        "1. Test Case ID: x\n\n- ST302 Created resource not found\n\n[404] Not Found:\n\n    `{}`\n\n"
        f"    curl -X POST 'http://h/api/v1/chats?collection_id={collection}'\n"
        f"    curl -X DELETE http://h/api/v1/chats/{session}/collection\n"
    )
    assert removed_another_way(SPEC, failure, recorder.exchanges)
    # Without the collection's deletion on record, the same 404 is a lost chat.
    kept = [e for e in recorder.exchanges if e.method != "DELETE" or "/collections/" not in e.path]
    assert not removed_another_way(SPEC, failure, kept)
