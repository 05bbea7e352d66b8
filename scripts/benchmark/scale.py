"""Does the cost of a read grow with what is stored? Small and big data sets, side by side.

Over HTTP: two mock servers, one with few sessions and messages and one with many, take turns on the
same reads (latency at one connection, throughput at 16). In process: the same reads as service calls,
timed without any HTTP, where a scan of all sessions or messages would show as a ratio in the hundreds.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

import msgspec

from mock_server.services import build_services
from mock_server.store import InMemoryStore

from .dataset import PAGE, READER, TARGET_SESSION_ID, fill
from .matrix import Cell, Measurement, measure
from .scenarios import Scenario, Target

__all__ = ["CallTiming", "run_scale_http", "time_service_calls"]


class CallTiming(msgspec.Struct, frozen=True, kw_only=True):
    """Microseconds per service call on a data set of ``sessions`` sessions and ``messages`` messages."""

    sessions: int
    messages: int
    list_sessions_us: float
    get_session_us: float
    list_messages_us: float


def run_scale_http(
    small: Target,
    big: Target,
    scenarios: tuple[Scenario, ...],
    connections: tuple[int, ...],
    seconds: int,
    rounds: int,
    pids: Mapping[str, int],
    say: Callable[[str], None],
) -> list[Measurement]:
    """Measure each read on both servers, alternating which goes first."""
    results: list[Measurement] = []
    for round_ in range(rounds):
        pair = (small, big) if round_ % 2 == 0 else (big, small)
        for scenario in scenarios:
            for conns in connections:
                for target in pair:
                    cell: Cell = measure(target, scenario, conns, seconds, pids.get(target.name))
                    results.append(
                        Measurement(
                            target=target.name,
                            scenario=scenario.name,
                            connections=conns,
                            round=round_,
                            cell=cell,
                        )
                    )
                    say(
                        f"scale round {round_ + 1}/{rounds} {scenario.name:<14} c={conns:<3}"
                        f" {target.label:<28}"
                        f" {cell.rps:9.0f} req/s  p50 {cell.p50_ms:6.2f} ms  p99 {cell.p99_ms:6.2f} ms"
                    )
    return results


def _per_call_us(call: Callable[[], object], budget: float = 0.3) -> float:
    """Best-of-five microseconds per call, each sample running about ``budget / 5`` seconds."""
    call()
    count = 1
    while True:
        started = time.perf_counter()
        for _ in range(count):
            call()
        if time.perf_counter() - started > budget / 5 or count > 1_000_000:
            break
        count *= 2
    samples = []
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(count):
            call()
        samples.append((time.perf_counter() - started) / count * 1e6)
    return min(samples)


def time_service_calls(sessions: int, messages: int) -> CallTiming:
    """Fill a store of the given size in this process and time the three reads as service calls."""
    store = InMemoryStore()
    fill(store, sessions, messages)
    services = build_services(store)
    return CallTiming(
        sessions=sessions,
        messages=messages,
        list_sessions_us=_per_call_us(lambda: services.sessions.page(READER, 0, PAGE)),
        get_session_us=_per_call_us(lambda: services.sessions.get(READER, TARGET_SESSION_ID)),
        list_messages_us=_per_call_us(lambda: services.sessions.messages(READER, TARGET_SESSION_ID, 0, PAGE)),
    )
