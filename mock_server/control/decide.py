"""Pure decisions: what one request gets under a policy, given its random draws; and what is wrong
with a policy, given which error statuses the spec documents for each operation."""

from __future__ import annotations

from collections.abc import Mapping

import msgspec

from .policy import Errors, Latency, Override, Pacing, Policy, StreamFault, StreamFaultKind

__all__ = [
    "Decision",
    "Draws",
    "StreamPlan",
    "decide",
    "fixed_decision",
    "lines_before_fault",
    "problems",
    "stream_plan",
]

_INHERIT_ALL = Override()


class Draws(msgspec.Struct, frozen=True):
    """Three uniform numbers in [0, 1) drawn for every request, used or not, so one setting's
    randomness never shifts another's: the n-th request meets the same luck whatever is configured."""

    latency: float
    error: float
    stream: float


class StreamPlan(msgspec.Struct, frozen=True, kw_only=True):
    """How one streamed answer is sent: its pace and, if it is to go wrong, how and after how many lines."""

    first_delay: float = 0.0
    interval: float = 0.0
    fault: StreamFaultKind | None = None
    fault_after: int = 0
    max_stall: float = 30.0


class Decision(msgspec.Struct, frozen=True, kw_only=True):
    """What happens to one request: a delay, then either an error status or the real answer."""

    delay: float
    error_status: int | None
    stream: StreamPlan


def stream_plan(pacing: Pacing, fault: StreamFault, draw: float = 1.0) -> StreamPlan:
    """The plan for one stream; the fault applies when ``draw`` falls under its rate."""
    interval = 1 / pacing.tokens_per_second if pacing.tokens_per_second > 0 else 0.0
    faulty = fault.kind is not None and draw < fault.rate
    return StreamPlan(
        first_delay=pacing.time_to_first_token,
        interval=interval,
        fault=fault.kind if faulty else None,
        fault_after=fault.after_lines,
        max_stall=fault.max_stall,
    )


def decide(policy: Policy, operation_id: str, draws: Draws) -> Decision:
    """Apply the operation's sections (its overrides, else the server-wide ones) to its draws."""
    override = policy.operations.get(operation_id, _INHERIT_ALL)
    latency = override.latency or policy.latency
    errors = override.errors or policy.errors
    pacing = override.pacing or policy.pacing
    fault = override.stream_fault or policy.stream_fault
    return Decision(
        delay=latency.min + draws.latency * (latency.max - latency.min),
        error_status=errors.status if draws.error < errors.rate else None,
        stream=stream_plan(pacing, fault, draws.stream),
    )


def _certain(rate: float) -> bool:
    # Draws lie in [0, 1): a rate of 0 or less never fires, a rate of 1 or more always does.
    return rate <= 0 or rate >= 1


def fixed_decision(policy: Policy, operation_id: str) -> Decision | None:
    """The decision every request of the operation gets whatever its draws, if the policy leaves
    nothing to chance for it (the usual case: no random latency, errors or stream faults)."""
    override = policy.operations.get(operation_id, _INHERIT_ALL)
    latency = override.latency or policy.latency
    errors = override.errors or policy.errors
    fault = override.stream_fault or policy.stream_fault
    if latency.min != latency.max or not _certain(errors.rate):
        return None
    if fault.kind is not None and not _certain(fault.rate):
        return None
    return decide(policy, operation_id, Draws(0.0, 0.0, 0.0))


def lines_before_fault(plan: StreamPlan, lines: int) -> int | None:
    """How many of a stream's ``lines`` are sent before its fault, or None if it has none.

    The final line (``finished`` with the message id) is never sent by a faulty stream, however
    short the answer, so a client always sees the fault it was promised.
    """
    if plan.fault is None:
        return None
    return max(0, min(plan.fault_after, lines - 1))


def _latency_problem(where: str, latency: Latency) -> list[str]:
    if latency.min <= latency.max:
        return []
    return [f"{where}: min {latency.min} is above max {latency.max}"]


def _status_problem(where: str, errors: Errors, targets: Mapping[str, frozenset[int]]) -> list[str]:
    if errors.rate == 0:
        return []
    missing = sorted(op for op, statuses in targets.items() if errors.status not in statuses)
    if not missing:
        return []
    if len(targets) == 1:
        choices = ", ".join(str(s) for s in sorted(next(iter(targets.values())))) or "none"
        return [f"{where}: status {errors.status} is not documented for {missing[0]} (documented: {choices})"]
    common = frozenset.intersection(*targets.values()) if targets else frozenset()
    choices = ", ".join(str(s) for s in sorted(common)) or "none"
    return [
        f"{where}: status {errors.status} is not documented for {len(missing)} operations "
        f"(e.g. {missing[0]}); statuses all of them document: {choices}; "
        "or give those operations errors of their own"
    ]


def problems(policy: Policy, documented: Mapping[str, frozenset[int]]) -> list[str]:
    """Everything wrong with ``policy``; ``documented`` maps each operationId to the error statuses the
    spec lists for it. An error section only applies statuses documented for every operation it targets."""
    found = _latency_problem("latency", policy.latency)
    unknown = sorted(op for op in policy.operations if op not in documented)
    found += [f"operations: unknown operationId {op!r}" for op in unknown]
    inheriting = {
        op: statuses
        for op, statuses in documented.items()
        if not (op in policy.operations and policy.operations[op].errors is not None)
    }
    found += _status_problem("errors", policy.errors, inheriting)
    for op, override in sorted(policy.operations.items()):
        if op not in documented:
            continue
        if override.latency is not None:
            found += _latency_problem(f"operations.{op}", override.latency)
        if override.errors is not None:
            found += _status_problem(f"operations.{op}.errors", override.errors, {op: documented[op]})
    return found
