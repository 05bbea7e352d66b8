"""``scripts/bench``: options, the order of the steps, and where the results go."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import msgspec

from . import backends
from .decode import time_decoders
from .environment import environment, loadavg
from .matrix import Measurement, Probe, measure, probe, run_matrix
from .memory import measure_message_memory
from .options import Plan, estimate, parser, plan_of
from .report import console_report, markdown_report
from .results import CEILING, MOCK, PRISM_DEFAULT, PRISM_QUIET, SCALE_BIG, SCALE_SMALL, Results, checks
from .scale import run_scale_http, time_service_calls
from .scenarios import SCALE_SCENARIOS, Target
from .servers import ROOT, Server, ServerError, free_port, running, start_prism, start_python
from .streaming import StreamError
from .wrk import WrkError, require_wrk

__all__ = ["main"]

_DOC = ROOT / "docs" / "benchmarks.md"
_CHART = ROOT / "docs" / "benchmarks.png"
_BEGIN, _END = "<!-- bench:begin (written by scripts/bench --write-docs) -->", "<!-- bench:end -->"
# The mix runs on a small data set; scale compares it with a big one.
_MIX_SESSIONS, _MIX_MESSAGES = 100, 1_000


def _say(text: str) -> None:
    print(text, flush=True)


def _start_main_servers(
    servers: list[Server], prism: Path, skip_prism: bool, core: int, logdir: Path
) -> None:
    """Start the mock, the ceiling and (unless skipped) both Prism configurations; append as they come up."""
    mock = Target(name=MOCK, label="mock server", port=free_port(), prefix="/api/v1")
    ceiling = Target(name=CEILING, label="framework ceiling", port=free_port(), prefix="/api/v1")
    servers.append(start_python(mock, "mock", _MIX_SESSIONS, _MIX_MESSAGES, core, logdir))
    servers.append(start_python(ceiling, "ceiling", _MIX_SESSIONS, _MIX_MESSAGES, core, logdir))
    if not skip_prism:
        quiet = Target(name=PRISM_QUIET, label="Prism, logging off", port=free_port(), prefix="")
        loud = Target(name=PRISM_DEFAULT, label="Prism, defaults", port=free_port(), prefix="")
        servers.append(start_prism(quiet, prism, True, core, logdir))
        servers.append(start_prism(loud, prism, False, core, logdir))


def _main_matrix(results: Results, plan: Plan, args: argparse.Namespace, logdir: Path) -> None:
    with running([]) as servers:
        _start_main_servers(servers, args.prism, args.skip_prism, args.server_core, logdir)
        targets = [s.target for s in servers]
        pids = {s.target.name: s.process.pid for s in servers}
        results.targets = targets
        results.probes = [probe(t, s) for t in targets for s in plan.scenarios]
        usable = {(p.target, p.scenario) for p in results.probes if p.ok}
        _say("warming up (JIT, caches, search index)…")
        for target in targets:
            for scenario in plan.scenarios:
                if scenario.name in plan.warmup_scenarios and (target.name, scenario.name) in usable:
                    measure(target, scenario, 16, 1)
        results.matrix = run_matrix(
            targets, plan.scenarios, plan.connections, plan.seconds, plan.rounds, results.probes, pids, _say
        )


def _scale(results: Results, plan: Plan, args: argparse.Namespace, logdir: Path) -> None:
    small = Target(name=SCALE_SMALL, label=f"{_MIX_SESSIONS:,} sessions", port=free_port(), prefix="/api/v1")
    big = Target(
        name=SCALE_BIG, label=f"{plan.scale_sessions:,} sessions", port=free_port(), prefix="/api/v1"
    )
    results.scale_targets = [small, big]
    with running([]) as servers:
        _say(f"filling {plan.scale_sessions:,} sessions and {plan.scale_messages:,} messages…")
        servers.append(start_python(small, "mock", _MIX_SESSIONS, _MIX_MESSAGES, args.server_core, logdir))
        servers.append(
            start_python(big, "mock", plan.scale_sessions, plan.scale_messages, args.server_core, logdir)
        )
        for server in servers:
            if server.ready:
                _say(
                    f"{server.target.label}: filled in {server.ready.fill_seconds:.1f} s,"
                    f" RSS {server.ready.rss_mb:,.0f} MiB"
                )
        pids = {s.target.name: s.process.pid for s in servers}
        for target in (small, big):
            measure(target, SCALE_SCENARIOS[0], 16, 1)  # warm-up
        results.scale = run_scale_http(
            small, big, SCALE_SCENARIOS, plan.scale_connections, plan.seconds, plan.rounds, pids, _say
        )
        results.environment["big_fill_rss_mb"] = (
            f"{servers[1].ready.fill_rss_mb:.0f}" if servers[1].ready else "?"
        )
    _say("timing the reads as service calls…")
    results.calls = [
        time_service_calls(_MIX_SESSIONS, _MIX_MESSAGES),
        time_service_calls(plan.scale_sessions, plan.scale_messages),
    ]
    _say("measuring memory per message…")
    results.memory = measure_message_memory(plan.memory_messages)


def _write_docs(results: Results) -> None:
    _DOC.parent.mkdir(exist_ok=True)
    from .chart import write_chart  # matplotlib only when a chart is wanted

    write_chart(results, _CHART)
    section = f"{_BEGIN}\n{markdown_report(results, _CHART.name)}\n{_END}"
    text = _DOC.read_text() if _DOC.exists() else f"# Benchmarks\n\n{_BEGIN}\n{_END}\n"
    if _BEGIN not in text or _END not in text:
        text = text.rstrip("\n") + f"\n\n{_BEGIN}\n{_END}\n"
    head, _, rest = text.partition(_BEGIN)
    _, _, tail = rest.partition(_END)
    _DOC.write_text(head + section + tail)
    _say(f"wrote {_DOC.relative_to(ROOT)} and {_CHART.relative_to(ROOT)}")


def _report_only(args: argparse.Namespace) -> int:
    try:
        results = msgspec.json.decode(args.report_only.read_bytes(), type=Results)
    except (OSError, msgspec.DecodeError) as exc:
        _say(f"scripts/bench: cannot read {args.report_only}: {exc}")
        return 1
    _say(console_report(results))
    if args.write_docs:
        _write_docs(results)
    return 1 if args.check and any(c.ok is False for c in checks(results)) else 0


def _failed_cells(measurements: list[Measurement]) -> list[str]:
    """Mock and ceiling must answer every request; errors there mean the measurement is wrong."""
    return [
        f"{m.target} {m.scenario} c={m.connections}: {m.cell.errors} errors"
        for m in measurements
        if m.cell.errors and m.target in (MOCK, CEILING, SCALE_SMALL, SCALE_BIG)
    ]


def _bad_probes(probes: list[Probe]) -> list[str]:
    return [
        f"{p.target} {p.scenario}: {p.reason}" for p in probes if not p.ok and p.target in (MOCK, CEILING)
    ]


def _preflight(args: argparse.Namespace) -> str | None:
    """What stops the run before it starts: cores, Prism, wrk."""
    cores = os.sched_getaffinity(0)
    if args.server_core == args.client_core or not {args.server_core, args.client_core} <= cores:
        return f"need two different usable cores; this process may use {sorted(cores)}"
    if not args.skip_prism and not args.prism.exists():
        return f"Prism not found at {args.prism} (run npm ci, or pass --skip-prism)"
    try:
        require_wrk()
    except WrkError as exc:
        return str(exc)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; see ``scripts/bench --help``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--backends"]:
        # The store backends' own comparison (scripts/bench --backends --help); the load runs on core 1.
        os.sched_setaffinity(0, {1})
        return backends.main(argv[1:])
    args = parser().parse_args(argv)
    if args.report_only:
        return _report_only(args)
    plan = plan_of(args)
    if plan.seconds < 1 or plan.rounds < 1:
        parser().error("--duration and --rounds must be at least 1")
    problem = _preflight(args)
    if problem:
        _say(f"scripts/bench: {problem}")
        return 1
    # This process is the load generator (wrk is its child, the stream client runs in it).
    os.sched_setaffinity(0, {args.client_core})
    targets = 2 if args.skip_prism else 4
    _say(f"planned: about {estimate(plan, targets, not args.skip_scale) / 60:.1f} minutes")
    results = Results(
        environment=environment(args.prism, args.skip_prism),
        seconds=plan.seconds,
        rounds=plan.rounds,
        connections=list(plan.connections),
        targets=[],
        probes=[],
        matrix=[],
    )
    logdir = Path(tempfile.mkdtemp(prefix="bench-logs-"))
    started = time.monotonic()
    try:
        _main_matrix(results, plan, args, logdir)
        if not args.skip_scale:
            _scale(results, plan, args, logdir)
        if not args.skip_decode:
            _say("timing client decoders…")
            results.decode = time_decoders(budget=plan.decode_seconds)
    except (ServerError, WrkError, StreamError, TimeoutError) as exc:
        _say(f"scripts/bench: FAILED: {exc}\nserver logs kept in {logdir}")
        return 1
    results.environment["load_end"] = loadavg()
    _say(console_report(results))
    _say(f"took {(time.monotonic() - started) / 60:.1f} minutes")
    if args.json:
        args.json.write_bytes(msgspec.json.format(msgspec.json.encode(results)))
    if args.write_docs:
        _write_docs(results)
    shutil.rmtree(logdir, ignore_errors=True)
    problems = _bad_probes(results.probes) + _failed_cells(results.matrix + results.scale)
    if problems:
        _say("scripts/bench: FAILED: the mock or the ceiling answered wrongly:\n  " + "\n  ".join(problems))
        return 1
    if args.check and any(c.ok is False for c in checks(results)):
        _say("scripts/bench: targets missed (see above)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
