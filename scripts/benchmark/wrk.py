"""Drive ``wrk`` (a C load generator, Debian package ``wrk``) and read its results as numbers.

wrk keeps every connection busy with one request after another for a fixed time; a Lua script sets the
request and, when the run is over, prints the totals and latency percentiles as one JSON line.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import msgspec

from .scenarios import Request

__all__ = ["WrkError", "WrkResult", "require_wrk", "run_wrk"]

_MARK = "WRKJSON "

# Percentiles in microseconds; "errors" are socket errors plus responses with a status of 400 or more.
_DONE = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '%s{"requests": %d, "duration_us": %d, "bytes": %d, "socket_errors": %d, "status_errors": %d, '
    .. '"p50_us": %d, "p99_us": %d, "mean_us": %.1f}\\n',
    "MARK", summary.requests, summary.duration, summary.bytes, e.connect + e.read + e.write + e.timeout,
    e.status, latency:percentile(50), latency:percentile(99), latency.mean))
end
"""


class WrkError(RuntimeError):
    """wrk is missing, failed, or printed no result."""


class _Raw(msgspec.Struct):
    requests: int
    duration_us: int
    bytes: int
    socket_errors: int
    status_errors: int
    p50_us: int
    p99_us: int
    mean_us: float


class WrkResult(msgspec.Struct, frozen=True, kw_only=True):
    """Throughput and latency of one wrk run."""

    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int


def require_wrk() -> str:
    """Return wrk's path, or raise with the command that installs it."""
    path = shutil.which("wrk")
    if path is None:
        raise WrkError("wrk not found: install it with `apt-get install -y wrk` (Debian package)")
    return path


def _lua_string(text: str) -> str:
    """A Lua long-bracket literal, which needs no escaping as long as it holds no closing bracket."""
    level = 0
    while f"]{'=' * level}]" in text:
        level += 1
    return f"[{'=' * level}[{text}]{'=' * level}]"


def _script(request: Request) -> str:
    lines = [f"wrk.method = {_lua_string(request.method)}"]
    if request.body:
        lines.append(f"wrk.body = {_lua_string(request.body.decode())}")
    lines += [f"wrk.headers[ {_lua_string(k)} ] = {_lua_string(v)}" for k, v in request.headers]
    return "\n".join(lines) + _DONE.replace("MARK", _MARK)


def run_wrk(url: str, request: Request, connections: int, seconds: int) -> WrkResult:
    """Load ``url`` with ``connections`` keep-alive connections for ``seconds``; one wrk thread."""
    wrk = require_wrk()
    if not url.startswith("http://127.0.0.1:"):
        raise WrkError(f"refusing to load a non-loopback URL: {url}")
    with tempfile.TemporaryDirectory(prefix="bench-wrk-") as tmp:
        script = Path(tmp, "request.lua")
        script.write_text(_script(request))
        command = [
            wrk,
            "-t1",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            "-s",
            str(script),
            url,
        ]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 30, check=False)
        except subprocess.TimeoutExpired as exc:
            raise WrkError(f"wrk did not finish within {seconds + 30} s") from exc
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith(_MARK)), None)
    if done.returncode != 0 or line is None:
        raise WrkError(f"wrk failed (exit {done.returncode}): {done.stderr.strip() or done.stdout.strip()}")
    raw = msgspec.json.decode(line[len(_MARK) :], type=_Raw)
    elapsed = raw.duration_us / 1e6
    return WrkResult(
        requests=raw.requests,
        seconds=elapsed,
        rps=raw.requests / elapsed if elapsed else 0.0,
        p50_ms=raw.p50_us / 1000,
        p99_ms=raw.p99_us / 1000,
        errors=raw.socket_errors + raw.status_errors,
    )
