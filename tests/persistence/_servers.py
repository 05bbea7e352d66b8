"""Mock servers as separate processes, for tests that kill them or run several on one store."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

__all__ = ["ServerProcess", "server_process"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerProcess:
    """A running ``python -m mock_server``; ``url`` is its ``/api/v1`` base."""

    def __init__(self, args: list[str]) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/api/v1"
        self._process = subprocess.Popen(
            [sys.executable, "-m", "mock_server", "--port", str(self.port), *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            # Its own process group, so a kill reaches every worker of --workers N.
            start_new_session=True,
        )
        self._wait_until_up()

    def _wait_until_up(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                assert self._process.stderr is not None
                with self._process.stderr:
                    raise RuntimeError(f"mock server exited: {self._process.stderr.read().decode()}")
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError("mock server did not start")

    def kill(self) -> None:
        """SIGKILL the server (and its workers): no shutdown, no flushing."""
        os.killpg(self._process.pid, signal.SIGKILL)
        self._process.wait(timeout=30)

    def stop(self) -> None:
        """Stop the server if it still runs."""
        if self._process.poll() is None:
            os.killpg(self._process.pid, signal.SIGTERM)
            try:
                self._process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()
        if self._process.stderr is not None:
            self._process.stderr.close()


@contextmanager
def server_process(*args: str) -> Iterator[ServerProcess]:
    """A server with these options, stopped when the block ends."""
    server = ServerProcess(list(args))
    try:
        yield server
    finally:
        server.stop()
