"""A small HTTP/1.1 client on raw asyncio streams that measures streamed completions.

Each connection posts the request again as soon as the previous answer has ended, for a fixed time, and
notes when the first line of each answer arrived (time to first line, from sending the request) and how
many lines it had. httpx and friends cost more per line than the server does to send one; this reads the
chunked framing directly and only counts newlines.
"""

from __future__ import annotations

import asyncio
import statistics
import time

import msgspec

from .scenarios import Request

__all__ = ["StreamError", "StreamResult", "percentile", "run_streams"]


class StreamError(RuntimeError):
    """The server answered something other than a complete stream of lines."""


class StreamResult(msgspec.Struct, frozen=True, kw_only=True):
    """Streams per second, time to first line, and lines per second, over all connections."""

    requests: int
    seconds: float
    rps: float
    ttfl_p50_ms: float
    ttfl_p99_ms: float
    lines_per_s: float
    # Median over answers of (lines - 1) / (last line - first line): how fast one answer arrives.
    stream_lines_per_s: float
    lines_per_answer: float
    errors: int


def percentile(values: list[float], pct: float) -> float:
    """The nearest-rank percentile of ``values`` (0 when empty)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


class _Answer(msgspec.Struct):
    ttfl: float
    lines: int
    spread: float


def _encode(host: str, port: int, path: str, request: Request) -> bytes:
    head = [
        f"{request.method} {path} HTTP/1.1",
        f"Host: {host}:{port}",
        f"Content-Length: {len(request.body)}",
    ]
    head += [f"{k}: {v}" for k, v in request.headers]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + request.body


async def _read_chunked(reader: asyncio.StreamReader, started: float) -> _Answer:
    """Read a chunked body to its end, timing the first and the last newline."""
    lines = 0
    first = last = 0.0
    while True:
        size = int((await reader.readuntil(b"\r\n")).split(b";", 1)[0], 16)
        if size == 0:
            await reader.readuntil(b"\r\n")
            break
        data = await reader.readexactly(size + 2)
        count = data.count(b"\n", 0, size)
        if count:
            last = time.perf_counter()
            if not lines:
                first = last
            lines += count
    if not lines:
        raise StreamError("a streamed answer had no lines")
    return _Answer(ttfl=first - started, lines=lines, spread=last - first)


async def _one(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, raw: bytes, status: int
) -> _Answer:
    started = time.perf_counter()
    writer.write(raw)
    head = await reader.readuntil(b"\r\n\r\n")
    code = int(head[9:12])
    if code != status:
        raise StreamError(f"status {code}, expected {status}: {head[:200]!r}")
    if b"transfer-encoding: chunked" in head.lower():
        return await _read_chunked(reader, started)
    # A server may also send the whole stream with a Content-Length; then all lines arrive at once.
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    body = await reader.readexactly(length)
    return _Answer(ttfl=time.perf_counter() - started, lines=body.count(b"\n"), spread=0.0)


async def _connection(
    port: int, raw: bytes, status: int, deadline: float, answers: list[_Answer], errors: list[str]
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 20)
    try:
        while time.perf_counter() < deadline:
            try:
                answers.append(await _one(reader, writer, raw, status))
            except (StreamError, asyncio.IncompleteReadError, ConnectionError, ValueError) as exc:
                errors.append(str(exc))
                return
    finally:
        writer.close()


async def _run(
    port: int, path: str, request: Request, status: int, connections: int, seconds: float
) -> StreamResult:
    raw = _encode("127.0.0.1", port, path, request)
    answers: list[_Answer] = []
    errors: list[str] = []
    started = time.perf_counter()
    deadline = started + seconds
    tasks = [_connection(port, raw, status, deadline, answers, errors) for _ in range(connections)]
    # A stream that never ends must not hang the benchmark: give the last answers a bounded grace.
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=seconds + 30)
    elapsed = time.perf_counter() - started
    if errors and not answers:
        raise StreamError(errors[0])
    ttfl = [a.ttfl * 1000 for a in answers]
    rates = [(a.lines - 1) / a.spread for a in answers if a.lines > 1 and a.spread > 0]
    lines = sum(a.lines for a in answers)
    return StreamResult(
        requests=len(answers),
        seconds=elapsed,
        rps=len(answers) / elapsed,
        ttfl_p50_ms=percentile(ttfl, 50),
        ttfl_p99_ms=percentile(ttfl, 99),
        lines_per_s=lines / elapsed,
        stream_lines_per_s=statistics.median(rates) if rates else 0.0,
        lines_per_answer=lines / len(answers) if answers else 0.0,
        errors=len(errors),
    )


def run_streams(url: str, request: Request, status: int, connections: int, seconds: float) -> StreamResult:
    """Stream ``request`` from ``url`` (loopback only) over ``connections`` connections for ``seconds``."""
    prefix = "http://127.0.0.1:"
    if not url.startswith(prefix):
        raise StreamError(f"refusing to load a non-loopback URL: {url}")
    port_text, _, rest = url[len(prefix) :].partition("/")
    return asyncio.run(_run(int(port_text), "/" + rest, request, status, connections, seconds))
