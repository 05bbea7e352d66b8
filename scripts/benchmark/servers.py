"""Start and stop the servers under test, each pinned to the server core and bound to 127.0.0.1.

Servers run in their own process group with output to a log file, so a chatty one (Prism logs every
request by default) never blocks on a full pipe, and stopping one ends exactly the processes it made.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import msgspec

from .dataset import READER_TOKEN
from .scenarios import Target

__all__ = ["ROOT", "Server", "ServerError", "free_port", "running", "start_prism", "start_python"]

ROOT = Path(__file__).resolve().parents[2]
# A server fills its data set before it answers: the scale check's million messages take PostgreSQL a
# minute or two on one quiet core, and a busy shared machine several times that.
_STARTUP_SECONDS = 180.0
_STARTUP_SECONDS_PER_MESSAGE = 0.001


class ServerError(RuntimeError):
    """A server did not start or did not answer."""


class Ready(msgspec.Struct):
    """What a Python benchmark server reports once its data is loaded."""

    ready: bool
    fill_seconds: float
    rss_mb: float
    fill_rss_mb: float


class Server:
    """A running server process and the target it serves."""

    def __init__(self, target: Target, process: subprocess.Popen[bytes], log: Path) -> None:
        self.target = target
        self.process = process
        self.log = log
        self.ready: Ready | None = None

    def log_tail(self, lines: int = 20) -> str:
        """The end of the server's output, for error messages."""
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> None:
        """Terminate the server's process group, killing it if it does not exit within 10 s."""
        if self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _spawn(target: Target, command: list[str], core: int, logdir: Path, cwd: Path = ROOT) -> Server:
    log = logdir / f"{target.name}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            ["taskset", "-c", str(core), *command],
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Server(target, process, log)


def _answers(target: Target) -> bool:
    """Whether the server answers an authenticated list of sessions with 200."""
    conn = http.client.HTTPConnection("127.0.0.1", target.port, timeout=5)
    try:
        conn.request(
            "GET",
            f"{target.prefix}/chats?offset=0&limit=1",
            headers={"Authorization": f"Bearer {READER_TOKEN}"},
        )
        return conn.getresponse().status == 200
    except OSError:
        return False
    finally:
        conn.close()


def _wait(server: Server, timeout: float) -> Server:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise ServerError(f"{server.target.label} exited at start-up:\n{server.log_tail()}")
        if _answers(server.target):
            return server
        time.sleep(0.2)
    server.stop()
    raise ServerError(f"{server.target.label} did not answer within {timeout:.0f} s:\n{server.log_tail()}")


def start_python(
    target: Target,
    kind: str,
    sessions: int,
    messages: int,
    core: int,
    logdir: Path,
    extra: Sequence[str] = (),
    cwd: Path = ROOT,
) -> Server:
    """Start ``scripts.benchmark.serve`` (the mock or the ceiling) over a data set of the given size.

    ``extra`` options go to it; ``cwd`` is the tree it runs from (another checkout measures that code).
    """
    command = [sys.executable, "-m", "scripts.benchmark.serve", kind, "--port", str(target.port)]
    command += ["--sessions", str(sessions), "--messages", str(messages), *extra]
    startup = _STARTUP_SECONDS + messages * _STARTUP_SECONDS_PER_MESSAGE
    server = _wait(_spawn(target, command, core, logdir, cwd), startup)
    first = server.log.read_text(errors="replace").splitlines()[0]
    server.ready = msgspec.json.decode(first, type=Ready)
    return server


def start_prism(target: Target, prism: Path, quiet: bool, core: int, logdir: Path) -> Server:
    """Start ``prism mock openapi.yaml``, with its defaults or with logging off (``quiet``)."""
    command = [
        str(prism),
        "mock",
        str(ROOT / "openapi.yaml"),
        "--host",
        "127.0.0.1",
        "--port",
        str(target.port),
    ]
    if quiet:
        # --errors false: violations are not turned into error answers (also the default);
        # -v silent: no log line per request, Prism's most expensive default.
        command += ["--errors", "false", "-v", "silent"]
    return _wait(_spawn(target, command, core, logdir), 60.0)


@contextlib.contextmanager
def running(servers: list[Server]) -> Iterator[list[Server]]:
    """Stop every server when the block ends, however it ends."""
    try:
        yield servers
    finally:
        for server in servers:
            server.stop()
