"""Live mode needs nothing from ``mock_server``: every contract test module collects without it."""

from __future__ import annotations

import os
import subprocess
import sys

from contract_tests.spec import REPO

# Makes `import mock_server` fail, then collects the contract tests in live mode.
_PROBE = (
    "import sys; sys.modules['mock_server'] = None; import pytest; "
    "sys.exit(pytest.main(['-q', '--collect-only', '-p', 'no:cacheprovider', 'contract_tests']))"
)


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
