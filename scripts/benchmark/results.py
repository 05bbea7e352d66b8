"""Medians of the measurements, ratios between servers, and the issue's targets checked against them."""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable

import msgspec

from .decode import DecodeTiming
from .matrix import Measurement, Probe
from .memory import MessageMemory
from .scale import CallTiming
from .scenarios import SCALE_SCENARIOS, SCENARIOS, Target

__all__ = [
    "CEILING",
    "MOCK",
    "PRISM_DEFAULT",
    "PRISM_QUIET",
    "SCALE_BIG",
    "SCALE_SMALL",
    "Check",
    "Key",
    "Results",
    "Summary",
    "checks",
    "cpu_ratio",
    "ratio",
    "scale_ratios",
    "summarize",
]

MOCK, CEILING, PRISM_QUIET, PRISM_DEFAULT = "mock", "ceiling", "prism-quiet", "prism-default"
SCALE_SMALL, SCALE_BIG = "mock-small", "mock-big"


class Summary(msgspec.Struct, frozen=True, kw_only=True):
    """The median over rounds of one (target, scenario, connections) cell."""

    rps: float
    p50_ms: float
    p99_ms: float
    errors: int
    lines_per_s: float | None
    stream_lines_per_s: float | None
    server_cpu: float | None
    # Server CPU time per request in microseconds: unlike throughput, barely moved by other load on the
    # machine, so the ratios it gives are the steadier estimate of relative capacity.
    cpu_us: float | None


class Results(msgspec.Struct, kw_only=True):
    """Everything one run measured, as saved with ``--json``."""

    environment: dict[str, str]
    seconds: int
    rounds: int
    connections: list[int]
    targets: list[Target]
    probes: list[Probe]
    matrix: list[Measurement]
    scale_targets: list[Target] = []
    scale: list[Measurement] = []
    calls: list[CallTiming] = []
    memory: MessageMemory | None = None
    decode: DecodeTiming | None = None


class Check(msgspec.Struct, frozen=True, kw_only=True):
    """One target of the issue: met, missed, or not measured (``ok`` None)."""

    name: str
    ok: bool | None
    detail: str


Key = tuple[str, str, int]


def _median(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def summarize(measurements: list[Measurement]) -> dict[Key, Summary]:
    """Median of each cell over its rounds (errors are summed: any error is worth seeing)."""
    groups: defaultdict[Key, list[Measurement]] = defaultdict(list)
    for m in measurements:
        groups[m.target, m.scenario, m.connections].append(m)
    return {
        key: Summary(
            rps=statistics.median(m.cell.rps for m in group),
            p50_ms=statistics.median(m.cell.p50_ms for m in group),
            p99_ms=statistics.median(m.cell.p99_ms for m in group),
            errors=sum(m.cell.errors for m in group),
            lines_per_s=_median(m.cell.lines_per_s for m in group),
            stream_lines_per_s=_median(m.cell.stream_lines_per_s for m in group),
            server_cpu=_median(m.cell.server_cpu for m in group),
            cpu_us=_median(
                m.cell.server_cpu / m.cell.rps * 1e6 if m.cell.server_cpu and m.cell.rps else None
                for m in group
            ),
        )
        for key, group in groups.items()
    }


def ratio(table: dict[Key, Summary], a: str, b: str, scenario: str, conns: int) -> float | None:
    """Throughput of ``a`` over that of ``b``."""
    x, y = table.get((a, scenario, conns)), table.get((b, scenario, conns))
    return x.rps / y.rps if x and y and y.rps else None


def cpu_ratio(table: dict[Key, Summary], a: str, b: str, scenario: str, conns: int) -> float | None:
    """Capacity of ``a`` over that of ``b``, judged by server CPU per request (b's cost over a's)."""
    x, y = table.get((a, scenario, conns)), table.get((b, scenario, conns))
    return y.cpu_us / x.cpu_us if x and y and x.cpu_us and y.cpu_us else None


def _ratio_check(
    name: str, table: dict[Key, Summary], other: str, floor: float, results: Results, gets_only: bool
) -> Check:
    misses, seen, by_cpu = [], [], []
    for scenario in SCENARIOS:
        if gets_only and not scenario.is_get:
            continue
        for conns in results.connections:
            found = ratio(table, MOCK, other, scenario.name, conns)
            if found is None:
                continue
            seen.append(found)
            if found < floor:
                misses.append(f"{scenario.name} c={conns}: {found:.2f}x")
            cpu = cpu_ratio(table, MOCK, other, scenario.name, conns)
            if cpu is not None:
                by_cpu.append(cpu)
    if not seen:
        return Check(name=name, ok=None, detail="not measured")
    detail = f"lowest {min(seen):.2f}x" + (f"; below target: {', '.join(misses)}" if misses else "")
    if by_cpu:
        detail += f" (by server CPU per request: lowest {min(by_cpu):.2f}x)"
    return Check(name=name, ok=not misses, detail=detail)


def _latency_check(table: dict[Key, Summary]) -> Check:
    name = "mock p99 < 10 ms at 16 connections on GETs"
    p99 = {
        s.name: table[MOCK, s.name, 16].p99_ms for s in SCENARIOS if s.is_get and (MOCK, s.name, 16) in table
    }
    if not p99:
        return Check(name=name, ok=None, detail="not measured (needs 16 connections)")
    detail = ", ".join(f"{k} {v:.1f} ms" for k, v in p99.items())
    return Check(name=name, ok=max(p99.values()) < 10, detail=detail)


def scale_ratios(results: Results) -> dict[str, float]:
    """Per read: median latency at one connection with the big data set over that with the small one."""
    table = summarize(results.scale)
    return {
        s.name: table[SCALE_BIG, s.name, 1].p50_ms / table[SCALE_SMALL, s.name, 1].p50_ms
        for s in SCALE_SCENARIOS
        if (SCALE_BIG, s.name, 1) in table and (SCALE_SMALL, s.name, 1) in table
    }


def checks(results: Results) -> list[Check]:
    """The issue's targets, each met or missed, with the figures behind it."""
    table = summarize(results.matrix)
    found = [
        _ratio_check("≥ 2x Prism (logging off), every scenario", table, PRISM_QUIET, 2.0, results, False),
        _ratio_check("≥ 4x Prism (defaults), every scenario", table, PRISM_DEFAULT, 4.0, results, False),
        _ratio_check("≥ 80% of the framework ceiling on GETs", table, CEILING, 0.8, results, True),
        _latency_check(table),
    ]
    ratios = scale_ratios(results)
    name = "scale: latency with 100k sessions ≤ 1.5x that with 100"
    if ratios:
        detail = ", ".join(f"{k} {v:.2f}x" for k, v in ratios.items())
        found.append(Check(name=name, ok=max(ratios.values()) <= 1.5, detail=detail))
    else:
        found.append(Check(name=name, ok=None, detail="not measured"))
    return found
