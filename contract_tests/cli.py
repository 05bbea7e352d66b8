"""``h2ogpte-contract URL --token T [--other-token T2] [--junit PATH] [--profile quick|ci]``.

Runs the whole contract suite (pytest over the installed ``contract_tests`` package) against any
implementation's base URL, writes JUnit XML and prints a short summary per property; exits non-zero
when anything failed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from .profiles import PROFILE_ENV, PROFILES
from .target import BASE_URL_ENV, OTHER_TOKEN_ENV, TOKEN_ENV

__all__ = ["PROPERTIES", "Summary", "main"]

# What each test function checks, in the words of the README.
PROPERTIES = {
    "test_read_your_writes": "read-your-writes",
    "test_delete_means_gone": "delete means gone",
    "test_pages_make_the_whole_list": "paging and counts",
    "test_second_user_cannot_touch_first_users_records": "isolation of two users",
    "test_sharing_a_collection_grants_reading_and_unsharing_revokes_it": "sharing (collections)",
    "test_unsharing_for_all_revokes_every_share": "sharing (unshare for all)",
    "test_sharing_a_prompt_template_grants_use_and_unsharing_revokes_it": "sharing (prompt templates)",
    "test_stored_answer_is_the_streamed_text": "completions: streamed = stored",
    "test_json_answer_is_stored": "completions: answered = stored",
    "test_references_cite_readable_documents": "completions: references readable",
    "test_boundary_values_get_no_5xx": "boundary values, no 5xx",
    "test_api_matches_the_model": "model-based state machine",
    "test_object_level_authorization_runs_with_two_peers": "schemathesis object_level_authorization",
    "test_operation_conforms": "schemathesis stateless (all checks)",
    "test_cli_run_passes": "schemathesis CLI run",
}


class Summary:
    """A pytest plugin that counts outcomes per property and prints them at the end."""

    def __init__(self) -> None:
        self.outcomes: dict[str, Counter[str]] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call" or report.outcome != "passed":
            name = report.nodeid.split("::")[-1].split("[")[0]
            label = PROPERTIES.get(name, name.removeprefix("test_").replace("_", " "))
            outcome = report.outcome if report.when == "call" or report.outcome == "skipped" else "error"
            self.outcomes.setdefault(label, Counter())[outcome] += 1

    def lines(self) -> list[str]:
        width = max((len(label) for label in self.outcomes), default=10)
        found = []
        for label, counts in self.outcomes.items():
            verdict = (
                "FAILED"
                if counts["failed"] or counts["error"]
                else "passed"
                if counts["passed"]
                else "skipped"
            )
            detail = ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items()))
            found.append(f"  {verdict:7} {label:{width}}  ({detail})")
        return found

    def totals(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for counts in self.outcomes.values():
            total.update(counts)
        return total


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="h2ogpte-contract", description=__doc__.split("\n\n")[1])
    parser.add_argument("url", help="base URL of the API, including /api/v1")
    parser.add_argument("--token", required=True, help="bearer token of the first user")
    parser.add_argument("--other-token", help="bearer token of a second user (isolation, sharing tests)")
    parser.add_argument(
        "--junit", type=Path, default=Path("reports/contract-junit.xml"), help="JUnit XML path"
    )
    parser.add_argument("--profile", choices=sorted(PROFILES), default="quick", help="budget (default quick)")
    parser.epilog = "Arguments after -- go to pytest, e.g. -- -x -k isolation."
    argv = list(sys.argv[1:] if argv is None else argv)
    extra = argv[argv.index("--") + 1 :] if "--" in argv else []
    args = parser.parse_args(argv[: argv.index("--")] if "--" in argv else argv)
    args.pytest_args = extra
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the suite against ``URL``; 0 when every property held."""
    args = _parse(argv)
    os.environ[BASE_URL_ENV] = args.url.rstrip("/")
    os.environ[TOKEN_ENV] = args.token
    os.environ[PROFILE_ENV] = args.profile
    if args.other_token:
        os.environ[OTHER_TOKEN_ENV] = args.other_token
    else:
        os.environ.pop(OTHER_TOKEN_ENV, None)
    args.junit.parent.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("CONTRACT_REPORTS", str(args.junit.parent.resolve()))
    summary = Summary()
    with tempfile.TemporaryDirectory(prefix="h2ogpte-contract-") as rootdir:
        # An empty config of our own, so a pytest configuration in the working directory does not apply.
        ini = Path(rootdir) / "pytest.ini"
        ini.write_text("[pytest]\n", encoding="utf-8")
        options = ["-c", str(ini), "--rootdir", rootdir, "-p", "no:cacheprovider", "-p", "no:asyncio", "-q"]
        options += ["--junitxml", str(args.junit), "--pyargs", "contract_tests", *args.pytest_args]
        code = pytest.main(options, plugins=[summary])
    totals = summary.totals()
    print(f"\nh2ogpte-contract against {args.url} (profile {args.profile}):")
    print("\n".join(summary.lines()))
    print(
        f"h2ogpte-contract: {totals['passed']} passed, {totals['failed'] + totals['error']} failed, "
        f"{totals['skipped']} skipped; JUnit XML: {args.junit}"
    )
    return int(code)
