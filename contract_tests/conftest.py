"""pytest wiring of the contract tests: the target and its two users, the profile, JUnit XML under CI,
readable failures (seeding errors named as such, long lines cut), per-test outcomes."""

from __future__ import annotations

import os
from collections.abc import Generator
from pathlib import Path

import pytest

from . import hooks  # noqa: F401  (registers the jsonl deserializer, check and Accept hook before any schema loads)
from .profiles import Profile, ci_requested, current_profile
from .spec import REPO
from .target import SeedingError, Target, target_from_env
from .users import User

# A checkout writes reports into its own reports/; an installed copy into the working directory's.
REPORTS = Path(
    os.environ.get("CONTRACT_REPORTS") or (REPO / "reports" if (REPO / ".git").exists() else "reports")
)
_OUTCOME = pytest.StashKey[pytest.TestReport]()
# Failure reports longer than this many characters per line (Hypothesis prints whole bodies) are cut.
MAX_LINE = 2000
MAX_REPORT = 40_000


def pytest_configure(config: pytest.Config) -> None:
    """Under CI (``CI=true``), write JUnit XML to ``reports/pytest-junit.xml`` unless a path was given."""
    if ci_requested() and not config.option.xmlpath:
        REPORTS.mkdir(parents=True, exist_ok=True)
        config.option.xmlpath = str(REPORTS / "pytest-junit.xml")


def pytest_report_header(config: pytest.Config) -> list[str]:
    profile = current_profile()
    where = os.environ.get("CONTRACT_BASE_URL") or "in-process mock server (ASGI)"
    return [f"contract tests: profile {profile.name}, target {where}"]


def shorten(text: str) -> str:
    """``text`` with every line cut to ``MAX_LINE`` characters and the whole to ``MAX_REPORT``."""
    lines = [
        line if len(line) <= MAX_LINE else f"{line[:MAX_LINE]}... ({len(line) - MAX_LINE} more characters)"
        for line in text.splitlines()
    ]
    out = "\n".join(lines)
    return out if len(out) <= MAX_REPORT else out[: MAX_REPORT // 2] + "\n...\n" + out[-MAX_REPORT // 2 :]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Give each item a node id that names it whole: schemathesis gives all of a test's per-operation
    items the function's id, and pytest-xdist (which runs the suite on every core), ``--lf`` and
    ``--deselect`` know items by id, so they would run one operation for all."""
    for item in items:
        if item.nodeid.endswith(f"::{item.name}"):
            continue
        # pytest 9 (the contract distribution's floor) builds the id from the function's name alone.
        item._id = type(item._id).parse(f"{item.nodeid.rpartition('::')[0]}::{item.name}")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, object, object]:
    report = yield
    if not isinstance(report, pytest.TestReport):
        return report
    if report.when == "call":
        item.stash[_OUTCOME] = report
    if report.failed and call.excinfo is not None and call.excinfo.errisinstance(SeedingError):
        # Not a failure of the operation under test: nothing was tested yet.
        report.longrepr = f"SEEDING FAILED before {item.nodeid} could test anything: {call.excinfo.value}"
    elif report.failed and report.longrepr is not None:
        text = str(report.longrepr)
        if len(text) > MAX_REPORT or any(len(line) > MAX_LINE for line in text.splitlines()):
            report.longrepr = shorten(text)
    return report


def call_passed(item: pytest.Item) -> bool:
    """Whether the test body of ``item`` ran and passed (for guards that run at teardown)."""
    report = item.stash.get(_OUTCOME, None)
    return report is not None and report.passed


def run_is_failing(request: pytest.FixtureRequest) -> bool:
    """Whether a test has failed already (a session-end guard must then not bury that failure)."""
    session = request.session
    return bool(session.testsfailed or session.shouldfail or session.shouldstop)


@pytest.fixture(scope="session")
def profile() -> Profile:
    return current_profile()


@pytest.fixture(scope="session")
def reports_dir() -> Path:
    REPORTS.mkdir(parents=True, exist_ok=True)
    return REPORTS


@pytest.fixture(scope="session")
def session_target() -> Target:
    return target_from_env()


@pytest.fixture
def target(session_target: Target) -> Target:
    """The target, with fresh demo data when it is the in-process mock."""
    session_target.reset()
    return session_target


@pytest.fixture
def first(target: Target) -> User:
    """The first user (``CONTRACT_TOKEN``)."""
    return User(target, "first")


def require_second_user(target: Target) -> None:
    """Skip (saying why) when no second user's token was given."""
    if not target.other_token:
        pytest.skip("needs a second user: set CONTRACT_OTHER_TOKEN (h2ogpte-contract --other-token)")


@pytest.fixture
def second(target: Target) -> User:
    """The second user (``CONTRACT_OTHER_TOKEN``), who was given nothing of the first's."""
    require_second_user(target)
    return User(target, "second")
