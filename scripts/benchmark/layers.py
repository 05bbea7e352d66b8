"""Where a read's time goes: the mock and the framework ceiling called in process, layer by layer.

``python -m scripts.benchmark.layers`` drives each app through ASGI directly (no sockets, no HTTP
parsing), so differences of a few microseconds stand out, and prints the median µs per request of:
the ceiling; the ceiling with the operation's ``offset``/``limit`` parameters; that plus CORS; the mock
without authentication, fault control and request log; the mock without each of those alone; the mock.
It explains the ceiling ratio in docs/benchmarks.md; its figures are not targets.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from litestar import Litestar, get
from litestar.config.cors import CORSConfig
from litestar.types import ASGIApp, Receive, Scope, Send

import mock_server.app as wiring
from mock_server import Settings, create_app
from mock_server.api.params import Limit, Offset
from mock_server.store import InMemoryStore
from mock_server.wire import ChatSession

from .ceiling import Bodies, constant_bodies, create_ceiling_app
from .dataset import PAGE, READER, READER_TOKEN, TARGET_SESSION_ID, fill
from .inprocess import get_scope, serve, timed_us

__all__ = ["main"]

_Variant = Callable[[], ASGIApp]


class _Through:
    """A layer that passes every request on: what a removed middleware leaves."""

    def __init__(self, app: ASGIApp, shared: object = None) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


class _FixedUser(_Through):
    """Authentication removed: every request is the reader's."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope["user"] = READER
        await self.app(scope, receive, send)


@contextmanager
def _without(*names: str) -> Iterator[None]:
    """Build the mock with some of its layers replaced; ``mock_server.app`` is the one wiring place."""
    replacements: dict[str, Any] = {
        "auth": ("BearerAuthMiddleware", _FixedUser),
        "faults": ("ControlMiddleware", _Through),
        "log": ("RequestLogMiddleware", lambda app, log: app),
    }
    saved = {}
    for name in names:
        attribute, replacement = replacements[name]
        saved[attribute] = getattr(wiring, attribute)
        setattr(wiring, attribute, replacement)
    try:
        yield
    finally:
        for attribute, original in saved.items():
            setattr(wiring, attribute, original)


def _variants(store: InMemoryStore, bodies: Bodies) -> dict[str, _Variant]:
    @get("/api/v1/chats")
    async def list_sessions(offset: Offset = 0, limit: Limit = 100) -> list[ChatSession]:
        return bodies.sessions

    cors = CORSConfig(allow_origin_regex=r"http://localhost(:\d+)?")

    def mock(*removed: str) -> _Variant:
        def build() -> ASGIApp:
            with _without(*removed):
                return create_app(Settings(), store)

        return build

    return {
        "framework ceiling": lambda: create_ceiling_app(bodies),
        "ceiling + offset/limit parameters (lists)": lambda: Litestar(
            [list_sessions], openapi_config=None, logging_config=None
        ),
        "ceiling + parameters + CORS (lists)": lambda: Litestar(
            [list_sessions], openapi_config=None, logging_config=None, cors_config=cors
        ),
        "mock without auth, faults and log": mock("auth", "faults", "log"),
        "mock without auth": mock("auth"),
        "mock without fault control": mock("faults"),
        "mock without request log": mock("log"),
        "mock": mock(),
    }


async def _measure(apps: dict[str, ASGIApp], scope: Scope, runs: int, count: int) -> dict[str, float]:
    for name, app in apps.items():
        if await serve(app, scope) != 200:
            raise RuntimeError(f"{name} did not answer 200")
        await timed_us(app, scope, count // 5)
    samples: dict[str, list[float]] = {name: [] for name in apps}
    # Turn by turn, so a drift of a shared machine falls on every variant alike.
    for _ in range(runs):
        for name, app in apps.items():
            samples[name].append(await timed_us(app, scope, count))
    return {name: statistics.median(values) for name, values in samples.items()}


def main(argv: Sequence[str] | None = None) -> int:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(prog="python -m scripts.benchmark.layers", description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="runs per variant; the median is shown")
    parser.add_argument("--requests", type=int, default=3000, help="requests per run")
    args = parser.parse_args(argv)
    store = InMemoryStore()
    dataset = fill(store, 100, 1000)
    variants = _variants(store, constant_bodies(store, dataset))
    reads = {
        "get a session": (get_scope(f"/api/v1/chats/{TARGET_SESSION_ID}", "", READER_TOKEN), False),
        "list sessions": (get_scope("/api/v1/chats", f"offset=0&limit={PAGE}", READER_TOKEN), True),
    }
    print(f"µs per request in process, median of {args.runs} runs of {args.requests:,}")
    for read, (scope, is_list) in reads.items():
        apps = {name: build() for name, build in variants.items() if is_list or "(lists)" not in name}
        results = asyncio.run(_measure(apps, scope, args.runs, args.requests))
        print(f"\n{read}")
        for name, micros in results.items():
            print(f"  {name:44} {micros:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
