"""SQLite's write-ahead log is copied into the database file by one background thread per process.

Left to SQLite, the copy (a checkpoint) is made by whichever commit takes the log past 1,000 pages, and it
ends in an fsync: on the event loop that held every request for milliseconds once every hundred or so
writes. Here a thread checkpoints every open SQLite store, ``BUSY_INTERVAL`` apart while they are written
(small copies often: on a server given one core, a large one takes the loop's turn for longer) and
``IDLE_INTERVAL`` apart once nothing changes. The requests' own connections only checkpoint past
``BACKSTOP_PAGES``, should this thread ever fall behind.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
import weakref
from typing import Protocol

__all__ = ["BACKSTOP_PAGES", "BUSY_INTERVAL", "IDLE_INTERVAL", "checkpoint_in_background", "stop_checkpoints"]

# Measured with creates at full load on one core (scripts/bench's SQLite server): checkpoints 0.02 s apart
# gave a p99 of 1.9 ms at one connection, 0.05 s 3.0-3.3 ms, 0.25 s 12.5 ms, SQLite's own 4.8 ms.
BUSY_INTERVAL, IDLE_INTERVAL = 0.02, 0.25
BACKSTOP_PAGES = 10_000


class Checkpointable(Protocol):
    """What this thread checkpoints."""

    def checkpoint(self) -> object:
        """Copy what the log holds into the database file, waiting for no reader or writer; return what
        the log held (equal from one call to the next while nothing is written)."""


# Weakly: a store dropped without being closed (tests do) leaves the set by itself.
_stores: weakref.WeakKeyDictionary[Checkpointable, object] = weakref.WeakKeyDictionary()
_lock = threading.Lock()
_thread: threading.Thread | None = None


def checkpoint_in_background(store: Checkpointable) -> None:
    """Checkpoint ``store`` from this process's checkpoint thread until it is stopped or gone."""
    global _thread
    with _lock:
        _stores[store] = None
        if _thread is None:
            _thread = threading.Thread(target=_run, name="mock-sqlite-checkpoints", daemon=True)
            _thread.start()


def stop_checkpoints(store: Checkpointable) -> None:
    """Checkpoint ``store`` no more (it is being closed)."""
    with _lock:
        _stores.pop(store, None)


def _run() -> None:
    interval = IDLE_INTERVAL
    while True:
        time.sleep(interval)
        interval = IDLE_INTERVAL
        for store, before in list(_stores.items()):
            # A file deleted under an open store, or a connection lost: nothing is lost by skipping a
            # round, and SQLite's own threshold still bounds the log.
            with contextlib.suppress(Exception):
                now = store.checkpoint()
                if now != before:
                    interval = BUSY_INTERVAL
                    with _lock:
                        if store in _stores:  # not closed meanwhile
                            _stores[store] = now


def _forget_thread() -> None:
    # A forked child has none of its parent's threads (nor a lock one of them held); its next store
    # starts a thread of its own.
    global _thread, _lock
    _thread, _lock = None, threading.Lock()


os.register_at_fork(after_in_child=_forget_thread)
