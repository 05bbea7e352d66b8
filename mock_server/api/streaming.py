"""Completions as JSON lines, paced like an LLM producing tokens, and broken off when a fault is planned."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator
from typing import Any

import msgspec
from litestar import Request
from litestar.response import Stream

from ..control import Pacing, StreamFault, StreamPlan, lines_before_fault, stream_plan
from ..control.middleware import current_stream_plan
from ..domain import split_pieces
from ..runtime import Runtime
from ..services import Answer
from ..services.generation import Flight
from ..wire import ChatCompletionDelta, ChatError

__all__ = ["JSONL", "answer_stream", "wants_stream"]

JSONL = "application/jsonl"
_JSON = "application/json"
_encoder = msgspec.json.Encoder()


async def _fault(plan: StreamPlan, answer: Answer, sent: list[str], runtime: Runtime) -> AsyncIterator[bytes]:
    """What a faulty stream does after the ``sent`` pieces of ``answer``.

    Only "error" stands for a failed LLM, so only it cuts the stored answer down to what was sent.
    Stall and drop stand for a broken network: the server had the whole answer, so the history keeps
    it, as when a client hangs up.
    """
    if plan.fault == "error":
        error = f"Simulated failure after {len(sent)} lines (fault injection by the mock server)"
        # Recorded before the line is sent: a client that reads the history on seeing it finds the two agree.
        completions = runtime.services.completions
        await runtime.call(completions.record_failure, answer, "".join(sent), error)
        yield _encoder.encode(ChatError(error=error)) + b"\n"
    elif plan.fault == "stall":
        # Nothing more is sent; the client's timeout or a disconnect (which cancels this) ends it first,
        # else the connection is dropped after max_stall.
        await asyncio.sleep(plan.max_stall)


async def _lines(answer: Answer, plan: StreamPlan, runtime: Runtime) -> AsyncIterator[bytes]:
    """The answer's lines; a stop or finish from any client ends them early with the final line."""
    generation = runtime.services.generation
    with generation.flight(answer.question.id, answer.question.username) as flight:
        async for line in _paced(answer, plan, runtime, flight):
            yield line


async def _paced(answer: Answer, plan: StreamPlan, runtime: Runtime, flight: Flight) -> AsyncIterator[bytes]:
    reply = answer.reply
    pieces = split_pieces(reply.content) or [""]
    cut = lines_before_fault(plan, len(pieces))
    if plan.first_delay:
        await flight.pace(plan.first_delay)
    sent: list[str] = []
    for index, piece in enumerate(pieces):
        if index and plan.interval:
            await flight.pace(plan.interval)
        if not await flight.gate("".join(sent)):
            break
        if index == cut:
            async for line in _fault(plan, answer, pieces[:index], runtime):
                yield line
            return
        last = index == len(pieces) - 1
        delta = ChatCompletionDelta(body=piece, finished=last, message_id=reply.id if last else None)
        yield _encoder.encode(delta) + b"\n"
        sent.append(piece)
    else:
        return
    # Ended early by a client: the history keeps exactly what was sent, recorded before the final line.
    await runtime.call(runtime.services.completions.record_cut, answer, "".join(sent))
    yield _encoder.encode(ChatCompletionDelta(body="", finished=True, message_id=reply.id)) + b"\n"


def wants_stream(request: Request[Any, Any, Any]) -> bool:
    """Whether the request's Accept header prefers JSON lines to JSON (JSON when it has none)."""
    return _prefers_jsonl(request.headers.get("accept", _JSON))


def _quality(accept: str, media_type: str) -> tuple[float, int, int]:
    """How the Accept header ranks ``media_type``: q-value, specificity and place of its best range.

    The most specific matching range decides the q-value (3 exact, 2 ``type/*``, 1 ``*/*``, 0 none);
    between ranges of the same q and specificity, the one listed first wins. Litestar's ``Accept``
    ignores ``q=0``, which RFC 9110 defines as "not acceptable", hence this parser.
    """
    main_type = media_type.partition("/")[0]
    best = (0.0, 0, 0)
    for place, media_range in enumerate(accept.split(",")):
        name, *params = (part.strip() for part in media_range.split(";"))
        name = name.lower()
        rank = 3 if name == media_type else 2 if name == f"{main_type}/*" else 1 if name == "*/*" else 0
        if rank <= best[1]:
            continue
        q = next((value for key, _, value in (p.partition("=") for p in params) if key.strip() == "q"), "1")
        try:
            best = (min(max(float(q), 0.0), 1.0), rank, -place)
        except ValueError:
            continue
    return best


# Clients send the same few Accept headers again and again; the cache is bounded, so odd headers cannot
# grow it.
@functools.lru_cache(maxsize=64)
def _prefers_jsonl(accept: str) -> bool:
    jsonl, json = _quality(accept, JSONL), _quality(accept, _JSON)
    return jsonl[0] > 0 and jsonl > json


def answer_stream(answer: Answer, runtime: Runtime) -> Stream:
    """Stream an answer one piece per line; the last line has ``finished`` and the message id.

    Pace and faults follow the plan the control middleware chose for this request; without one,
    the settings' pace. An "error" fault has the completion service record the answer as cut short.
    """
    settings = runtime.settings
    pace = Pacing(
        time_to_first_token=settings.time_to_first_token, tokens_per_second=settings.tokens_per_second
    )
    plan = current_stream_plan() or stream_plan(pace, StreamFault())
    return Stream(
        _lines(answer, plan, runtime),
        media_type=JSONL,
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
