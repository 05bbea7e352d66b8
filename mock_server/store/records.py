"""What the store keeps: frozen snapshots, one per resource, with owners and links by id.

A record never changes once made: a change builds a new one with ``msgspec.structs.replace`` and saves
it, so a backend can hand out what it holds (memory) or what it just decoded (SQL) alike.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import msgspec

from ..wire import ChatSettings, CollectionSettings, IngestMode, RagType

__all__ = [
    "CollectionRecord",
    "DocumentRecord",
    "GroupRecord",
    "MessageRecord",
    "ReferenceRecord",
    "SessionRecord",
    "TemplateRecord",
    "UploadRecord",
]


class SessionRecord(msgspec.Struct, frozen=True, kw_only=True):
    """A chat session; ``latest_message_content`` is kept here so lists need no message look-up."""

    id: str
    owner: str
    name: str | None
    collection_id: str | None
    prompt_template_id: str | None
    workspace: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    latest_message_content: str | None = None
    # The 1.7.5 lifecycle: archived sessions leave their owner's lists; ``status`` is derived from these.
    archived_at: dt.datetime | None = None
    expiry_date: dt.datetime | None = None
    expiry_timezone: str | None = None
    keep_forever: bool = False
    source: str = "user"


# gc=False on the records stored by the million: they hold only strings, numbers, datetimes and tuples of
# each other, so they can never be part of a reference cycle. Kept away from the cyclic garbage collector,
# they spare every full collection a walk over all stored answers (after 17,000 answers the longest pause
# fell from 53 to 29 ms) and 16 bytes each.
class ReferenceRecord(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """A chunk an answer cited, copied at answer time so it survives document removal."""

    collection_id: str | None
    document_id: str
    document_name: str
    chunk_id: int
    pages: tuple[int, ...]
    score: float
    content: str
    uri: str | None


class MessageRecord(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """A question (``reply_to`` is None) or an answer to the question ``reply_to``."""

    id: str
    session_id: str
    username: str
    content: str
    reply_to: str | None
    created_at: dt.datetime
    votes: int = 0
    error: str | None = None
    llm_args: str | None = None
    references: tuple[ReferenceRecord, ...] = ()
    # (message_type, content) pairs, in the order they were recorded.
    meta: tuple[tuple[str, str], ...] = ()
    # Question/answer feedback on an answer (``update_question_answer_feedback``); None until given.
    expected_answer: str | None = None
    user_comment: str | None = None


class DocumentRecord(msgspec.Struct, frozen=True, kw_only=True):
    """A document and its text, one string per page."""

    id: str
    owner: str
    name: str
    type: str
    uri: str | None
    pages: tuple[str, ...]
    size: int
    created_at: dt.datetime
    updated_at: dt.datetime
    metadata: dict[str, Any] | None = None
    # How it was ingested: ``agent_only`` documents are kept but never chunked, searched or cited, and
    # ``chunk_by_page`` makes each page one chunk whatever the collection's chunk size.
    ingest_mode: IngestMode = "standard"
    chunk_by_page: bool = False
    # The file as it was ingested, byte for byte; None for a document the seed data gave as text only.
    data: bytes | None = None


class CollectionRecord(msgspec.Struct, frozen=True, kw_only=True):
    """A collection; ``document_ids`` keeps insertion order, ``shared_with`` maps user to permissions."""

    id: str
    owner: str
    name: str
    description: str
    embedding_model: str
    created_at: dt.datetime
    updated_at: dt.datetime
    document_ids: tuple[str, ...] = ()
    # Never changed in place: a change saves a record with a new mapping.
    shared_with: dict[str, list[str]] = msgspec.field(default_factory=dict)
    prompt_template_id: str | None = None
    rag_type: RagType | None = None
    settings: CollectionSettings = msgspec.field(default_factory=CollectionSettings)
    chat_settings: ChatSettings = msgspec.field(default_factory=ChatSettings)
    thumbnail: bytes | None = None
    thumbnail_type: str | None = None
    metadata: dict[str, Any] | None = None
    workspace: str | None = None
    expiry_date: dt.datetime | None = None
    # 1.7.5 lifecycle, limits and sharing beyond users; every field defaults, so older data loads unchanged.
    expiry_timezone: str | None = None
    archived_at: dt.datetime | None = None
    inactivity_interval: int | None = None
    exempt_from_chat_expiry: bool = False
    size_limit: int | None = None
    is_public: bool = False
    public_permissions: tuple[str, ...] = ()
    # Group id to permissions, changed as ``shared_with`` is.
    group_shared_with: dict[str, list[str]] = msgspec.field(default_factory=dict)

    @property
    def public(self) -> bool:
        """Whether every user may read it."""
        return self.is_public


class TemplateRecord(msgspec.Struct, frozen=True, kw_only=True):
    """A prompt template; ``owner`` None marks a system template every user can read."""

    id: str
    owner: str | None
    is_default: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    # The PromptTemplateBase fields, by name; absent keys read as null.
    content: dict[str, Any] = msgspec.field(default_factory=dict)
    shared_with: dict[str, list[str]] = msgspec.field(default_factory=dict)
    group_shared_with: dict[str, list[str]] = msgspec.field(default_factory=dict)
    # An owned template its owner made public; system templates are public unless hidden (``visible``).
    is_public: bool = False
    visible: bool = True

    @property
    def public(self) -> bool:
        """Whether every user may read it: a visible system template, or one its owner made public."""
        return (self.owner is None and self.visible) or self.is_public


class GroupRecord(msgspec.Struct, frozen=True, kw_only=True):
    """A group of users, declared by fixtures or ``--group``; sharing with it shares with its members."""

    id: str
    name: str
    members: tuple[str, ...] = ()


class UploadRecord(msgspec.Struct, frozen=True, kw_only=True):
    """A file a user uploaded, kept as sent until it is ingested into a collection (which consumes it)."""

    id: str
    owner: str
    filename: str
    data: bytes
    created_at: dt.datetime
    uri: str | None = None
