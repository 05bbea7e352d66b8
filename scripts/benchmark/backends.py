"""The store backends side by side: SQLite and PostgreSQL as ratios of the in-memory backend, the in-memory
backend against the commit this branch started from, and the scale check on both SQL backends.

``scripts/bench --backends`` runs it: every server is the same ``scripts.benchmark.serve mock`` over the
same data set, on one core, measured in alternating order in the same run, so the ratios compare like with
like on a machine whose speed drifts. PostgreSQL is a throw-away cluster in a temporary directory
(``tests/postgres.py``); the previous commit runs from a temporary ``git worktree``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import msgspec
import psycopg

from tests.postgres import new_postgres_database, postgres_cluster

from .dataset import PAGE
from .inprocess import compare_trees, in_process_table
from .instructions import REQUESTS, count_trees, instructions_table, missing
from .matrix import Measurement, measure, run_matrix
from .scenarios import SCALE_SCENARIOS, SCENARIOS, Target
from .servers import ROOT, free_port, running, start_python

__all__ = ["BackendResults", "main"]

_SESSIONS, _MESSAGES = 100, 1000
_MIX = tuple(
    s for s in SCENARIOS if s.name in ("list_sessions", "get_session", "list_messages", "create_session")
)
_DOCS_START = "<!-- backends:start -->"
_DOCS_END = "<!-- backends:end -->"


class BackendResults(msgspec.Struct, kw_only=True):
    """Everything measured, by target name; ``base`` is the commit the in-memory backend was compared with."""

    base: str
    matrix: list[Measurement] = []
    scale: list[Measurement] = []
    scale_sizes: tuple[int, int, int] = (0, 0, 0)  # small sessions, big sessions, big messages
    # One loopback round trip to the PostgreSQL cluster (psycopg, ``SELECT 1``), median µs: the floor
    # under every PostgreSQL figure, measured in the same run.
    pg_round_trip_us: float = 0.0
    # In process (ASGI, no HTTP): "memory" and "memory_base" -> read -> µs per request, one per round.
    in_process: dict[str, dict[str, list[float]]] = {}
    # Under callgrind: "memory" and "memory_base" -> read -> instructions per request; empty if not counted.
    instructions: dict[str, dict[str, float]] = {}


def _say(text: str) -> None:
    print(text, flush=True)


def _round_trip_us(server_url: str) -> float:
    """The median wall time of ``SELECT 1`` on one connection, in µs (5 runs of 1,000)."""
    with psycopg.connect(server_url, autocommit=True) as conn:
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            for _ in range(1000):
                conn.execute("SELECT 1").fetchall()
            runs.append((time.perf_counter() - started) / 1000 * 1e6)
    return statistics.median(runs)


@contextmanager
def _worktree(revision: str) -> Iterator[Path]:
    """A detached checkout of ``revision``, removed afterwards."""
    path = Path(tempfile.mkdtemp(prefix="bench-base-")) / "tree"
    subprocess.run(
        ["git", "worktree", "add", "--detach", str(path), revision], cwd=ROOT, check=True, capture_output=True
    )
    try:
        yield path
    finally:
        subprocess.run(
            ["git", "worktree", "remove", "--force", str(path)], cwd=ROOT, check=False, capture_output=True
        )


def _target(name: str, label: str) -> Target:
    return Target(name=name, label=label, port=free_port(), prefix="/api/v1")


def _mix(args: argparse.Namespace, pg: str, tmp: Path, logdir: Path, base: Path) -> list[Measurement]:
    memory = _target("memory", "in memory")
    previous = _target("memory_base", f"in memory, {args.base[:10]}")
    sqlite = _target("sqlite", "SQLite")
    postgres = _target("postgresql", "PostgreSQL")
    core = args.server_core
    with running([]) as servers:
        servers.append(start_python(memory, "mock", _SESSIONS, _MESSAGES, core, logdir))
        servers.append(start_python(previous, "mock", _SESSIONS, _MESSAGES, core, logdir, cwd=base))
        url = f"sqlite:///{tmp / 'mix.db'}"
        servers.append(
            start_python(sqlite, "mock", _SESSIONS, _MESSAGES, core, logdir, ["--database-url", url])
        )
        url = new_postgres_database(pg)
        servers.append(
            start_python(postgres, "mock", _SESSIONS, _MESSAGES, core, logdir, ["--database-url", url])
        )
        targets = [s.target for s in servers]
        for target in targets:
            measure(target, _MIX[0], 16, 1)  # warm-up
        pids = {s.target.name: s.process.pid for s in servers}
        return run_matrix(
            targets, tuple(_MIX), tuple(args.connections), args.duration, args.rounds, None, pids, _say
        )


def _scale(args: argparse.Namespace, pg: str, tmp: Path, logdir: Path) -> list[Measurement]:
    results: list[Measurement] = []
    for backend in ("sqlite", "postgresql"):
        small = _target(f"{backend}_small", f"{backend}, {_SESSIONS:,} sessions")
        big = _target(f"{backend}_big", f"{backend}, {args.scale_sessions:,} sessions")
        with running([]) as servers:
            for target, sessions, messages in (
                (small, _SESSIONS, _MESSAGES),
                (big, args.scale_sessions, args.scale_messages),
            ):
                if backend == "sqlite":
                    url = f"sqlite:///{tmp / (target.name + '.db')}"
                else:
                    url = new_postgres_database(pg)
                _say(f"filling {target.label} ({messages:,} messages)…")
                servers.append(
                    start_python(
                        target, "mock", sessions, messages, args.server_core, logdir, ["--database-url", url]
                    )
                )
            for target in (small, big):
                measure(target, SCALE_SCENARIOS[0], 16, 1)
            pids = {s.target.name: s.process.pid for s in servers}
            results += run_matrix(
                [small, big], tuple(SCALE_SCENARIOS), (1,), args.duration, args.rounds, None, pids, _say
            )
    return results


def _median(measurements: list[Measurement], target: str, scenario: str, conns: int, field: str) -> float:
    values = [
        getattr(m.cell, field)
        for m in measurements
        if (m.target, m.scenario, m.connections) == (target, scenario, conns)
    ]
    return statistics.median(values) if values else float("nan")


def report(results: BackendResults, connections: Sequence[int]) -> str:
    """The results as Markdown tables."""
    lines = [
        f"Throughput as a ratio of the in-memory backend's, same run, same data set ({_SESSIONS} sessions,"
        f" {_MESSAGES:,} messages; pages of {PAGE}); the previous in-memory column is commit"
        f" `{results.base[:10]}`.",
        "",
        "| request | connections | in memory req/s | previous in memory | SQLite | PostgreSQL |",
        "|---|---|---|---|---|---|",
    ]
    for scenario in _MIX:
        for conns in connections:
            base = _median(results.matrix, "memory", scenario.name, conns, "rps")
            ratios = [
                _median(results.matrix, t, scenario.name, conns, "rps") / base
                for t in ("memory_base", "sqlite", "postgresql")
            ]
            lines.append(
                f"| {scenario.title} | {conns} | {base:,.0f} | "
                + " | ".join(f"{r:.2f}\u00d7" for r in ratios)
                + " |"
            )
    if results.pg_round_trip_us:
        memory_p50 = _median(results.matrix, "memory", "get_session", 1, "p50_ms") * 1000
        lines += [
            "",
            "One PostgreSQL round trip (psycopg, `SELECT 1`, loopback) took"
            f" {results.pg_round_trip_us:.0f} µs in this run; the in-memory backend answered a get at"
            f" one connection in {memory_p50:.0f} µs (p50).",
        ]
    if results.in_process:
        lines += in_process_table(results.in_process)
    if results.instructions:
        lines += instructions_table(results.instructions)
    if results.scale:
        small, big, messages = results.scale_sizes
        lines += [
            "",
            f"Scale: median latency (p50, one connection) with {big:,} sessions and {messages:,} messages"
            f" against {small:,} sessions and {_MESSAGES:,} messages, as a ratio.",
            "",
            "| request | SQLite | PostgreSQL |",
            "|---|---|---|",
        ]
        for scenario in SCALE_SCENARIOS:
            ratios = [
                _median(results.scale, f"{b}_big", scenario.name, 1, "p50_ms")
                / _median(results.scale, f"{b}_small", scenario.name, 1, "p50_ms")
                for b in ("sqlite", "postgresql")
            ]
            lines.append(f"| {scenario.title} | " + " | ".join(f"{r:.2f}\u00d7" for r in ratios) + " |")
    return "\n".join(lines)


def _write_docs(text: str) -> None:
    docs = ROOT / "docs" / "benchmarks.md"
    current = docs.read_text()
    block = f"{_DOCS_START}\n{text}\n{_DOCS_END}"
    if _DOCS_START in current:
        head, rest = current.split(_DOCS_START, 1)
        current = head + block + rest.split(_DOCS_END, 1)[1]
    else:
        current = current.rstrip() + "\n\n## Store backends\n\n" + block + "\n"
    docs.write_text(current)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the backend comparison; print the tables and, with ``--write-docs``, put them in the docs."""
    parser = argparse.ArgumentParser(prog="scripts/bench --backends", description=__doc__)
    parser.add_argument("--duration", type=int, default=3, help="seconds per cell (default 3)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of alternating order (default 2)")
    parser.add_argument("--connections", type=lambda t: tuple(int(c) for c in t.split(",")), default=(1, 16))
    parser.add_argument(
        "--base", help="commit whose in-memory backend to compare with (default: merge-base with main)"
    )
    parser.add_argument("--scale-sessions", type=int, default=100_000)
    parser.add_argument("--scale-messages", type=int, default=1_000_000)
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--server-core", type=int, default=0)
    parser.add_argument("--json", type=Path, help="also save the measurements as JSON")
    parser.add_argument("--write-docs", action="store_true", help="put the tables in docs/benchmarks.md")
    args = parser.parse_args(argv)
    if args.base is None:
        found = subprocess.run(
            ["git", "merge-base", "HEAD", "main"], cwd=ROOT, capture_output=True, text=True, check=True
        )
        args.base = found.stdout.strip()
    results = BackendResults(
        base=args.base, scale_sizes=(_SESSIONS, args.scale_sessions, args.scale_messages)
    )
    with (
        tempfile.TemporaryDirectory(prefix="bench-backends-") as tmp,
        postgres_cluster() as pg,
        _worktree(args.base) as base,
    ):
        logdir = Path(tmp)
        results.pg_round_trip_us = _round_trip_us(pg)
        results.matrix = _mix(args, pg, logdir, logdir, base)
        trees = {"memory": ROOT, "memory_base": base}
        results.in_process = compare_trees(trees, args.rounds, args.server_core, _say)
        lacking = missing()
        if lacking is None:
            results.instructions = count_trees(trees, REQUESTS, _say)
        else:
            _say(f"instructions not counted: needs {lacking}")
        if not args.skip_scale:
            results.scale = _scale(args, pg, logdir, logdir)
    text = report(results, args.connections)
    print(text)
    if args.json:
        args.json.write_bytes(msgspec.json.encode(results))
    if args.write_docs:
        _write_docs(text)
    return 0
