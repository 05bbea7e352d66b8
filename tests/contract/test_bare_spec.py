"""The stock schemathesis CLI, given only our served spec and a bearer header, finds no fault in the mock.

This is what any team sees when it points the stock tool at our spec: no hooks, no ``schemathesis.toml``
(the command runs in an empty directory), every phase and every check. A failure here is a false alarm that
team would chase, or a real bug in the spec or the server.
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
    output = result.stdout[-6000:] + result.stderr[-2000:]
    assert result.returncode == 0, output
    summary = re.search(r"Test cases:\s+(\d+) generated, (\d+) passed", result.stdout)
    assert summary and int(summary[1]) > 1000, output
    assert "Failures:" not in result.stdout, output
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert re.search(rf"✅ {phase}", result.stdout), f"phase {phase} did not pass:\n{output}"
