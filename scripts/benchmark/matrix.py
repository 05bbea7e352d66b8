"""The main comparison: every scenario at every connection count on every server, in alternating order.

Within a round the servers take turns cell by cell, and each round reverses their order (A B C D, then
D C B A), so slow drifts of a shared machine fall on all servers alike instead of on whichever ran last.
Before measuring, one request per scenario checks that each server answers it as the spec says; a server
that cannot (Prism has no serializer for ``application/jsonl``) is reported as such, not measured.
"""

from __future__ import annotations

import http.client
import os
import time
from collections.abc import Callable, Mapping

import msgspec

from .scenarios import Scenario, Target
from .streaming import run_streams
from .wrk import run_wrk

__all__ = ["Cell", "Measurement", "Probe", "measure", "probe", "run_matrix"]


class Probe(msgspec.Struct, frozen=True, kw_only=True):
    """How a server answered one request of a scenario, before any load."""

    target: str
    scenario: str
    ok: bool
    status: int
    bytes: int
    lines: int
    reason: str = ""


class Cell(msgspec.Struct, frozen=True, kw_only=True):
    """One measurement; for streamed scenarios the latencies are times to the first line."""

    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int
    lines_per_s: float | None = None
    stream_lines_per_s: float | None = None
    # Share of one core the server process used during the cell; well below 1 means the load generator,
    # not the server, set the pace.
    server_cpu: float | None = None


class Measurement(msgspec.Struct, frozen=True, kw_only=True):
    """A cell with where and when it was measured."""

    target: str
    scenario: str
    connections: int
    round: int
    cell: Cell


def probe(target: Target, scenario: Scenario) -> Probe:
    """Send the scenario's request once and check the status (and for streams, the final line)."""
    request = scenario.request
    conn = http.client.HTTPConnection("127.0.0.1", target.port, timeout=30)
    try:
        conn.request(
            request.method, target.prefix + request.path, body=request.body, headers=dict(request.headers)
        )
        response = conn.getresponse()
        body = response.read()
    finally:
        conn.close()
    lines = body.splitlines()
    reason = ""
    if response.status != scenario.status:
        reason = (
            f"answers {response.status}, expected {scenario.status}: {body[:160].decode(errors='replace')}"
        )
    elif scenario.streamed and not (lines and b'"finished":true' in lines[-1].replace(b" ", b"")):
        reason = "the stream does not end with a finished line"
    return Probe(
        target=target.name,
        scenario=scenario.name,
        ok=not reason,
        status=response.status,
        bytes=len(body),
        lines=len(lines),
        reason=reason,
    )


def _cpu_seconds(pid: int) -> float | None:
    """User plus system CPU time of a process (all its threads) so far, or None if it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rpartition(")")[2].split()
    except OSError:
        return None
    # After the command name: state is field 3, utime and stime are fields 14 and 15 (man 5 proc).
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(
    target: Target, scenario: Scenario, connections: int, seconds: int, pid: int | None = None
) -> Cell:
    """Load one server with one scenario for ``seconds``, noting the CPU share of process ``pid``."""
    before = _cpu_seconds(pid) if pid else None
    started = time.perf_counter()
    cell = _load(target, scenario, connections, seconds)
    after = _cpu_seconds(pid) if pid else None
    if before is None or after is None:
        return cell
    return msgspec.structs.replace(cell, server_cpu=(after - before) / (time.perf_counter() - started))


def _load(target: Target, scenario: Scenario, connections: int, seconds: int) -> Cell:
    url = target.url(scenario.request)
    if scenario.streamed:
        s = run_streams(url, scenario.request, scenario.status, connections, seconds)
        return Cell(
            rps=s.rps,
            p50_ms=s.ttfl_p50_ms,
            p99_ms=s.ttfl_p99_ms,
            requests=s.requests,
            errors=s.errors,
            lines_per_s=s.lines_per_s,
            stream_lines_per_s=s.stream_lines_per_s,
        )
    w = run_wrk(url, scenario.request, connections, seconds)
    return Cell(rps=w.rps, p50_ms=w.p50_ms, p99_ms=w.p99_ms, requests=w.requests, errors=w.errors)


def run_matrix(
    targets: list[Target],
    scenarios: tuple[Scenario, ...],
    connections: tuple[int, ...],
    seconds: int,
    rounds: int,
    probes: list[Probe] | None,
    pids: Mapping[str, int],
    say: Callable[[str], None],
) -> list[Measurement]:
    """Measure every (scenario, connections, target) cell ``rounds`` times, skipping failed probes.

    Without ``probes`` every cell is measured. ``pids`` maps target names to their server processes,
    whose CPU use each cell notes.
    """
    usable = None if probes is None else {(p.target, p.scenario) for p in probes if p.ok}
    results: list[Measurement] = []
    for round_ in range(rounds):
        order = targets if round_ % 2 == 0 else targets[::-1]
        for scenario in scenarios:
            for conns in connections:
                for target in order:
                    if usable is not None and (target.name, scenario.name) not in usable:
                        continue
                    cell = measure(target, scenario, conns, seconds, pids.get(target.name))
                    results.append(
                        Measurement(
                            target=target.name,
                            scenario=scenario.name,
                            connections=conns,
                            round=round_,
                            cell=cell,
                        )
                    )
                    say(
                        f"round {round_ + 1}/{rounds} {scenario.name:<18} c={conns:<3} {target.label:<22}"
                        f" {cell.rps:9.0f} req/s  p50 {cell.p50_ms:7.2f} ms  p99 {cell.p99_ms:7.2f} ms"
                        + (f"  server cpu {cell.server_cpu:4.0%}" if cell.server_cpu is not None else "")
                        + (f"  errors {cell.errors}" if cell.errors else "")
                    )
    return results
