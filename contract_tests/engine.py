"""A bounded schemathesis run (its own engine, as the CLI uses it) over some operations of a server.

The fault tests use it: the suite runs against a server on loopback, and the result tells which checks
failed on which operations.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from litestar import Litestar
from schemathesis.engine import Status, events, from_schema

from mock_server import API_PREFIX, DEMO_TOKEN
from mock_server.testing import serve_in_thread

from .hooks import JSONL, parse_jsonl
from .profiles import Profile
from .suite import load_schema, only
from .target import Target

__all__ = ["RunResult", "run_engine"]

_PHASES = ("examples", "coverage", "fuzzing", "stateful")


@dataclass
class RunResult:
    """Which checks failed on which operations, and how much ran."""

    failures: set[tuple[str, str]] = field(default_factory=set)
    checks_run: set[str] = field(default_factory=set)
    cases: int = 0
    successes: int = 0
    # 2xx JSON-lines answers that ended finished, and that ended with an error line.
    streams: int = 0
    error_streams: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def failed_checks(self) -> set[str]:
        return {check for check, _ in self.failures}

    def summary(self) -> str:
        failures = (
            ", ".join(f"{check} on {operation}" for check, operation in sorted(self.failures)) or "none"
        )
        return (
            f"{self.cases} cases ({self.successes} answered 2xx, {self.streams} finished streams, "
            f"{self.error_streams} error streams); failures: {failures}; errors: {self.errors}"
        )


def run_engine(
    app: Litestar, operation_ids: Iterable[str], phases: Iterable[str], profile: Profile
) -> RunResult:
    """Serve ``app`` on loopback and run schemathesis' phases ``phases`` over ``operation_ids``."""
    enabled = set(phases)
    overrides: dict[str, object] = {f"phases.{phase}.enabled": phase in enabled for phase in _PHASES}
    overrides["generation.max-examples"] = profile.fault_max_examples
    overrides["phases.stateful.max-steps"] = profile.fault_stateful_steps
    result = RunResult()
    with serve_in_thread(app) as url:
        target = Target(base_url=url + API_PREFIX, token=DEMO_TOKEN)
        schema = only(load_schema(target, profile, overrides=overrides), operation_ids)
        for event in from_schema(schema).execute():
            if isinstance(event, events.ScenarioFinished):
                _collect(event, result)
            elif isinstance(event, events.NonFatalError):
                result.errors.append(f"{event.label}: {event.info.format()}")
            elif isinstance(event, events.FatalError):
                raise event.exception
    return result


def _collect(event: events.ScenarioFinished, result: RunResult) -> None:
    recorder = event.recorder
    for case_id in recorder.cases:
        response = recorder.find_response(case_id=case_id)
        if response is None:
            continue
        result.cases += 1
        result.successes += 200 <= response.status_code < 300
        content_type = (response.headers.get("content-type") or [""])[0]
        if 200 <= response.status_code < 300 and content_type.startswith(JSONL):
            lines = parse_jsonl(response.content)
            if lines and isinstance(lines[-1], dict) and "error" in lines[-1]:
                result.error_streams += 1
            else:
                result.streams += 1
    for case_id, checks in recorder.checks.items():
        label = recorder.cases[case_id].value.operation.label
        for check in checks:
            result.checks_run.add(check.name)
            if check.status == Status.FAILURE:
                result.failures.add((check.name, label))
