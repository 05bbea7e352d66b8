"""Worker threads for stores that wait on a network, so that the event loop never waits on a database.

One small pool per process, shared by every app in it: a hop to a waiting thread of a plain
``ThreadPoolExecutor`` costs a third of what ``anyio.to_thread`` costs per call (its capacity limiter
and cancel scopes), and a store call on PostgreSQL is a loopback round trip of well under a millisecond.
"""

from __future__ import annotations

import asyncio
import functools
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import ParamSpec, TypeVar

from .base import Store

__all__ = ["WORKERS", "call_store", "in_worker"]

P = ParamSpec("P")
T = TypeVar("T")

# As many store calls may wait on the database at once; the SQL backend keeps 8 idle connections.
WORKERS = 8


def _new_pool() -> ThreadPoolExecutor:
    # Threads start on the first call, so a process that never needs one starts none.
    return ThreadPoolExecutor(WORKERS, thread_name_prefix="mock-store")


_pool = _new_pool()


def _forget_pool() -> None:
    # A forked child has none of its parent's threads: it gets a pool of its own.
    global _pool
    _pool = _new_pool()


os.register_at_fork(after_in_child=_forget_pool)


async def in_worker(fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Run ``fn(*args, **kwargs)`` in a store worker thread; the caller's loop goes on meanwhile.

    A cancelled caller stops waiting, but a call under way runs to its end: a write is never cut in half.
    """
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_pool, functools.partial(fn, *args, **kwargs))


async def call_store(store: Store, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Call ``fn`` here, or in a worker thread when ``store`` waits on a network (the loop never does)."""
    if not store.blocking:
        return fn(*args, **kwargs)
    return await in_worker(fn, *args, **kwargs)
