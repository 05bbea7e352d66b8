"""Answering a question: retrieve, compose, record both messages with references and metadata."""

from __future__ import annotations

from typing import Any

import msgspec
from msgspec.structs import replace

from ..clock import Clock, IdFactory
from ..domain import ScoredPassage, compose_answer, count_tokens, usage_for
from ..store import CollectionRecord, MessageRecord, ReferenceRecord, Store, TemplateRecord
from ..wire import ChatCompletionRequest
from .access import own_session, readable_collection
from .knowledge import Knowledge
from .models import ModelService
from .scripted import scripted_reply
from .templates import TemplateService

__all__ = ["Answer", "CompletionService"]

_DEFAULT_MAX_CHUNKS = 3
# Sorted keys, so llm_args read the same whatever order the client sent them in.
_encoder = msgspec.json.Encoder(order="sorted")


class Answer(msgspec.Struct, frozen=True, kw_only=True):
    """A recorded question and its recorded answer."""

    question: MessageRecord
    reply: MessageRecord


class CompletionService:
    """Answers questions in chat sessions, deterministically for the same state and question."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        ids: IdFactory,
        knowledge: Knowledge,
        templates: TemplateService,
        models: ModelService,
    ) -> None:
        self._store = store
        self._clock = clock
        self._ids = ids
        self._knowledge = knowledge
        self._templates = templates
        self._models = models

    def answer(self, user: str, session_id: str, request: ChatCompletionRequest) -> Answer:
        """Record the question, compose the answer from the session's collection, and record it.

        Both messages are stored before any of the answer is sent, so a client that hangs up
        mid-stream still leaves a question with its complete answer in the history.
        """
        session = own_session(self._store, user, session_id)
        # Access revoked since the session was made: answer as if there were no collection.
        collection = readable_collection(self._store, user, session.collection_id)
        options = _merged_options(collection, request)
        template = self._templates.in_force(user, session, collection)
        # The llm the request names must be offered (or "auto"); a collection's default is taken as set.
        requested = request.llm if isinstance(request.llm, str) else None
        llm = (
            self._models.llm(requested) if requested else str(options.get("llm") or self._models.default_llm)
        )
        # Answers a fixture pinned for UI tests win over composed ones.
        scripted = scripted_reply(self._store, collection, request.message)
        if scripted is None:
            passages = self._retrieve(collection, request.message, options)
            max_new_tokens = _max_new_tokens(options.get("llm_args"))
            text = compose_answer(request.message, passages, max_new_tokens=max_new_tokens, llm=llm)
        else:
            text, passages = scripted
        head, question_part = _prompt(template, request, passages)
        prompt = head + question_part
        usage = usage_for([head, question_part], text)
        question = MessageRecord(
            id=self._ids.new(),
            session_id=session.id,
            username=user,
            content=request.message,
            reply_to=None,
            created_at=self._clock.now(),
            llm_args=_json(options.get("llm_args")),
        )
        meta = (
            ("prompt_template", _json({"id": template.id, "name": template.content.get("name")})),
            (
                "usage_stats",
                _json({"llm": llm, "input_tokens": usage.input_tokens, "output_tokens": usage.output_tokens}),
            ),
            ("prompt_raw", prompt),
        )
        reply = MessageRecord(
            id=self._ids.new(),
            session_id=session.id,
            username=user,
            content=text,
            reply_to=question.id,
            created_at=self._clock.now(),
            # The arguments belong to the question; 1.7.5's ChatMessage says a reply has the string "null".
            llm_args=_json(None),
            references=tuple(_reference(p) for p in passages),
            meta=meta,
        )
        session = replace(session, latest_message_content=text, updated_at=reply.created_at)
        self._store.add_messages((question, reply), session)
        return Answer(question=question, reply=reply)

    def record_failure(self, answer: Answer, sent: str, error: str) -> None:
        """Keep of a recorded answer only the text ``sent`` before its LLM failed, with the ``error``.

        A real h2oGPTe stores what its LLM produced before failing, and the failure: the reply's content
        becomes ``sent``, its usage stats count ``sent`` as the output, and the session's latest message
        content follows if the reply is still the session's newest message.
        """
        self.record_cut(answer, sent, error)

    def record_cut(self, answer: Answer, sent: str, error: str | None = None) -> None:
        """Keep of a recorded answer only the text ``sent`` (a stop, finish, or failure with ``error``)."""
        reply = answer.reply
        # Deleted with its session mid-stream: saving it would bring back a message of no session.
        current = self._store.get_message(reply.id)
        if current is None:
            return
        # Votes or feedback given while it streamed are kept.
        cut = replace(current, content=sent, error=error, meta=_with_output(reply.meta, sent))
        session = self._store.get_session(reply.session_id)
        newest = self._store.list_messages(reply.session_id, 0, 1)
        if session is not None and newest and newest[0].id == reply.id:
            self._store.save_message(cut, replace(session, latest_message_content=sent))
        else:
            self._store.save_message(cut)

    def _retrieve(
        self, collection: CollectionRecord | None, question: str, options: dict[str, Any]
    ) -> list[ScoredPassage]:
        rag = options.get("rag_config") or {}
        if collection is None or rag.get("rag_type") == "llm_only":
            return []
        max_chunks = rag.get("rag_max_chunks")
        k = max_chunks if isinstance(max_chunks, int) and max_chunks > 0 else _DEFAULT_MAX_CHUNKS
        found = self._knowledge.search(collection, question, k)
        min_score = rag.get("rag_min_chunk_score")
        if isinstance(min_score, int | float):
            found = [p for p in found if p.score >= min_score]
        return found


def _merged_options(collection: CollectionRecord | None, request: ChatCompletionRequest) -> dict[str, Any]:
    """The collection's chat defaults, overridden field by field by what the request sets."""
    defaults = collection.chat_settings if collection else None
    merged: dict[str, Any] = {}
    for name in ("llm", "llm_args", "rag_config", "include_chat_history"):
        for source in (defaults, request):
            value = getattr(source, name, msgspec.UNSET) if source is not None else msgspec.UNSET
            if value is not msgspec.UNSET and value is not None:
                merged[name] = value
    if collection is not None and collection.rag_type and "rag_type" not in merged.get("rag_config", {}):
        merged["rag_config"] = {**merged.get("rag_config", {}), "rag_type": collection.rag_type}
    return merged


def _max_new_tokens(llm_args: Any) -> int | None:
    value = llm_args.get("max_new_tokens") if isinstance(llm_args, dict) else None
    # The vendor documents max_new_tokens as a double; whole numbers are what LLMs take.
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        return None
    return int(value)


def _prompt(
    template: TemplateRecord, request: ChatCompletionRequest, passages: list[ScoredPassage]
) -> tuple[str, str]:
    """The prompt a real LLM would have been sent, recorded as the message's ``prompt_raw``, in two parts:
    the template's instructions with the retrieved context, then the question.

    The cut falls after whitespace, so the parts' token counts add up to the prompt's; the first part
    repeats whenever the same passages are retrieved, and its count is then looked up, not redone.
    """
    content = template.content
    system = request.system_prompt or content.get("system_prompt") or ""
    pre = request.pre_prompt_query or content.get("pre_prompt_query") or ""
    query = request.prompt_query or content.get("prompt_query") or ""
    context = "\n\n".join(p.passage.text for p in passages)
    parts = [system, pre + context if passages else ""]
    head = "".join(f"{part}\n\n" for part in parts if part)
    return head, f"{query} {request.message}".strip()


def _with_output(meta: tuple[tuple[str, str], ...], output: str) -> tuple[tuple[str, str], ...]:
    """``meta`` with its usage stats counting the tokens of ``output`` as the answer's."""
    updated = []
    for kind, content in meta:
        if kind == "usage_stats":
            stats = msgspec.json.decode(content, type=dict[str, Any])
            content = _json({**stats, "output_tokens": count_tokens(output)})
        updated.append((kind, content))
    return tuple(updated)


def _json(value: dict[str, Any] | None) -> str:
    return _encoder.encode(value).decode()


def _reference(scored: ScoredPassage) -> ReferenceRecord:
    p = scored.passage
    return ReferenceRecord(
        collection_id=p.collection_id,
        document_id=p.document_id,
        document_name=p.document_name,
        chunk_id=p.chunk_id,
        pages=p.pages,
        score=round(scored.score, 4),
        content=p.text,
        uri=None,
    )
