"""Nothing grows that should not: records created and deleted through the API leave no trace in memory."""

from __future__ import annotations

import gc
import itertools
import logging
import tracemalloc

import httpx
import pytest

from mock_server import API_PREFIX, Settings, create_app
from tests._headers import USER

# Litestar keeps bounded caches of the last 1,024 paths and query strings it parsed, and the request log
# keeps 1,000 rows. A cycle makes one new query string, so after the warm-up's 1,500 cycles every such
# cache is full of entries like the measured ones, and what grows while measuring would grow forever.
LIGHT_WARM_UP_CYCLES = 1_200
WARM_UP_CYCLES = 300
# Three windows of measured cycles. A leak grows every window; a one-off change (another thread of the test
# process, a table that resizes once) moves one, so the middle window's growth is what is judged.
WINDOWS = 3
CYCLES = 150
# What may stay behind after a window: well under what one leaked record per cycle would hold (160 bytes).
SLACK_BYTES = 24 * 1024


async def _cycle(http: httpx.AsyncClient, number: int, full: bool = True) -> None:
    """Create a collection with two sessions on it (one answered) and a template, then delete them all.

    Without ``full``, only the collection and one session: the same new paths and query strings, cheaper.
    """
    collection = (await http.post("/collections", json={"name": f"c{number}", "description": ""})).json()
    for _ in range(2 if full else 1):
        session = (await http.post("/chats", params={"collection_id": collection["id"]})).json()
    deleted = [f"/collections/{collection['id']}"]
    if full:
        await http.post(f"/chats/{session['id']}/completions", json={"message": "What is in it?"})
        template = (await http.post("/prompt_templates", json={"name": f"t{number}"})).json()
        deleted.append(f"/prompt_templates/{template['id']}")
    statuses = [(await http.delete(path)).status_code for path in deleted]
    assert all(status < 300 for status in statuses), statuses


def _traced_bytes() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


async def test_create_and_delete_cycles_leave_memory_at_its_baseline(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # pytest keeps every log record of a test for its report; this client's INFO line per request would be
    # the harness's memory, not the mock's, wherever the root logger's level lets it through.
    caplog.set_level(logging.WARNING, logger="httpx")
    transport = httpx.ASGITransport(app=create_app(Settings()))  # type: ignore[arg-type]
    # Tracing from the start, so that what the warm-up allocated and the measured cycles free is counted.
    tracemalloc.start()
    try:
        async with httpx.AsyncClient(
            transport=transport, base_url=f"http://mock{API_PREFIX}", headers=USER
        ) as http:
            for number in range(LIGHT_WARM_UP_CYCLES):
                await _cycle(http, number, full=False)
            for number in range(WARM_UP_CYCLES):
                await _cycle(http, number)
            marks = [_traced_bytes()]
            for window in range(WINDOWS):
                start = WARM_UP_CYCLES + window * CYCLES
                for number in range(start, start + CYCLES):
                    await _cycle(http, number)
                marks.append(_traced_bytes())
    finally:
        tracemalloc.stop()
    grown = sorted(after - before for before, after in itertools.pairwise(marks))
    assert grown[WINDOWS // 2] < SLACK_BYTES, f"bytes more after each window of {CYCLES} cycles: {grown}"
