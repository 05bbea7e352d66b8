"""The stock schemathesis CLI, given only our served spec and a bearer header, finds no fault in the mock.

This is what any team sees when it points the stock tool at our spec: no hooks, no ``schemathesis.toml``
(the command runs in an empty directory), every phase and every check. A failure here is a false alarm that
team would chase, or a real bug in the spec or the server.

One failure is the tool's own and is told apart precisely: schemathesis 4.32.5 (the newest) sometimes
sends a stateful step without a required query parameter and calls it schema-valid (an inferred link reads
``$response.body#/*/collection_id`` from a list, picks one of the matches at random and may pick a
``null``, which the request then leaves out). The server's 400 for it is right; any other failure fails
this test.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mock_server import Settings, create_app
from mock_server.testing import serve_in_thread

# Next to the interpreter that runs the tests: the project's virtualenv.
ST = shutil.which("st", path=str(Path(sys.executable).parent)) or "st"
MISSING_QUERY = "Missing required query parameter"


def _failures(output: str) -> list[str]:
    """The failure entries of a run's FAILURES section, one text each."""
    section = output.partition("= FAILURES =")[2].partition("= WARNINGS =")[0]
    return re.split(r"\n(?=\d+\. Test Case ID:)", section)[1:]


def _tool_defect(failure: str) -> bool:
    """A step the tool sent without a required query parameter, labelled schema-valid (see above)."""
    return "ST202" in failure and "[400]" in failure and MISSING_QUERY in failure


@pytest.mark.slow
def test_the_bare_schemathesis_run_reports_no_failure(tmp_path: Path) -> None:
    env = {
        key: value for key, value in os.environ.items() if not key.startswith(("SCHEMATHESIS_", "CONTRACT_"))
    }
    with serve_in_thread(create_app(Settings())) as url:
        command = [
            ST,
            "run",
            f"{url}/openapi.yaml",
            "-H",
            "Authorization: Bearer demo-token",
            "--checks",
            "all",
        ]
        result = subprocess.run(
            command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=1500, check=False
        )
    output = result.stdout[-8000:] + result.stderr[-2000:]
    summary = re.search(r"Test cases:\s+(\d+) generated", result.stdout)
    assert summary and int(summary[1]) > 1000, output
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert re.search(rf"[✅❌] {phase}", result.stdout), f"phase {phase} did not run:\n{output}"
    ours = [failure for failure in _failures(result.stdout) if not _tool_defect(failure)]
    assert not ours, output
    assert result.returncode == 0 or _failures(result.stdout), output


def test_only_the_tools_own_defect_is_told_apart() -> None:
    defect = (
        "1. Test Case ID: BZToB4\n\n- ST202 Schema-valid request rejected\n\n[400] Bad Request:\n\n"
        '    `{"code":400,"message":"Missing required query parameter \'collection_id\' for path /x"}`\n'
    )
    other = (
        "1. Test Case ID: mEM9jx\n\n- ST202 Schema-valid request rejected\n\n[400] Bad Request:\n\n    `{}`\n"
    )
    run = f"== FAILURES ==\n___ POST /x ___\n{defect}\n___ DELETE /y ___\n{other}\n== WARNINGS ==\n"
    found = _failures(run)
    assert [_tool_defect(f) for f in found] == [True, False]
