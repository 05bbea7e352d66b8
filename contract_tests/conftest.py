"""pytest wiring of the contract tests: the target, the profile, JUnit XML under CI, per-test outcomes."""

from __future__ import annotations

import os
from collections.abc import Generator
from pathlib import Path

import pytest

from . import hooks  # noqa: F401  (registers the jsonl deserializer, check and Accept hook before any schema loads)
from .profiles import Profile, current_profile
from .suite import REPO
from .target import Target, target_from_env

REPORTS = REPO / "reports"
_OUTCOME = pytest.StashKey[pytest.TestReport]()


def pytest_configure(config: pytest.Config) -> None:
    """Under CI (``CI=true``), write JUnit XML to ``reports/contract-tests.xml`` unless a path was given."""
    if os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"} and not config.option.xmlpath:
        REPORTS.mkdir(exist_ok=True)
        config.option.xmlpath = str(REPORTS / "pytest-junit.xml")


def pytest_report_header(config: pytest.Config) -> list[str]:
    profile = current_profile()
    where = os.environ.get("CONTRACT_BASE_URL") or "in-process mock server (ASGI)"
    return [f"contract tests: profile {profile.name}, target {where}"]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, object, object]:
    report = yield
    if isinstance(report, pytest.TestReport) and report.when == "call":
        item.stash[_OUTCOME] = report
    return report


def call_passed(item: pytest.Item) -> bool:
    """Whether the test body of ``item`` ran and passed (for guards that run at teardown)."""
    report = item.stash.get(_OUTCOME, None)
    return report is not None and report.passed


@pytest.fixture(scope="session")
def profile() -> Profile:
    return current_profile()


@pytest.fixture(scope="session")
def reports_dir() -> Path:
    REPORTS.mkdir(exist_ok=True)
    return REPORTS


@pytest.fixture(scope="session")
def session_target() -> Target:
    return target_from_env()
