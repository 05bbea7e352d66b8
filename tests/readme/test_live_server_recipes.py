"""README's live-server recipes work against a fresh mock server, as a reader would run them.

The commands are read from README.md (so a change there is tested); only the server's address is
replaced by the test server's. The server is the one ``scripts/serve`` starts: demo data, default flags.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from mock_server import Settings, create_app
from mock_server.testing import serve_in_thread

ROOT = Path(__file__).resolve().parents[2]
README_URL = "http://127.0.0.1:8000"
REPORTS = ROOT / "reports"


def _recipe(marker: str) -> str:
    """The one command line of README.md that contains ``marker``."""
    lines = [line for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines() if marker in line]
    assert len(lines) == 1, f"expected one README line with {marker!r}, found {lines}"
    assert README_URL in lines[0]
    return lines[0]


def _run(command: str, url: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("CONTRACT_")}
    return subprocess.run(
        ["bash", "-c", command.replace(README_URL, url)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.mark.slow
def test_the_schemathesis_cli_recipe_passes_against_a_fresh_server() -> None:
    command = _recipe("st run openapi.yaml")
    before = set(REPORTS.glob("junit-*.xml"))
    with serve_in_thread(create_app(Settings())) as url:
        result = _run(command, url)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert re.search(r"\d+ generated, \d+ passed", result.stdout), result.stdout[-2000:]
    reports = set(REPORTS.glob("junit-*.xml")) - before
    assert len(reports) == 1 and "<testsuite" in reports.pop().read_text(encoding="utf-8")
