"""The CLI path: ``st run openapi.yaml --url <target>`` with the project's schemathesis.toml.

In live mode the CLI runs against ``CONTRACT_BASE_URL`` with ``CONTRACT_TOKEN``; in-process, the mock is
served on loopback for it. The CLI is the venv's own ``st``, run from the directory that holds
``schemathesis.toml`` (hooks, auth from ``CONTRACT_TOKEN``, per-operation settings). Its JUnit and JSON
reports go to ``reports/``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from .profiles import Profile, generation_seed
from .spec import CONFIG_PATH, SPEC_PATH, operations
from .target import Target

ST = Path(sys.executable).with_name("st")


def cli_command(base_url: str, profile: Profile, reports: Path) -> list[str]:
    """The ``st run`` command line for ``base_url`` (which must include /api/v1)."""
    seed = generation_seed()
    return [
        str(ST),
        "run",
        str(SPEC_PATH),
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


@contextmanager
def url_of(target: Target) -> Iterator[str]:
    """The target's base URL; the in-process mock is served on loopback meanwhile."""
    if target.live:
        with nullcontext(target.base_url) as url:
            yield url
        return
    from .inprocess import served

    with served(target) as url:
        yield url


def test_cli_run_passes(session_target: Target, profile: Profile, reports_dir: Path) -> None:
    for name in ("schemathesis-junit.xml", "schemathesis-run.json"):
        (reports_dir / name).unlink(missing_ok=True)
    session_target.reset()
    with url_of(session_target) as url:
        command = cli_command(url, profile, reports_dir)
        env = {**os.environ, "CONTRACT_TOKEN": session_target.token, "NO_COLOR": "1", "COLUMNS": "120"}
        done = subprocess.run(
            command,
            cwd=CONFIG_PATH.parent,
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
    total = len(operations())
    assert run["operations"]["tested"] == run["operations"]["total"] == total, run["operations"]
    # The hooks module was loaded: the JSON-lines answers had a deserializer (so were validated).
    assert not run["warnings"]["missing_deserializer"], run["warnings"]
    # The token from the config was used: plenty of calls were accepted, not just 401s.
    accepted = sum(
        phase.get("accepted", 0) for rates in run["valid_rates"].values() for phase in rates.values()
    )
    assert accepted >= 2 * total, f"only {accepted} accepted calls: {run['valid_rates']}"

    suites = ET.parse(reports_dir / "schemathesis-junit.xml").getroot()
    assert len(suites.findall(".//testcase")) >= total
