"""Failures of the contract suite read well: seeding named as such, ``-x`` keeps its failure, short lines."""

from __future__ import annotations

import os
import subprocess
import sys

from contract_tests.conftest import MAX_LINE, shorten
from contract_tests.spec import REPO


def test_long_lines_are_cut() -> None:
    text = "E   Falsifying example: " + "x" * 261_000 + "\nnext line"
    short = shorten(text)
    assert max(len(line) for line in short.splitlines()) < MAX_LINE + 50
    assert "more characters" in short and "next line" in short


def test_an_unreachable_target_fails_as_seeding_under_x() -> None:
    """Nothing listens on the port: the first test fails as a seeding failure, and -x keeps that report
    (the module's success-ratio guard must not replace it)."""
    env = {
        **os.environ,
        "CONTRACT_BASE_URL": "http://127.0.0.1:9/api/v1",
        "CONTRACT_TOKEN": "first",
        "CONTRACT_OTHER_TOKEN": "second",
    }
    env.pop("CI", None)
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-x",
        "-q",
        "-p",
        "no:cacheprovider",
        "contract_tests/test_stateless.py",
    ]
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output[-4000:]
    assert "SEEDING FAILED" in output, output[-4000:]
    assert "generated calls got a 2xx" not in output, output[-4000:]
    assert "1 failed" in output or "1 error" in output, output[-4000:]
