"""Turn measurements into medians, ratios, target checks, a console table and a Markdown section."""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable

import msgspec

from .decode import DecodeTiming
from .matrix import Measurement, Probe
from .memory import MessageMemory
from .scale import CallTiming
from .scenarios import SCALE_SCENARIOS, SCENARIOS, Target

__all__ = [
    "CEILING",
    "MOCK",
    "PRISM_DEFAULT",
    "PRISM_QUIET",
    "SCALE_BIG",
    "SCALE_SMALL",
    "Check",
    "Results",
    "Summary",
    "checks",
    "console_report",
    "markdown_report",
    "summarize",
]

MOCK, CEILING, PRISM_QUIET, PRISM_DEFAULT = "mock", "ceiling", "prism-quiet", "prism-default"
SCALE_SMALL, SCALE_BIG = "mock-small", "mock-big"

_TITLES = {s.name: s.title for s in SCENARIOS}


class Summary(msgspec.Struct, frozen=True, kw_only=True):
    """The median over rounds of one (target, scenario, connections) cell."""

    rps: float
    p50_ms: float
    p99_ms: float
    errors: int
    lines_per_s: float | None
    stream_lines_per_s: float | None
    server_cpu: float | None
    # Server CPU time per request in microseconds: unlike throughput, barely moved by other load on the
    # machine, so the ratios it gives are the steadier estimate of relative capacity.
    cpu_us: float | None


class Results(msgspec.Struct, kw_only=True):
    """Everything one run measured, as saved with ``--json``."""

    environment: dict[str, str]
    seconds: int
    rounds: int
    connections: list[int]
    targets: list[Target]
    probes: list[Probe]
    matrix: list[Measurement]
    scale_targets: list[Target] = []
    scale: list[Measurement] = []
    calls: list[CallTiming] = []
    memory: MessageMemory | None = None
    decode: DecodeTiming | None = None


class Check(msgspec.Struct, frozen=True, kw_only=True):
    """One target of the issue: met, missed, or not measured (``ok`` None)."""

    name: str
    ok: bool | None
    detail: str


Key = tuple[str, str, int]


def _median(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def summarize(measurements: list[Measurement]) -> dict[Key, Summary]:
    """Median of each cell over its rounds (errors are summed: any error is worth seeing)."""
    groups: defaultdict[Key, list[Measurement]] = defaultdict(list)
    for m in measurements:
        groups[m.target, m.scenario, m.connections].append(m)
    return {
        key: Summary(
            rps=statistics.median(m.cell.rps for m in group),
            p50_ms=statistics.median(m.cell.p50_ms for m in group),
            p99_ms=statistics.median(m.cell.p99_ms for m in group),
            errors=sum(m.cell.errors for m in group),
            lines_per_s=_median(m.cell.lines_per_s for m in group),
            stream_lines_per_s=_median(m.cell.stream_lines_per_s for m in group),
            server_cpu=_median(m.cell.server_cpu for m in group),
            cpu_us=_median(
                m.cell.server_cpu / m.cell.rps * 1e6 if m.cell.server_cpu and m.cell.rps else None
                for m in group
            ),
        )
        for key, group in groups.items()
    }


def _ratio(table: dict[Key, Summary], a: str, b: str, scenario: str, conns: int) -> float | None:
    """Throughput of ``a`` over that of ``b``."""
    x, y = table.get((a, scenario, conns)), table.get((b, scenario, conns))
    return x.rps / y.rps if x and y and y.rps else None


def _cpu_ratio(table: dict[Key, Summary], a: str, b: str, scenario: str, conns: int) -> float | None:
    """Capacity of ``a`` over that of ``b``, judged by server CPU per request (b's cost over a's)."""
    x, y = table.get((a, scenario, conns)), table.get((b, scenario, conns))
    return y.cpu_us / x.cpu_us if x and y and x.cpu_us and y.cpu_us else None


def _fmt_ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}x"


def _fmt_rps(summary: Summary | None) -> str:
    return "n/a" if summary is None else f"{summary.rps:,.0f}"


def _ratio_check(
    name: str, table: dict[Key, Summary], other: str, floor: float, results: Results, gets_only: bool
) -> Check:
    misses, seen, by_cpu = [], [], []
    for scenario in SCENARIOS:
        if gets_only and not scenario.is_get:
            continue
        for conns in results.connections:
            ratio = _ratio(table, MOCK, other, scenario.name, conns)
            if ratio is None:
                continue
            seen.append(ratio)
            if ratio < floor:
                misses.append(f"{scenario.name} c={conns}: {ratio:.2f}x")
            cpu = _cpu_ratio(table, MOCK, other, scenario.name, conns)
            if cpu is not None:
                by_cpu.append(cpu)
    if not seen:
        return Check(name=name, ok=None, detail="not measured")
    detail = f"lowest {min(seen):.2f}x" + (f"; below target: {', '.join(misses)}" if misses else "")
    if by_cpu:
        detail += f" (by server CPU per request: lowest {min(by_cpu):.2f}x)"
    return Check(name=name, ok=not misses, detail=detail)


def _latency_check(table: dict[Key, Summary]) -> Check:
    name = "mock p99 < 10 ms at 16 connections on GETs"
    p99 = {
        s.name: table[MOCK, s.name, 16].p99_ms for s in SCENARIOS if s.is_get and (MOCK, s.name, 16) in table
    }
    if not p99:
        return Check(name=name, ok=None, detail="not measured (needs 16 connections)")
    detail = ", ".join(f"{k} {v:.1f} ms" for k, v in p99.items())
    return Check(name=name, ok=max(p99.values()) < 10, detail=detail)


def scale_ratios(results: Results) -> dict[str, float]:
    """Per read: median latency at one connection with the big data set over that with the small one."""
    table = summarize(results.scale)
    return {
        s.name: table[SCALE_BIG, s.name, 1].p50_ms / table[SCALE_SMALL, s.name, 1].p50_ms
        for s in SCALE_SCENARIOS
        if (SCALE_BIG, s.name, 1) in table and (SCALE_SMALL, s.name, 1) in table
    }


def checks(results: Results) -> list[Check]:
    """The issue's targets, each met or missed, with the figures behind it."""
    table = summarize(results.matrix)
    found = [
        _ratio_check("≥ 2x Prism (logging off), every scenario", table, PRISM_QUIET, 2.0, results, False),
        _ratio_check("≥ 4x Prism (defaults), every scenario", table, PRISM_DEFAULT, 4.0, results, False),
        _ratio_check("≥ 80% of the framework ceiling on GETs", table, CEILING, 0.8, results, True),
        _latency_check(table),
    ]
    ratios = scale_ratios(results)
    name = "scale: latency with 100k sessions ≤ 1.5x that with 100"
    if ratios:
        detail = ", ".join(f"{k} {v:.2f}x" for k, v in ratios.items())
        found.append(Check(name=name, ok=max(ratios.values()) <= 1.5, detail=detail))
    else:
        found.append(Check(name=name, ok=None, detail="not measured"))
    return found


def _main_rows(results: Results) -> list[list[str]]:
    table = summarize(results.matrix)
    rows = []
    for scenario in SCENARIOS:
        for conns in results.connections:
            mock = table.get((MOCK, scenario.name, conns))
            if mock is None:
                continue
            rows.append(
                [
                    _TITLES[scenario.name],
                    str(conns),
                    _fmt_rps(mock),
                    f"{mock.p50_ms:.2f}",
                    f"{mock.p99_ms:.2f}",
                    _fmt_rps(table.get((CEILING, scenario.name, conns))),
                    _fmt_rps(table.get((PRISM_QUIET, scenario.name, conns))),
                    _fmt_rps(table.get((PRISM_DEFAULT, scenario.name, conns))),
                    _fmt_ratio(_ratio(table, MOCK, CEILING, scenario.name, conns)),
                    _fmt_ratio(_ratio(table, MOCK, PRISM_QUIET, scenario.name, conns)),
                    _fmt_ratio(_ratio(table, MOCK, PRISM_DEFAULT, scenario.name, conns)),
                ]
            )
    return rows


_MAIN_HEAD = [
    "scenario",
    "conns",
    "mock req/s",
    "mock p50 ms",
    "mock p99 ms",
    "ceiling req/s",
    "Prism quiet req/s",
    "Prism default req/s",
    "mock/ceiling",
    "mock/Prism quiet",
    "mock/Prism default",
]


def _stream_rows(results: Results) -> list[list[str]]:
    table = summarize(results.matrix)
    rows = []
    for conns in results.connections:
        for target in results.targets:
            s = table.get((target.name, "completion_stream", conns))
            if s is None:
                continue
            rows.append(
                [
                    str(conns),
                    target.label,
                    f"{s.rps:,.0f}",
                    f"{s.p50_ms:.2f}",
                    f"{s.p99_ms:.2f}",
                    f"{s.lines_per_s or 0:,.0f}",
                    _fmt_ratio(_ratio(table, target.name, CEILING, "completion_stream", conns)),
                ]
            )
    return rows


def _cpu_rows(results: Results) -> list[list[str]]:
    table = summarize(results.matrix)
    rows = []
    for scenario in SCENARIOS:
        for conns in results.connections:
            mock = table.get((MOCK, scenario.name, conns))
            if mock is None or mock.cpu_us is None:
                continue
            cells = [_TITLES[scenario.name], str(conns)]
            for target in (MOCK, CEILING, PRISM_QUIET, PRISM_DEFAULT):
                s = table.get((target, scenario.name, conns))
                cells.append("n/a" if s is None or s.cpu_us is None else f"{s.cpu_us:,.0f}")
            for other in (CEILING, PRISM_QUIET, PRISM_DEFAULT):
                cells.append(_fmt_ratio(_cpu_ratio(table, MOCK, other, scenario.name, conns)))
            rows.append(cells)
    return rows


_CPU_HEAD = [
    "scenario",
    "conns",
    "mock µs",
    "ceiling µs",
    "Prism quiet µs",
    "Prism default µs",
    "mock/ceiling",
    "mock/Prism quiet",
    "mock/Prism default",
]

_STREAM_HEAD = [
    "conns",
    "server",
    "streams/s",
    "first line p50 ms",
    "first line p99 ms",
    "lines/s",
    "vs ceiling",
]


def _scale_rows(results: Results) -> list[list[str]]:
    table = summarize(results.scale)
    rows = []
    for scenario in SCALE_SCENARIOS:
        for conns in sorted({m.connections for m in results.scale}):
            small = table.get((SCALE_SMALL, scenario.name, conns))
            big = table.get((SCALE_BIG, scenario.name, conns))
            if small is None or big is None:
                continue
            rows.append(
                [
                    _TITLES[scenario.name],
                    str(conns),
                    f"{small.p50_ms:.3f}",
                    f"{big.p50_ms:.3f}",
                    f"{big.p50_ms / small.p50_ms:.2f}x",
                    f"{small.p99_ms:.2f}",
                    f"{big.p99_ms:.2f}",
                    f"{small.rps:,.0f}",
                    f"{big.rps:,.0f}",
                ]
            )
    return rows


def _scale_head(results: Results) -> list[str]:
    small, big = (t.label for t in results.scale_targets) if results.scale_targets else ("small", "big")
    return [
        "read",
        "conns",
        f"p50 ms, {small}",
        f"p50 ms, {big}",
        "big/small",
        "p99 ms, small",
        "p99 ms, big",
        "req/s, small",
        "req/s, big",
    ]


def _call_rows(results: Results) -> list[list[str]]:
    rows = [
        [
            f"{c.sessions:,} sessions, {c.messages:,} messages",
            f"{c.list_sessions_us:.2f}",
            f"{c.get_session_us:.2f}",
            f"{c.list_messages_us:.2f}",
        ]
        for c in results.calls
    ]
    if len(results.calls) == 2:
        a, b = results.calls
        rows.append(
            [
                "ratio",
                f"{b.list_sessions_us / a.list_sessions_us:.2f}x",
                f"{b.get_session_us / a.get_session_us:.2f}x",
                f"{b.list_messages_us / a.list_messages_us:.2f}x",
            ]
        )
    return rows


_CALL_HEAD = ["store", "list sessions µs", "get session µs", "list messages µs"]


def _decode_rows(d: DecodeTiming) -> list[list[str]]:
    return [
        [
            "generated client (attrs `ChatMessage.from_dict`)",
            f"{d.generated_ms:.2f}",
            f"{d.generated_ms / d.msgspec_ms:.1f}x",
        ],
        [
            "vendor h2ogpte-rest-client (pydantic `ChatMessage.from_dict`)",
            f"{d.vendor_ms:.2f}",
            f"{d.vendor_ms / d.msgspec_ms:.1f}x",
        ],
        ["msgspec into `mock_server.wire.ChatMessage`", f"{d.msgspec_ms:.2f}", "1.0x"],
    ]


_DECODE_HEAD = ["decoder (JSON parse included)", "ms per 1,000 messages", "vs msgspec"]


def _probe_rows(results: Results) -> list[list[str]]:
    rows = []
    for scenario in SCENARIOS:
        cells = [_TITLES[scenario.name]]
        for target in results.targets:
            p = next(
                (p for p in results.probes if p.target == target.name and p.scenario == scenario.name), None
            )
            if p is None:
                cells.append("-")
            elif p.ok:
                cells.append(
                    f"{p.status}, {p.bytes:,} B" + (f", {p.lines} lines" if scenario.streamed else "")
                )
            else:
                cells.append(f"{p.status}: not measured")
        rows.append(cells)
    return rows


def _markdown_table(head: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _text_table(head: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(c) for c in column) for column in zip(head, *rows, strict=False)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join(
        [fmt.format(*head), fmt.format(*("-" * w for w in widths)), *(fmt.format(*r) for r in rows)]
    )


_MARKS = {True: "MET", False: "MISSED", None: "NOT MEASURED"}


def _check_lines(results: Results) -> list[str]:
    return [f"{_MARKS[c.ok]:<12} {c.name}: {c.detail}" for c in checks(results)]


def _check_items(results: Results) -> list[str]:
    return [f"- **{_MARKS[c.ok]}** {c.name}: {c.detail}" for c in checks(results)]


def _unmeasured(results: Results) -> list[str]:
    labels = {t.name: t.label for t in results.targets}
    return [f"{labels[p.target]} / {_TITLES[p.scenario]}: {p.reason}" for p in results.probes if not p.ok]


def console_report(results: Results) -> str:
    """The tables and checks as plain text for the terminal."""
    parts = ["", "Throughput and latency (medians over rounds)", _text_table(_MAIN_HEAD, _main_rows(results))]
    if _cpu_rows(results):
        parts += [
            "",
            "Server CPU per request (ratios = capacity)",
            _text_table(_CPU_HEAD, _cpu_rows(results)),
        ]
    if _stream_rows(results):
        parts += ["", "Streamed completion", _text_table(_STREAM_HEAD, _stream_rows(results))]
    if _unmeasured(results):
        parts += ["", "Not measured:", *("  " + u for u in _unmeasured(results))]
    if results.scale:
        parts += ["", "Scale", _text_table(_scale_head(results), _scale_rows(results))]
    if results.calls:
        parts += ["", "Reads as service calls (no HTTP)", _text_table(_CALL_HEAD, _call_rows(results))]
    if results.memory:
        m = results.memory
        parts += [
            "",
            f"Memory per stored message: {m.filled_bytes:,.0f} B"
            f" (data-set shape, {m.filled_count:,} messages), "
            f"{m.answered_bytes:,.0f} B (recorded by real completions, {m.answered_count:,} messages)",
        ]
    if results.decode:
        parts += [
            "",
            "Client decode of 1,000 messages",
            _text_table(_DECODE_HEAD, _decode_rows(results.decode)),
        ]
    parts += ["", "Targets", *_check_lines(results), ""]
    return "\n".join(parts)


def markdown_report(results: Results, chart_name: str | None) -> str:
    """The generated part of docs/benchmarks.md: run facts, every table, and the target checks."""
    env = results.environment
    parts = [
        f"Measured {env.get('date', '?')} on {env.get('cpu', '?')} ({env.get('cores', '?')} cores): "
        f"{results.seconds} s per cell, {results.rounds} round(s), medians over rounds. "
        f"Python {env.get('python', '?')}, Litestar {env.get('litestar', '?')}, "
        f"msgspec {env.get('msgspec', '?')}, "
        f"uvicorn {env.get('uvicorn', '?')} ({env.get('uvicorn_impl', '?')}), Prism {env.get('prism', '?')}, "
        f"{env.get('wrk', 'wrk')}. Load average (1 min) at start {env.get('load_start', '?')}, "
        f"at end {env.get('load_end', '?')}.",
        "",
    ]
    if chart_name:
        parts += [f"![Requests per second and p99 latency at 16 connections]({chart_name})", ""]
    parts += ["### Targets", "", *_check_items(results), ""]
    parts += ["### Throughput, latency and ratios", "", _markdown_table(_MAIN_HEAD, _main_rows(results)), ""]
    if _cpu_rows(results):
        parts += [
            "### Server CPU time per request",
            "",
            "Microseconds of CPU the server process used per request, and the capacity ratios that follow "
            "from them (the other server's cost over the mock's). Throughput on a shared machine moves with "
            "whatever else runs; CPU per request hardly does.",
            "",
            _markdown_table(_CPU_HEAD, _cpu_rows(results)),
            "",
        ]
    if _stream_rows(results):
        parts += ["### Streamed completion", "", _markdown_table(_STREAM_HEAD, _stream_rows(results)), ""]
    parts += [
        "### What each server answered",
        "",
        _markdown_table(["scenario", *(t.label for t in results.targets)], _probe_rows(results)),
        "",
    ]
    if _unmeasured(results):
        parts += ["Not measured: " + "; ".join(_unmeasured(results)), ""]
    if results.scale:
        parts += ["### Scale", "", _markdown_table(_scale_head(results), _scale_rows(results)), ""]
    if results.calls:
        parts += [
            "Reads as service calls, no HTTP (best of 5):",
            "",
            _markdown_table(_CALL_HEAD, _call_rows(results)),
            "",
        ]
    if results.memory:
        m = results.memory
        parts += [
            f"Memory per stored message (tracemalloc): **{m.filled_bytes:,.0f} B** "
            "for the data set's messages "
            f"({m.filled_count:,} measured), **{m.answered_bytes:,.0f} B** for messages recorded by real "
            f"completions ({m.answered_count:,} measured; an answer keeps its references and full prompt).",
            "",
        ]
    grown = results.environment.get("big_fill_rss_mb", "")
    if grown.isdigit() and len(results.calls) == 2:
        big = results.calls[1]
        parts += [
            f"Filling the {big.sessions:,}-session server grew its resident memory by {int(grown):,} MiB, "
            f"{int(grown) * 2**20 / max(big.messages, 1):,.0f} B per message with sessions and indexes.",
            "",
        ]
    if results.decode:
        d = results.decode
        parts += [
            f"### Client decode of {d.messages:,} messages ({d.json_bytes:,} bytes of JSON)",
            "",
            _markdown_table(_DECODE_HEAD, _decode_rows(d)),
            "",
        ]
    return "\n".join(parts)
