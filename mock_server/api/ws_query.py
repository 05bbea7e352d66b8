"""One question asked over the SDK's WebSocket: recorded like a REST completion, then streamed as frames.

The answer comes from the same completion service as ``POST /chats/{id}/completions`` and follows the
fault settings of its operation, ``get_completion``: latency, simulated errors, pace and stream faults.
"""

from __future__ import annotations

import asyncio
from typing import Any, Protocol

import msgspec

from ..control import StreamPlan, lines_before_fault
from ..domain import split_pieces
from ..errors import ApiError, BadRequest
from ..runtime import Runtime
from ..services import Answer
from ..services.generation import Flight
from ..wire import ChatCompletionRequest, TagFilter
from ..wire.ws import ChatAck, ChatQuery, ChatReply, ReplyKind

__all__ = ["COMPLETION_OPERATION", "Channel", "answer_query", "completion_request", "error_frame"]

# The REST operation whose fault settings a WebSocket question follows: it is the same completion.
COMPLETION_OPERATION = "get_completion"
_JSON_OPTIONS = ("llm_args", "self_reflection_config", "rag_config")


class Channel(Protocol):
    """Where a question's frames go: the connection it came on."""

    async def send(self, frame: ChatAck | ChatReply) -> None:
        """Send one frame."""

    async def drop(self, reason: str) -> None:
        """Close the connection abnormally, as a broken network would."""


def error_frame(session_id: str, correlation_id: str, message: str) -> ChatReply:
    """A ``ce`` frame refusing a question before it was acknowledged (the SDK matches its correlation id)."""
    return ChatReply(
        t="ce",
        session_id=session_id,
        message_id="",
        reply_to_id="",
        body="",
        error=message,
        correlation_id=correlation_id,
    )


def completion_request(query: ChatQuery) -> ChatCompletionRequest:
    """The REST completion request a ``cq`` frame amounts to; ``BadRequest`` if a field is invalid."""
    fields: dict[str, Any] = {"message": query.body}
    for name in ("system_prompt", "pre_prompt_query", "prompt_query"):
        fields[name] = getattr(query, name)
    fields["image_batch_final_prompt"] = query.image_batch_final_prompt
    fields["image_batch_image_prompt"] = query.image_batch_image_prompt
    # An index into the list of LLMs picks one the way "auto" would: the mock routes both alike.
    fields["llm"] = query.llm if isinstance(query.llm, str) else None
    for name in _JSON_OPTIONS:
        fields[name] = _json_object(name, getattr(query, name))
    history = query.include_chat_history
    fields["include_chat_history"] = str(history).lower() if isinstance(history, bool) else history
    fields["tags"] = _tags(query.tags)
    try:
        return msgspec.convert(fields, ChatCompletionRequest)
    except msgspec.ValidationError as exc:
        raise BadRequest(f"Invalid question: {exc}") from None


def _json_object(name: str, text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    try:
        value = msgspec.json.decode(text)
    except msgspec.DecodeError:
        raise BadRequest(f"Invalid question: {name} is not JSON") from None
    if value is not None and not isinstance(value, dict):
        raise BadRequest(f"Invalid question: {name} must be a JSON object or null")
    return value


def _tags(tags: list[str] | dict[str, Any] | None) -> list[str] | TagFilter | None:
    if not isinstance(tags, dict):
        return tags
    # document_ids narrows retrieval in h2oGPTe; REST's TagFilter has no such field, so it is not kept.
    return TagFilter(include=tags.get("include"), exclude=tags.get("exclude"))


async def answer_query(channel: Channel, runtime: Runtime, user: str, query: ChatQuery) -> None:
    """Answer one ``cq`` frame: acknowledge it with the stored question's id, then stream the answer."""
    decision = runtime.controls.decide(COMPLETION_OPERATION)
    if decision.delay:
        await asyncio.sleep(decision.delay)
    if decision.error_status is not None:
        message = f"Simulated failure of {COMPLETION_OPERATION} (fault injection by the mock server)"
        await channel.send(error_frame(query.session_id, query.correlation_id, message))
        return
    try:
        request = completion_request(query)
        answer = await runtime.call(runtime.services.completions.answer, user, query.session_id, request)
    except ApiError as exc:
        await channel.send(error_frame(query.session_id, query.correlation_id, exc.message))
        return
    question = answer.question
    ack = ChatAck(
        session_id=question.session_id,
        correlation_id=query.correlation_id,
        message_id=question.id,
        username=user,
        body=question.content,
    )
    await channel.send(ack)
    await _stream(channel, runtime, query, answer, decision.stream)


def _frame(kind: ReplyKind, query: ChatQuery, answer: Answer, body: str, **extra: Any) -> ChatReply:
    reply = answer.reply
    return ChatReply(
        t=kind,
        session_id=reply.session_id,
        message_id=reply.id,
        reply_to_id=answer.question.id,
        body=body,
        correlation_id=query.correlation_id,
        **extra,
    )


async def _stream(
    channel: Channel, runtime: Runtime, query: ChatQuery, answer: Answer, plan: StreamPlan
) -> None:
    """Stream the answer registered as in flight, so a stop, finish, pause or resume from any
    connection (``POST /messages/{question_id}/stop`` …) reaches it."""
    generation = runtime.services.generation
    with generation.flight(answer.question.id, answer.question.username) as flight:
        await _paced(channel, runtime, query, answer, plan, flight)


async def _paced(
    channel: Channel, runtime: Runtime, query: ChatQuery, answer: Answer, plan: StreamPlan, flight: Flight
) -> None:
    """The answer as ``cp`` deltas, paced, then its ``cm`` metadata and the whole answer in ``ca``; if the
    plan says so, a fault after some deltas instead; if a client ends it early, ``ca`` with what was sent."""
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
            await _fault(channel, runtime, query, answer, plan, sent)
            return
        await channel.send(_frame("cp", query, answer, piece))
        sent.append(piece)
    else:
        await _finish(channel, runtime, query, answer, reply.content)
        return
    # Ended early by a client: the history keeps exactly what was sent, recorded before the final frame.
    text = "".join(sent)
    await runtime.call(runtime.services.completions.record_cut, answer, text)
    await _finish(channel, runtime, query, answer, text)


async def _finish(channel: Channel, runtime: Runtime, query: ChatQuery, answer: Answer, body: str) -> None:
    """The stored answer's metadata (``cm``, as ``GET /messages/{id}/meta`` gives it), then the answer as
    sent (``ca``), which ends the SDK's query."""
    owner, reply_id = answer.question.username, answer.reply.id
    meta = await runtime.call(runtime.services.sessions.meta, owner, reply_id, None)
    await channel.send(_frame("cm", query, answer, "", meta=meta))
    await channel.send(_frame("ca", query, answer, body))


async def _fault(
    channel: Channel, runtime: Runtime, query: ChatQuery, answer: Answer, plan: StreamPlan, sent: list[str]
) -> None:
    """What a faulty stream does after the ``sent`` deltas; as over REST, only an "error" (a failed LLM)
    cuts the stored answer down to what was sent, while a stall or drop (a broken network) keeps it."""
    if plan.fault == "error":
        error = f"Simulated failure after {len(sent)} partial answers (fault injection by the mock server)"
        text = "".join(sent)
        # Recorded before the frame is sent: a client that reads the history on seeing it finds the two agree.
        await runtime.call(runtime.services.completions.record_failure, answer, text, error)
        await channel.send(_frame("ce", query, answer, text, error=error))
        return
    if plan.fault == "stall":
        # Nothing more is sent; the SDK's timeout or a disconnect (which cancels this) ends it first.
        await asyncio.sleep(plan.max_stall)
    await channel.drop(f"Simulated connection {plan.fault} (fault injection by the mock server)")
