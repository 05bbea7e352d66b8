"""Wire types of completions, messages, their metadata and references, and suggested questions."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from msgspec import UNSET, Meta, UnsetType

from .base import (
    ChatHistorySwitch,
    RequestBody,
    TagFilter,
    WireModel,
)

__all__ = [
    "ChatCompletion",
    "ChatCompletionDelta",
    "ChatCompletionRequest",
    "ChatError",
    "ChatMessage",
    "ChatMessageMeta",
    "ChatMessageReference",
    "SuggestedQuestion",
]


class ChatCompletionRequest(RequestBody):
    """A question to ask in a chat session."""

    message: Annotated[str, Meta(min_length=1, max_length=100000)]
    system_prompt: str | UnsetType | None = UNSET
    pre_prompt_query: str | UnsetType | None = UNSET
    prompt_query: str | UnsetType | None = UNSET
    image_batch_final_prompt: str | UnsetType | None = UNSET
    image_batch_image_prompt: str | UnsetType | None = UNSET
    llm: str | UnsetType | None = UNSET
    llm_args: dict[str, Any] | UnsetType | None = UNSET
    self_reflection_config: dict[str, Any] | UnsetType | None = UNSET
    rag_config: dict[str, Any] | UnsetType | None = UNSET
    include_chat_history: ChatHistorySwitch | UnsetType | None = UNSET
    tags: list[str] | TagFilter | UnsetType | None = UNSET


class ChatCompletion(WireModel):
    """The complete answer to a question."""

    body: str
    message_id: str


class ChatCompletionDelta(WireModel):
    """One line of a streamed answer."""

    body: str
    finished: bool
    message_id: str | None = None


class ChatError(WireModel):
    """A streamed line reporting that the answer failed part-way."""

    error: str


class ChatMessageMeta(WireModel):
    """A piece of metadata recorded with a message."""

    message_type: str
    content: str


class ChatMessage(WireModel):
    """A question or an answer in a chat session."""

    id: str
    content: str
    votes: int
    created_at: dt.datetime
    has_references: bool
    total_references: Annotated[int, Meta(ge=0)]
    username: str | None = None
    reply_to: str | None = None
    type_list: list[ChatMessageMeta] | None = None
    error: str | None = None
    llm_args: str | None = None


class ChatMessageReference(WireModel):
    """A document chunk an answer was grounded in."""

    document_id: str
    document_name: str
    chunk_id: int
    pages: str
    score: float
    were_references_deleted: bool
    collection_id: str | None = None
    content: str | None = None
    uri: str | None = None


class SuggestedQuestion(WireModel):
    """A question the user might ask next."""

    question: str
