"""Live mode needs nothing from ``mock_server``: every contract test module collects without it."""

from __future__ import annotations

import os
import subprocess
import sys

from contract_tests.spec import REPO

# Makes `import mock_server` fail (a finder that refuses it, as if it were not installed), then collects the
# contract tests in live mode. Without mock_server its pytest plugin, an entry point of the same
# distribution, is not installed either, so it is not loaded.
_PROBE = """
import sys, importlib.abc

class Absent(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] == "mock_server":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, Absent())
import pytest
options = ["-q", "--collect-only", "-p", "no:cacheprovider", "-p", "no:h2ogpte_mock"]
sys.exit(pytest.main([*options, "contract_tests"]))
"""


def test_live_mode_collects_without_mock_server() -> None:
    env = {
        **os.environ,
        "CONTRACT_BASE_URL": "http://127.0.0.1:9/api/v1",
        "CONTRACT_TOKEN": "first",
        "CONTRACT_OTHER_TOKEN": "second",
    }
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=REPO, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    assert "test_second_user_cannot_touch_first_users_records" in done.stdout
