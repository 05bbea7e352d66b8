"""The benchmark's tables, as header and rows of text cells, and as Markdown or plain text."""

from __future__ import annotations

from collections.abc import Iterator

from .decode import DecodeTiming
from .results import (
    CEILING,
    MOCK,
    PRISM_DEFAULT,
    PRISM_QUIET,
    SCALE_BIG,
    SCALE_SMALL,
    Key,
    Results,
    Summary,
    cpu_ratio,
    ratio,
    summarize,
)
from .scenarios import SCALE_SCENARIOS, SCENARIOS

__all__ = [
    "CALL_HEAD",
    "CPU_HEAD",
    "DECODE_HEAD",
    "MAIN_HEAD",
    "STREAM_HEAD",
    "TITLES",
    "call_rows",
    "cpu_rows",
    "decode_rows",
    "main_rows",
    "markdown_table",
    "probe_rows",
    "scale_head",
    "scale_rows",
    "stream_rows",
    "text_table",
]

TITLES = {s.name: s.title for s in SCENARIOS}


def _fmt_ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}x"


def _fmt_rps(summary: Summary | None) -> str:
    return "n/a" if summary is None else f"{summary.rps:,.0f}"


def _mock_cells(results: Results) -> Iterator[tuple[str, int, Summary, dict[Key, Summary]]]:
    """(scenario, connections, the mock's summary, every summary) for each cell the mock was measured in."""
    table = summarize(results.matrix)
    for scenario in SCENARIOS:
        for conns in results.connections:
            mock = table.get((MOCK, scenario.name, conns))
            if mock is not None:
                yield scenario.name, conns, mock, table


def main_rows(results: Results) -> list[list[str]]:
    return [
        [
            TITLES[name],
            str(conns),
            _fmt_rps(mock),
            f"{mock.p50_ms:.2f}",
            f"{mock.p99_ms:.2f}",
            _fmt_rps(table.get((CEILING, name, conns))),
            _fmt_rps(table.get((PRISM_QUIET, name, conns))),
            _fmt_rps(table.get((PRISM_DEFAULT, name, conns))),
            _fmt_ratio(ratio(table, MOCK, CEILING, name, conns)),
            _fmt_ratio(ratio(table, MOCK, PRISM_QUIET, name, conns)),
            _fmt_ratio(ratio(table, MOCK, PRISM_DEFAULT, name, conns)),
        ]
        for name, conns, mock, table in _mock_cells(results)
    ]


MAIN_HEAD = [
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


def stream_rows(results: Results) -> list[list[str]]:
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
                    _fmt_ratio(ratio(table, target.name, CEILING, "completion_stream", conns)),
                ]
            )
    return rows


def cpu_rows(results: Results) -> list[list[str]]:
    rows = []
    for name, conns, mock, table in _mock_cells(results):
        if mock.cpu_us is None:
            continue
        cells = [TITLES[name], str(conns)]
        for target in (MOCK, CEILING, PRISM_QUIET, PRISM_DEFAULT):
            s = table.get((target, name, conns))
            cells.append("n/a" if s is None or s.cpu_us is None else f"{s.cpu_us:,.0f}")
        for other in (CEILING, PRISM_QUIET, PRISM_DEFAULT):
            cells.append(_fmt_ratio(cpu_ratio(table, MOCK, other, name, conns)))
        rows.append(cells)
    return rows


CPU_HEAD = [
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

STREAM_HEAD = [
    "conns",
    "server",
    "streams/s",
    "first line p50 ms",
    "first line p99 ms",
    "lines/s",
    "vs ceiling",
]


def scale_rows(results: Results) -> list[list[str]]:
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
                    TITLES[scenario.name],
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


def scale_head(results: Results) -> list[str]:
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


def call_rows(results: Results) -> list[list[str]]:
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


CALL_HEAD = ["store", "list sessions µs", "get session µs", "list messages µs"]


def decode_rows(d: DecodeTiming) -> list[list[str]]:
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


DECODE_HEAD = ["decoder (JSON parse included)", "ms per 1,000 messages", "vs msgspec"]


def probe_rows(results: Results) -> list[list[str]]:
    rows = []
    for scenario in SCENARIOS:
        cells = [TITLES[scenario.name]]
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


def markdown_table(head: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def text_table(head: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(c) for c in column) for column in zip(head, *rows, strict=False)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join(
        [fmt.format(*head), fmt.format(*("-" * w for w in widths)), *(fmt.format(*r) for r in rows)]
    )
