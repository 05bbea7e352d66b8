"""The frames of the vendor SDK's chat WebSocket (``/ws``), as ``h2ogpte.session`` and ``h2ogpte.types`` read
and write them: ``cq`` questions in; ``cx`` acknowledgements, ``cp`` partial answers, ``cm`` metadata, ``ca``
final answers and ``ce`` errors out."""

from __future__ import annotations

from typing import Any, Literal

import msgspec

from .base import WireModel
from .messages import ChatMessageMeta

__all__ = ["ChatAck", "ChatQuery", "ChatReply", "ReplyKind"]

ReplyKind = Literal["cp", "cm", "ca", "ce"]


class ChatQuery(msgspec.Struct, kw_only=True):
    """A question (``h2ogpte.types.ChatRequest``).

    Unknown fields are ignored rather than refused: newer SDKs add fields to this frame, and a server that
    refused them would break every query of those clients.
    """

    t: Literal["cq"]
    session_id: str
    correlation_id: str
    body: str
    mode: str | None = None
    system_prompt: str | None = None
    pre_prompt_query: str | None = None
    prompt_query: str | None = None
    pre_prompt_summary: str | None = None
    prompt_summary: str | None = None
    image_batch_image_prompt: str | None = None
    image_batch_final_prompt: str | None = None
    # A name, or an index into the list of LLMs.
    llm: str | int | None = None
    # JSON texts, "null" when the caller set nothing.
    llm_args: str | None = None
    self_reflection_config: str | None = None
    rag_config: str | None = None
    include_chat_history: bool | str | None = None
    # A list of tags, or {include, exclude, document_ids}.
    tags: list[str] | dict[str, Any] | None = None
    metadata_filter: dict[str, Any] | None = None


class ChatAck(WireModel, kw_only=True):
    """The acknowledgement of a question: ``message_id`` is the stored question's id."""

    t: Literal["cx"] = "cx"
    session_id: str
    correlation_id: str
    message_id: str
    username: str
    body: str
    use_agent: bool = False


class ChatReply(WireModel, kw_only=True):
    """A partial answer, a metadata update, the final answer or an error (``h2ogpte.types.ChatResponse``).

    The SDK's dataclass requires every field without a default here, ``error`` included (empty unless
    the frame reports one).
    """

    t: ReplyKind
    session_id: str
    message_id: str
    reply_to_id: str
    body: str
    error: str = ""
    meta: list[ChatMessageMeta] = msgspec.field(default_factory=list)
    error_type: str | None = None
    correlation_id: str | None = None
