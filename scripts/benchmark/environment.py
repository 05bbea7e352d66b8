"""What a benchmark run records about the machine and the software it ran on."""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.metadata
import importlib.util
import os
import platform
import subprocess
from pathlib import Path

from .wrk import require_wrk

__all__ = ["environment", "loadavg"]


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _first_line(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return (done.stdout.strip() or done.stderr.strip() or "?").splitlines()[0]


def loadavg() -> str:
    """The 1-minute load average: above the core count, other work shared the machine with this run."""
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def environment(prism: Path, skip_prism: bool) -> dict[str, str]:
    """The facts of the machine and the software that a run's figures depend on."""
    cpu = "?"
    with contextlib.suppress(OSError):
        cpu = next(
            (
                ln.split(":", 1)[1].strip()
                for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if "model name" in ln
            ),
            "?",
        )
    # uvicorn picks uvloop and httptools when they are installed, else asyncio and h11.
    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"
    http = "httptools" if importlib.util.find_spec("httptools") else "h11"
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "load_start": loadavg(),
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "python": platform.python_version(),
        "litestar": _version("litestar"),
        "msgspec": _version("msgspec"),
        "uvicorn": _version("uvicorn"),
        "uvicorn_impl": f"{loop} + {http}",
        "prism": "not run" if skip_prism else _first_line([str(prism), "--version"]),
        "wrk": _first_line([require_wrk(), "-v"]).split(" [")[0],
    }
