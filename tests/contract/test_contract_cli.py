"""``h2ogpte-contract`` (``contract_tests.cli.main``): a failing target gives a non-zero exit, JUnit XML and
a summary line per property."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

_RUN = "import sys; from contract_tests.cli import main; sys.exit(main(sys.argv[1:]))"


def test_an_unreachable_target_fails_with_a_summary(tmp_path: Path) -> None:
    junit = tmp_path / "junit.xml"
    command = [sys.executable, "-c", _RUN, "http://127.0.0.1:9/api/v1", "--token", "first"]
    command += ["--other-token", "second", "--junit", str(junit), "--", "-k", "test_read_your_writes"]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output[-4000:]
    assert "FAILED  read-your-writes" in output, output[-4000:]
    assert "SEEDING FAILED" in output, output[-4000:]
    summary = [line for line in output.splitlines() if line.startswith("h2ogpte-contract: ")]
    assert summary and " 0 passed" in summary[-1] and " 0 failed" not in summary[-1], summary
    assert ET.parse(junit).getroot().iter("testcase"), "no JUnit XML"
