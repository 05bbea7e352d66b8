"""Completions as JSON lines, paced like an LLM producing tokens."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import msgspec
from litestar.response import Stream

from ..domain import split_pieces
from ..services import Answer
from ..settings import Settings
from ..wire import ChatCompletionDelta

__all__ = ["JSONL", "answer_stream"]

JSONL = "application/jsonl"
_encoder = msgspec.json.Encoder()


async def _lines(answer: Answer, first_delay: float, interval: float) -> AsyncIterator[bytes]:
    reply = answer.reply
    pieces = split_pieces(reply.content) or [""]
    if first_delay:
        await asyncio.sleep(first_delay)
    for index, piece in enumerate(pieces):
        if index and interval:
            await asyncio.sleep(interval)
        last = index == len(pieces) - 1
        delta = ChatCompletionDelta(body=piece, finished=last, message_id=reply.id if last else None)
        yield _encoder.encode(delta) + b"\n"


def answer_stream(answer: Answer, settings: Settings) -> Stream:
    """Stream an answer one piece per line; the last line has ``finished`` and the message id."""
    interval = 1 / settings.tokens_per_second if settings.tokens_per_second > 0 else 0.0
    return Stream(
        _lines(answer, settings.time_to_first_token, interval),
        media_type=JSONL,
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
