"""One tree's in-memory mock called in process (ASGI, no sockets): µs per request of three reads.

``scripts/bench --backends`` compares the in-memory backend with an earlier commit's over HTTP too, but
there one cell spreads by 10-30% between rounds on a shared machine; called in process, a few per cent
stand out. It runs this file with ``python -P`` and ``PYTHONPATH`` set to the tree to measure, so the
tree's own ``mock_server`` and ``scripts.benchmark.dataset`` are imported, and a commit older than this
file can be measured. Prints one JSON object: read -> the best of the runs, in µs per request. With
``--callgrind LIBRARY`` (under valgrind, from ``scripts/benchmark/instructions.py``) it times nothing:
the library switches callgrind on around each read's loop of requests and dumps its count after it.
"""

from __future__ import annotations

import argparse
import asyncio
import ctypes
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, cast

from litestar.types import ASGIApp, HTTPRequestEvent, Message, Scope

__all__ = ["READS", "compare_trees", "get_scope", "in_process_table", "main", "serve", "timed_us"]

READS = {"get_session": "get a session", "list_sessions": "list sessions", "list_messages": "list messages"}
RUNS, REQUESTS = 7, 5000  # per read and round: the best of RUNS runs of REQUESTS calls


def get_scope(path: str, query: str, token: str) -> Scope:
    """What uvicorn would pass for a GET with a bearer token."""
    scope: dict[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1"), (b"authorization", f"Bearer {token}".encode())],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 8000),
        "state": {},
    }
    return cast(Scope, scope)


async def serve(app: ASGIApp, scope: Scope) -> int:
    """Call the app once with a copy of ``scope``; returns the status it answered."""
    status = 0

    async def receive() -> HTTPRequestEvent:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    # A copy per request: the app writes into its scope.
    await app(cast(Scope, dict(scope)), receive, send)
    return status


async def timed_us(app: ASGIApp, scope: Scope, count: int) -> float:
    """Call the app ``count`` times in a row; returns the wall time per call, in µs."""
    started = time.perf_counter()
    for _ in range(count):
        await serve(app, scope)
    return (time.perf_counter() - started) / count * 1e6


async def _warm_up(app: ASGIApp, scope: Scope, count: int) -> None:
    if await serve(app, scope) != 200:
        raise RuntimeError(f"{scope['path']} did not answer 200")
    await timed_us(app, scope, count // 5)


async def _best_us(app: ASGIApp, scope: Scope, runs: int, count: int) -> float:
    await _warm_up(app, scope, count)
    return min([await timed_us(app, scope, count) for _ in range(runs)])


async def _counted(app: ASGIApp, scope: Scope, count: int, toggle: ctypes.CDLL) -> None:
    await _warm_up(app, scope, count)
    toggle.start()
    await timed_us(app, scope, count)
    toggle.stop()


def main(argv: Sequence[str] | None = None) -> int:
    """Measure the tree on ``PYTHONPATH`` and print the JSON object."""
    parser = argparse.ArgumentParser(prog="python -P scripts/benchmark/inprocess.py", description=__doc__)
    parser.add_argument("--runs", type=int, default=RUNS, help="runs per read; the best is kept")
    parser.add_argument("--requests", type=int, default=REQUESTS, help="requests per run")
    parser.add_argument("--callgrind", help="count instructions with this toggle library instead of timing")
    args = parser.parse_args(argv)
    # Imported here, from whichever tree PYTHONPATH names.
    from mock_server import Settings, create_app
    from mock_server.store import InMemoryStore
    from scripts.benchmark.dataset import PAGE, READER_TOKEN, TARGET_SESSION_ID, fill

    store = InMemoryStore()
    fill(store, 100, 1000)
    app = create_app(Settings(), store)
    page = f"offset=0&limit={PAGE}"
    scopes = {
        "get_session": get_scope(f"/api/v1/chats/{TARGET_SESSION_ID}", "", READER_TOKEN),
        "list_sessions": get_scope("/api/v1/chats", page, READER_TOKEN),
        "list_messages": get_scope(f"/api/v1/chats/{TARGET_SESSION_ID}/messages", page, READER_TOKEN),
    }
    if args.callgrind:
        toggle = ctypes.CDLL(args.callgrind)
        # One callgrind dump per read, in READS' order.
        for read in READS:
            asyncio.run(_counted(app, scopes[read], args.requests, toggle))
        return 0
    found = {read: asyncio.run(_best_us(app, scopes[read], args.runs, args.requests)) for read in READS}
    print(json.dumps(found))
    return 0


def compare_trees(
    trees: Mapping[str, Path],
    rounds: int,
    core: int,
    say: Callable[[str], None],
    *,
    runs: int = RUNS,
    requests: int = REQUESTS,
) -> dict[str, dict[str, list[float]]]:
    """Run this file in each tree (name -> checkout) on ``core``, in turn, ``rounds`` times, the order
    reversed every other round; returns name -> read -> µs per request, one value per round."""
    sizes = ["--runs", str(runs), "--requests", str(requests)]
    found: dict[str, dict[str, list[float]]] = {name: {} for name in trees}
    for round_ in range(rounds):
        for name, tree in list(trees.items())[:: -1 if round_ % 2 else 1]:
            say(f"round {round_ + 1}/{rounds} in process: {name}")
            done = subprocess.run(
                ["taskset", "-c", str(core), sys.executable, "-P", __file__, *sizes],
                cwd=tree,
                env={**os.environ, "PYTHONPATH": str(tree)},
                check=True,
                capture_output=True,
            )
            for read, micros in json.loads(done.stdout).items():
                found[name].setdefault(read, []).append(micros)
    return found


def in_process_table(found: Mapping[str, Mapping[str, list[float]]]) -> list[str]:
    """``compare_trees``' results for "memory" against "memory_base" as Markdown lines."""
    rounds = len(found["memory"]["get_session"])
    lines = [
        "",
        f"In process (ASGI calls, no sockets; per round the best of {RUNS} runs of {REQUESTS:,}, {rounds}"
        " rounds, the two commits in turn on the server core): µs per request, median over the rounds.",
        "",
        "| request | in memory µs | previous in memory µs | previous in memory |",
        "|---|---|---|---|",
    ]
    for read, title in READS.items():
        now = statistics.median(found["memory"][read])
        before = statistics.median(found["memory_base"][read])
        # A throughput ratio, as in the HTTP table: above 1 where the previous commit is faster.
        lines.append(f"| {title} | {now:.1f} | {before:.1f} | {now / before:.2f}\u00d7 |")
    return lines


if __name__ == "__main__":
    sys.exit(main())
