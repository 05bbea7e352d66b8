"""Apply one planted bug to a copy of the server and run the contract suite against it.

The copy (server, contract tests, spec, configs) goes to a temporary directory; pytest runs there, so the
broken ``mock_server`` is the one imported, in-process, exactly as ``contract_tests`` tests any target.
The behavioural properties run first (seconds); only a mutant they miss gets schemathesis' runs too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from .catalogue import Mutant

__all__ = ["FAST", "SLOW", "MutantStale", "Verdict", "apply", "check_applies", "judge", "run_suite"]

ROOT = Path(__file__).resolve().parents[2]
COPIED = ("mock_server", "contract_tests", "openapi.yaml", "schemathesis.toml", "pyproject.toml")
# Cheapest and most telling first: with -x a mutant stops at its first failing test.
FAST = tuple(
    f"contract_tests/{name}.py"
    for name in (
        "test_writes",
        "test_paging",
        "test_isolation",
        "test_sharing",
        "test_completions",
        "test_model",
        "test_edges",
    )
)
SLOW = tuple(
    f"contract_tests/{name}.py" for name in ("test_authorization", "test_stateless", "test_stateful")
)
# Environment variables that would point the copy's suite somewhere else.
_CLEARED = ("CONTRACT_BASE_URL", "CONTRACT_TOKEN", "CONTRACT_OTHER_TOKEN", "CI", "CONTRACT_REPORTS")


class MutantStale(RuntimeError):
    """A mutant's text is not in the server (any more): it must be updated, not silently skipped."""


@dataclass(frozen=True)
class Verdict:
    """What the suite said about one mutant (or about the unbroken server, when ``mutant`` is None)."""

    mutant: Mutant | None
    caught: bool
    by: tuple[str, ...]
    seconds: float
    output: str


def check_applies(mutant: Mutant, root: Path = ROOT) -> str:
    """The mutated text of the mutant's file; raises :class:`MutantStale` unless the edit applies once."""
    path = root / mutant.file
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    found = text.count(mutant.old)
    if found != 1:
        raise MutantStale(f"mutant {mutant.name}: {mutant.file} holds its text {found} times (expected once)")
    return text.replace(mutant.old, mutant.new)


def apply(mutant: Mutant | None, tree: Path) -> None:
    """Copy the project's server and contract suite to ``tree`` and plant ``mutant`` there."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "reports")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tree / name, ignore=ignore)
        else:
            shutil.copy2(source, tree / name)
    if mutant is not None:
        (tree / mutant.file).write_text(check_applies(mutant, tree), encoding="utf-8")


def run_suite(tree: Path, files: tuple[str, ...], *, first_only: bool) -> tuple[bool, tuple[str, ...], str]:
    """(passed, failed test ids, output tail) of pytest over ``files`` in ``tree``."""
    report = tree / "junit.xml"
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "-o",
        "addopts=",
        "-W",
        "error",
    ]
    command += ["--junitxml", str(report), *(["-x"] if first_only else []), *files]
    env = {k: v for k, v in os.environ.items() if k not in _CLEARED} | {"PYTHONDONTWRITEBYTECODE": "1"}
    env.setdefault("CONTRACT_PROFILE", "quick")
    done = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True, check=False)
    failed: list[str] = []
    if report.is_file():
        for case in ET.parse(report).getroot().iter("testcase"):
            problem = case.find("failure")
            problem = problem if problem is not None else case.find("error")
            if problem is None:
                continue
            name = f"{case.get('classname', '').rsplit('.', 1)[-1]}::{case.get('name')}"
            seeding = "SEEDING FAILED" in (problem.get("message", "") + (problem.text or ""))
            failed.append(f"seeding, in {name}" if seeding else name)
    output = (done.stdout + done.stderr)[-3000:]
    if done.returncode not in (0, 1) and not failed:
        failed.append(f"pytest exited {done.returncode}")
    return done.returncode == 0, tuple(failed), output


def judge(mutant: Mutant | None, *, first_only: bool = False, fast_only: bool = False) -> Verdict:
    """Run the suite against the server with ``mutant`` planted (None: unbroken)."""
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="mutant-") as directory:
        tree = Path(directory)
        apply(mutant, tree)
        passed, failed, output = run_suite(tree, FAST, first_only=first_only)
        if passed and not fast_only:
            passed, failed, output = run_suite(tree, SLOW, first_only=first_only)
    return Verdict(mutant, not passed, failed, time.monotonic() - start, output)
