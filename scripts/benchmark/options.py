"""``scripts/bench``'s options, and the plan of a run they give."""

from __future__ import annotations

import argparse
from pathlib import Path

import msgspec

from .scenarios import SCALE_SCENARIOS, SCENARIOS, Scenario
from .servers import ROOT

__all__ = ["Plan", "estimate", "parser", "plan_of"]

_EPILOG = """
examples:
  scripts/bench --quick                 smoke run, under a minute, nothing written
  scripts/bench                         full run (about 8 minutes), tables on stdout
  scripts/bench --write-docs --json results.json
                                        full run; refresh docs/benchmarks.md and docs/benchmarks.png
  scripts/bench --backends --write-docs
                                        the store backends: SQLite and PostgreSQL against memory, memory
                                        against the branch's base commit, and the scale check on SQL

Needs wrk (scripts/bench installs Debian's package when run as root) and node_modules/.bin/prism
(npm ci). Servers run on core 0, the load generators on core 1 (--server-core/--client-core), all on
127.0.0.1. Exit status: 0 when every measurement succeeded (and, with --check, every target was met),
1 otherwise.
"""


class Plan(msgspec.Struct, frozen=True, kw_only=True):
    """What one run measures, and for how long: the options, or the smoke run's of ``--quick``."""

    scenarios: tuple[Scenario, ...]
    seconds: int
    rounds: int
    connections: tuple[int, ...]
    scale_sessions: int
    scale_messages: int
    scale_connections: tuple[int, ...]
    warmup_scenarios: tuple[str, ...]
    memory_messages: int
    decode_seconds: float


def _connections(text: str) -> tuple[int, ...]:
    try:
        values = tuple(int(v) for v in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected numbers separated by commas, got {text!r}") from None
    if not values or min(values) < 1:
        raise argparse.ArgumentTypeError("connection counts must be at least 1")
    return values


def _scenario_names(text: str) -> tuple[str, ...]:
    names = tuple(text.split(","))
    unknown = set(names) - {s.name for s in SCENARIOS}
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown scenario(s): {', '.join(sorted(unknown))}")
    return names


def parser() -> argparse.ArgumentParser:
    """The command line of ``scripts/bench``."""
    p = argparse.ArgumentParser(
        prog="scripts/bench",
        description="Benchmark the mock server against Stoplight Prism and a bare Litestar + msgspec app "
        "(the framework ceiling) on loopback, plus scale, memory and client-decode measurements.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--quick", action="store_true", help="smoke run: 1 s cells, 1 round, 16 connections, small scale"
    )
    p.add_argument("--duration", type=int, default=3, metavar="S", help="seconds per cell (default 3)")
    p.add_argument("--rounds", type=int, default=2, help="rounds of the alternating order (default 2)")
    p.add_argument(
        "--connections", type=_connections, default=(1, 16, 64), metavar="N,N", help="default 1,16,64"
    )
    p.add_argument(
        "--scenarios",
        type=_scenario_names,
        default=tuple(s.name for s in SCENARIOS),
        metavar="NAME,NAME",
        help="only these scenarios of the mix (default all: " + ",".join(s.name for s in SCENARIOS) + ")",
    )
    p.add_argument("--scale-sessions", type=int, default=100_000, help="sessions of the big data set")
    p.add_argument("--scale-messages", type=int, default=1_000_000, help="messages of the big data set")
    p.add_argument("--skip-prism", action="store_true", help="do not start or measure Prism")
    p.add_argument("--skip-scale", action="store_true", help="skip the scale and memory measurements")
    p.add_argument("--skip-decode", action="store_true", help="skip the client decode measurement")
    p.add_argument("--prism", type=Path, default=ROOT / "node_modules" / ".bin" / "prism", help="Prism CLI")
    p.add_argument("--server-core", type=int, default=0, help="CPU core for the servers (default 0)")
    p.add_argument("--client-core", type=int, default=1, help="CPU core for the load generators (default 1)")
    p.add_argument("--json", type=Path, metavar="FILE", help="also save every measurement as JSON")
    p.add_argument(
        "--write-docs", action="store_true", help="rewrite the results in docs/benchmarks.md and the chart"
    )
    p.add_argument("--check", action="store_true", help="exit 1 when a target of the issue is missed")
    p.add_argument(
        "--report-only",
        type=Path,
        metavar="FILE",
        help="measure nothing: print (and with --write-docs write) the results saved by --json FILE",
    )
    return p


def plan_of(args: argparse.Namespace) -> Plan:
    """The plan the parsed options ask for."""
    scenarios = tuple(s for s in SCENARIOS if s.name in args.scenarios)
    if args.quick:
        return Plan(
            scenarios=scenarios,
            seconds=1,
            rounds=1,
            connections=(16,),
            scale_sessions=min(args.scale_sessions, 10_000),
            scale_messages=min(args.scale_messages, 100_000),
            scale_connections=(1,),
            warmup_scenarios=("get_session",),
            memory_messages=10_000,
            decode_seconds=0.3,
        )
    return Plan(
        scenarios=scenarios,
        seconds=args.duration,
        rounds=args.rounds,
        connections=args.connections,
        scale_sessions=args.scale_sessions,
        scale_messages=args.scale_messages,
        scale_connections=(1, 16),
        warmup_scenarios=tuple(s.name for s in scenarios),
        memory_messages=100_000,
        decode_seconds=1.0,
    )


def estimate(plan: Plan, targets: int, scale: bool) -> float:
    """Seconds the run will take, roughly."""
    cells = len(plan.scenarios) * len(plan.connections) * targets * plan.rounds
    seconds = cells * (plan.seconds + 0.3) + targets * len(plan.warmup_scenarios) + 15
    if scale:
        seconds += len(SCALE_SCENARIOS) * len(plan.scale_connections) * 2 * plan.rounds * (plan.seconds + 0.3)
        seconds += 1.5e-5 * plan.scale_messages * 3 + 10
    return seconds
