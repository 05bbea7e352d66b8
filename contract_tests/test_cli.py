"""The CLI path: ``st run openapi.yaml --url <server>/api/v1`` with the project's schemathesis.toml.

The mock server runs on loopback in a thread; the CLI is the venv's own ``st``, run from the repo root so
it reads ``schemathesis.toml`` (hooks, auth from ``CONTRACT_TOKEN``, per-operation settings). Its JUnit
and JSON reports go to ``reports/``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

from mock_server import API_PREFIX, DEMO_TOKEN, Settings, create_app
from mock_server.testing import serve_in_thread

from .profiles import Profile, generation_seed
from .suite import REPO, SPEC_PATH

HTTP_METHODS = {"get", "put", "post", "patch", "delete", "head", "options", "trace"}

ST = Path(sys.executable).with_name("st")


def cli_command(base_url: str, profile: Profile, reports: Path) -> list[str]:
    """The ``st run`` command line for ``base_url`` (which must include /api/v1)."""
    seed = generation_seed()
    return [
        str(ST),
        "run",
        "openapi.yaml",
        "--url",
        base_url,
        "--max-examples",
        str(profile.cli_max_examples),
        *(["--seed", str(seed)] if seed is not None else []),
        "--report",
        "junit,json",
        "--report-junit-path",
        str(reports / "schemathesis-junit.xml"),
        "--report-json-path",
        str(reports / "schemathesis-run.json"),
    ]


def test_cli_run_passes(profile: Profile, reports_dir: Path) -> None:
    for name in ("schemathesis-junit.xml", "schemathesis-run.json"):
        (reports_dir / name).unlink(missing_ok=True)
    with serve_in_thread(create_app(Settings())) as url:
        command = cli_command(url + API_PREFIX, profile, reports_dir)
        env = {**os.environ, "CONTRACT_TOKEN": DEMO_TOKEN, "NO_COLOR": "1", "COLUMNS": "120"}
        done = subprocess.run(
            command,
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=profile.cli_max_time,
            check=False,
        )
    output = done.stdout + done.stderr
    assert done.returncode == 0, f"{' '.join(command)} exited {done.returncode}:\n{output[-6000:]}"

    run = json.loads((reports_dir / "schemathesis-run.json").read_text(encoding="utf-8"))
    assert run["exit_code"] == 0 and not run["failures"] and not run["errors"], output[-6000:]
    in_spec = sum(
        method in HTTP_METHODS
        for item in yaml.safe_load(SPEC_PATH.read_text())["paths"].values()
        for method in item
    )
    assert run["operations"]["tested"] == run["operations"]["total"] == in_spec, run["operations"]
    # The hooks module was loaded: the JSON-lines answers had a deserializer (so were validated).
    assert not run["warnings"]["missing_deserializer"], run["warnings"]
    # The token from the config was used: plenty of calls were accepted, not just 401s.
    accepted = sum(
        phase.get("accepted", 0) for rates in run["valid_rates"].values() for phase in rates.values()
    )
    assert accepted >= 100, f"only {accepted} accepted calls: {run['valid_rates']}"

    suites = ET.parse(reports_dir / "schemathesis-junit.xml").getroot()
    assert len(suites.findall(".//testcase")) >= 50
