"""Store calls on a network database run in worker threads: the loop goes on, and a call runs to its end."""

from __future__ import annotations

import asyncio
import threading

import pytest

from mock_server.store.workers import call_store, in_worker


async def test_a_call_runs_in_a_worker_thread_and_returns_its_result() -> None:
    loop_thread = threading.get_ident()
    result = await in_worker(lambda a, b: (threading.get_ident(), a + b), 2, b=3)
    assert result[1] == 5
    assert result[0] != loop_thread


async def test_the_loop_goes_on_while_a_call_waits() -> None:
    release = threading.Event()
    call = asyncio.ensure_future(in_worker(release.wait, 5))
    await asyncio.sleep(0.01)
    assert not call.done()  # the call waits in its thread; this coroutine still runs
    release.set()
    assert await call is True


async def test_a_cancelled_caller_leaves_the_call_to_finish() -> None:
    started, release, finished = threading.Event(), threading.Event(), threading.Event()

    def write() -> None:
        started.set()
        release.wait(5)
        finished.set()

    call = asyncio.ensure_future(in_worker(write))
    await asyncio.to_thread(started.wait, 5)
    call.cancel()
    await asyncio.sleep(0)
    release.set()
    assert await asyncio.to_thread(finished.wait, 5)


class _Store:
    def __init__(self, blocking: bool) -> None:
        self.blocking = blocking


@pytest.mark.parametrize("blocking", [False, True])
async def test_a_store_call_leaves_the_loop_thread_only_for_a_network_store(blocking: bool) -> None:
    loop_thread = threading.get_ident()
    thread = await call_store(_Store(blocking), threading.get_ident)  # type: ignore[arg-type]
    assert (thread != loop_thread) is blocking
