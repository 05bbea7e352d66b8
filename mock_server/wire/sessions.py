"""Wire types of chat sessions and what a session points at."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from msgspec import UNSET, Meta, UnsetType

from .base import (
    RequestBody,
    SessionSource,
    SessionStatus,
    WireModel,
)

__all__ = [
    "ChatSession",
    "ChatSessionUpdateRequest",
    "CollectionChangeRequest",
    "CreateChatSessionRequest",
    "PromptTemplateChangeRequest",
]


class ChatSession(WireModel):
    """A conversation with the LLM, optionally grounded in one collection."""

    id: str
    updated_at: dt.datetime
    name: str | None = None
    collection_id: str | None = None
    collection_name: str | None = None
    prompt_template_id: str | None = None
    latest_message_content: str | None = None
    username: str | None = None
    workspace: str | None = None
    status: SessionStatus | None = None
    expiry_date: dt.datetime | None = None
    inactivity_interval: int | None = None
    keep_forever: bool | None = None
    archived_at: dt.datetime | None = None
    source: SessionSource | None = None


class CreateChatSessionRequest(RequestBody):
    """Optional extras for a new chat session."""

    workspace: str | UnsetType | None = UNSET


class ChatSessionUpdateRequest(RequestBody):
    """Renames a chat session."""

    name: Annotated[str, Meta(max_length=1000)]


class CollectionChangeRequest(RequestBody):
    """Points a chat session at a collection."""

    collection_id: str


class PromptTemplateChangeRequest(RequestBody):
    """Sets the prompt template of a chat session or collection."""

    prompt_template_id: str
