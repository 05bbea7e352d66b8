"""Start-up time: from launching ``python -m mock_server`` to its first answered request, against a reference.

The reference is a bare Litestar app with one route, served by uvicorn in the same way, so the ratio says
what the mock adds (its imports, the demo data, answering the demo questions) on whatever machine runs it.
Starts alternate between the two, and the median of each is reported.

    python -m scripts.benchmark.startup [--rounds N]
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence

import httpx

__all__ = ["main", "measure"]

_REFERENCE = """
import sys, uvicorn
from litestar import Litestar, get
@get("/api/v1/chats", sync_to_thread=False)
def chats() -> list[dict[str, str]]:
    return [{"id": "1"}]
app = Litestar([chats], logging_config=None)
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""
_AUTH = {"Authorization": "Bearer demo-token"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _time_to_first_answer(command: list[str], port: int, timeout: float = 60) -> float:
    """Seconds from launching ``command`` to a 200 on ``GET /api/v1/chats``."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < timeout:
            try:
                if (
                    httpx.get(f"http://127.0.0.1:{port}/api/v1/chats", headers=_AUTH, timeout=5).status_code
                    == 200
                ):
                    return time.perf_counter() - started
            except httpx.TransportError:
                time.sleep(0.01)
        raise RuntimeError(f"{command[:3]} did not answer within {timeout} s")
    finally:
        process.terminate()
        process.wait(timeout=10)


def measure(rounds: int) -> dict[str, float]:
    """Median seconds to the first answer of the mock and of the reference, and their ratio."""
    mock: list[float] = []
    reference: list[float] = []
    for _ in range(rounds):
        port = _free_port()
        mock.append(_time_to_first_answer([sys.executable, "-m", "mock_server", "--port", str(port)], port))
        port = _free_port()
        reference.append(_time_to_first_answer([sys.executable, "-c", _REFERENCE, str(port)], port))
    medians = {"mock_s": statistics.median(mock), "reference_s": statistics.median(reference)}
    return {**medians, "ratio": medians["mock_s"] / medians["reference_s"]}


def main(argv: Sequence[str] | None = None) -> int:
    """Print the start-up figures."""
    parser = argparse.ArgumentParser(prog="python -m scripts.benchmark.startup", description=__doc__)
    parser.add_argument("--rounds", type=int, default=5, help="starts of each server (default 5)")
    args = parser.parse_args(argv)
    figures = measure(args.rounds)
    mock, reference = figures["mock_s"], figures["reference_s"]
    print(
        f"start-up to first answer: mock {mock:.2f} s, bare Litestar {reference:.2f} s,"
        f" ratio {figures['ratio']:.2f}x (median of {args.rounds})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
