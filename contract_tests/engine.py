"""A bounded schemathesis run (its own engine, as the CLI uses it) over some operations of a target.

The object-level-authorization test runs it with both users as peers, and the planted-fault tests under
``tests/contract`` run it against broken servers; the result tells which checks ran and which failed where.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from schemathesis.engine import Status, events, from_schema
from schemathesis.wfc.escalation import escalating_provider

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
    # Check name -> how many times it ran on a response (passed or failed).
    check_runs: dict[str, int] = field(default_factory=dict)
    # Failure messages, for reports.
    messages: list[str] = field(default_factory=list)
    cases: int = 0
    successes: int = 0
    # 2xx JSON-lines answers that ended finished, and that ended with an error line.
    streams: int = 0
    error_streams: int = 0
    errors: list[str] = field(default_factory=list)
    # With peers: what object_level_authorization replayed as the other user, e.g. ("read", label, ...).
    peer_probes: list[tuple[str, ...]] = field(default_factory=list)

    @property
    def failed_checks(self) -> set[str]:
        return {check for check, _ in self.failures}

    def summary(self) -> str:
        failures = (
            ", ".join(f"{check} on {operation}" for check, operation in sorted(self.failures)) or "none"
        )
        return (
            f"{self.cases} cases ({self.successes} answered 2xx, {self.streams} finished streams, "
            f"{self.error_streams} error streams, {len(self.peer_probes)} peer probes); "
            f"failures: {failures}; "
            f"errors: {self.errors}"
        )


def run_engine(
    target: Target,
    operation_ids: Iterable[str],
    phases: Iterable[str],
    profile: Profile,
    *,
    peers: Path | None = None,
) -> RunResult:
    """Run schemathesis' ``phases`` over ``operation_ids`` of ``target`` (``peers``: see load_config)."""
    enabled = set(phases)
    overrides: dict[str, object] = {f"phases.{phase}.enabled": phase in enabled for phase in _PHASES}
    overrides["generation.max-examples"] = profile.fault_max_examples
    overrides["phases.stateful.max-steps"] = profile.fault_stateful_steps
    result = RunResult()
    schema = only(load_schema(target, profile, overrides=overrides, peers=peers), operation_ids)
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            _collect(event, result)
        elif isinstance(event, events.NonFatalError):
            result.errors.append(f"{event.label}: {event.info.format()[:2000]}")
        elif isinstance(event, events.FatalError):
            raise event.exception
    provider = escalating_provider(schema)
    if provider is not None:
        # The provider's record of the probes it sent (no public accessor in schemathesis 4.32.5).
        result.peer_probes = sorted(provider._probed)
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
            result.check_runs[check.name] = result.check_runs.get(check.name, 0) + 1
            if check.status == Status.FAILURE:
                result.failures.add((check.name, label))
                if check.failure_info is not None:
                    result.messages.append(f"{check.name} on {label}: {check.failure_info.failure.title}")
