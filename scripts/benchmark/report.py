"""The benchmark's report: every table and the target checks, for the console and for docs/benchmarks.md."""

from __future__ import annotations

from .results import Results, checks
from .tables import (
    CALL_HEAD,
    CPU_HEAD,
    DECODE_HEAD,
    MAIN_HEAD,
    STREAM_HEAD,
    TITLES,
    call_rows,
    cpu_rows,
    decode_rows,
    main_rows,
    markdown_table,
    probe_rows,
    scale_head,
    scale_rows,
    stream_rows,
    text_table,
)

__all__ = ["console_report", "markdown_report"]


_MARKS = {True: "MET", False: "MISSED", None: "NOT MEASURED"}


def _check_lines(results: Results) -> list[str]:
    return [f"{_MARKS[c.ok]:<12} {c.name}: {c.detail}" for c in checks(results)]


def _check_items(results: Results) -> list[str]:
    return [f"- **{_MARKS[c.ok]}** {c.name}: {c.detail}" for c in checks(results)]


def _unmeasured(results: Results) -> list[str]:
    labels = {t.name: t.label for t in results.targets}
    return [f"{labels[p.target]} / {TITLES[p.scenario]}: {p.reason}" for p in results.probes if not p.ok]


def console_report(results: Results) -> str:
    """The tables and checks as plain text for the terminal."""
    parts = ["", "Throughput and latency (medians over rounds)", text_table(MAIN_HEAD, main_rows(results))]
    if cpu_rows(results):
        parts += [
            "",
            "Server CPU per request (ratios = capacity)",
            text_table(CPU_HEAD, cpu_rows(results)),
        ]
    if stream_rows(results):
        parts += ["", "Streamed completion", text_table(STREAM_HEAD, stream_rows(results))]
    if _unmeasured(results):
        parts += ["", "Not measured:", *("  " + u for u in _unmeasured(results))]
    if results.scale:
        parts += ["", "Scale", text_table(scale_head(results), scale_rows(results))]
    if results.calls:
        parts += ["", "Reads as service calls (no HTTP)", text_table(CALL_HEAD, call_rows(results))]
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
            text_table(DECODE_HEAD, decode_rows(results.decode)),
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
    parts += ["### Throughput, latency and ratios", "", markdown_table(MAIN_HEAD, main_rows(results)), ""]
    if cpu_rows(results):
        parts += [
            "### Server CPU time per request",
            "",
            "Microseconds of CPU the server process used per request, and the capacity ratios that follow "
            "from them (the other server's cost over the mock's). Throughput on a shared machine moves with "
            "whatever else runs; CPU per request hardly does.",
            "",
            markdown_table(CPU_HEAD, cpu_rows(results)),
            "",
        ]
    if stream_rows(results):
        parts += ["### Streamed completion", "", markdown_table(STREAM_HEAD, stream_rows(results)), ""]
    parts += [
        "### What each server answered",
        "",
        markdown_table(["scenario", *(t.label for t in results.targets)], probe_rows(results)),
        "",
    ]
    if _unmeasured(results):
        parts += ["Not measured: " + "; ".join(_unmeasured(results)), ""]
    if results.scale:
        parts += ["### Scale", "", markdown_table(scale_head(results), scale_rows(results)), ""]
    if results.calls:
        parts += [
            "Reads as service calls, no HTTP (best of 5):",
            "",
            markdown_table(CALL_HEAD, call_rows(results)),
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
            markdown_table(DECODE_HEAD, decode_rows(d)),
            "",
        ]
    return "\n".join(parts)
