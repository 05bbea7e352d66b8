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
    "MessageVoteUpdateRequest",
    "QAFeedback",
    "SuggestedQuestion",
    "UpdateQAFeedbackRequest",
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


class MessageVoteUpdateRequest(RequestBody):
    """The vote a message gets: 1 like, -1 dislike, 0 none."""

    votes: int


class UpdateQAFeedbackRequest(RequestBody):
    """What the user expected of an answer, and why."""

    expected_answer: str
    user_comment: str


class QAFeedback(WireModel):
    """An answer with its question and the feedback given on it."""

    question_content: str
    reply_content: str
    question_id: str
    reply_id: str
    votes: int
    response_created_at_time: str
    # Always set by the mock: the vendor SDK's QuestionReplyData requires it.
    llm: str | None = None
    system_prompt: str | None = None
    pre_prompt_query: str | None = None
    prompt_query: str | None = None
    pre_prompt_summary: str | None = None
    prompt_summary: str | None = None
    rag_config: str | None = None
    collection_documents: list[str] | None = None
    expected_answer: str | None = None
    user_comment: str | None = None
    collection_id: str | None = None
    collection_name: str | None = None
    prompt_template_id: str | None = None
    include_chat_history: str | None = None
    chat_session_id: str | None = None
    voted_user_id: str | None = None
    voted_username: str | None = None
