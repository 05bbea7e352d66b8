"""A benchmark server process: fill a store in-process, then serve the mock or the ceiling over it.

``python -m scripts.benchmark.serve mock --port 8123 --sessions 100 --messages 1000`` prints one JSON line
(``{"ready": true, "fill_seconds": ..., "rss_mb": ...}``) once the data is in, then serves on 127.0.0.1
until terminated. Both apps are served by uvicorn with the settings ``python -m mock_server`` uses, so
the server and its HTTP implementation are the same for both and only the app differs.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Sequence

import uvicorn
from litestar import Litestar

from mock_server import Settings, create_app
from mock_server.store import InMemoryStore
from mock_server.store.sql import SqlStore

from .ceiling import constant_bodies, create_ceiling_app
from .dataset import fill

__all__ = ["main", "rss_mb"]


def rss_mb() -> float:
    """This process's resident memory now, in MiB (Linux)."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * 4096 / 2**20


def _app(kind: str, sessions: int, messages: int, database_url: str | None) -> tuple[Litestar, float]:
    """Build the app over a filled store; return it with the RSS growth of the fill in MiB.

    With ``database_url`` the data set is made in memory and copied into that database in one
    transaction, which is much faster than a million single writes.
    """
    before = rss_mb()
    store = InMemoryStore()
    dataset = fill(store, sessions, messages)
    grown = rss_mb() - before
    if kind == "ceiling":
        return create_ceiling_app(constant_bodies(store, dataset)), grown
    if database_url is not None:
        database, _ = SqlStore.open(database_url)
        database.replace_all(store.snapshot())
        return create_app(Settings(), database), grown
    return create_app(Settings(), store), grown


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the options, fill, report readiness on stdout, and serve until terminated."""
    parser = argparse.ArgumentParser(prog="python -m scripts.benchmark.serve", description=__doc__)
    parser.add_argument("kind", choices=["mock", "ceiling"], help="which app to serve")
    parser.add_argument("--port", type=int, required=True, help="port on 127.0.0.1")
    parser.add_argument("--sessions", type=int, default=100, help="sessions of the reader user")
    parser.add_argument("--messages", type=int, default=1000, help="messages over those sessions")
    parser.add_argument("--database-url", help="serve the mock from this SQLite or PostgreSQL database")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    app, grown = _app(args.kind, args.sessions, args.messages, args.database_url)
    # As ``python -m mock_server`` does once its app is built (mock_server/cli.py).
    gc.collect()
    gc.freeze()
    ready = {"ready": True, "fill_seconds": round(time.perf_counter() - started, 3)}
    ready |= {"rss_mb": round(rss_mb(), 1), "fill_rss_mb": round(grown, 1)}
    print(json.dumps(ready), flush=True)
    # Loopback only, whatever the caller asks: the benchmark never listens on another interface.
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
