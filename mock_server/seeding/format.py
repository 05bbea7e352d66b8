"""The fixture format: written by hand (sessions give ``questions``) or exported (every field kept)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from ..services.collections import DEFAULT_EMBEDDING_MODEL
from ..store import ScriptedAnswer
from ..wire import ChatSettings, CollectionSettingsInput, IngestMode, RagType
from .jobs import FixtureJob

__all__ = ["MAX_IDS_DRAWN", "Fixture"]

# Fields added for exports all have defaults, so hand-written fixtures stay as short as before.


# Names of users who may read, or (as exported) each name with its permissions.
_SharedWith = list[str] | dict[str, list[str]]


# A NUL (U+0000) is refused in a user's name and token: the SQL backends keep them in columns alone, where a
# NUL reads back as U+FFFD (store/sql/text.py), and the user would then no longer own their records.
_NoNul = Annotated[str, Meta(pattern="^[^\x00]*$")]


class _User(msgspec.Struct, forbid_unknown_fields=True):
    username: _NoNul
    token: _NoNul


class _Template(msgspec.Struct, kw_only=True):
    id: str
    owner: str | None
    is_default: bool = False
    created_at: dt.datetime
    updated_at: dt.datetime | None = None  # None: created_at
    shared_with: _SharedWith = {}
    group_shared_with: _SharedWith = {}
    is_public: bool = False
    visible: bool = True
    # Every other key is a PromptTemplate field, kept as given.


_TEMPLATE_HEAD = frozenset(_Template.__struct_fields__)


class _Document(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    id: str
    owner: str
    name: str
    type: str
    pages: list[str]
    created_at: dt.datetime
    updated_at: dt.datetime | None = None  # None: created_at
    size: Annotated[int, Meta(ge=0)] | None = None  # None: the bytes of the pages' text
    uri: str | None = None
    metadata: dict[str, Any] | None = None
    ingest_mode: IngestMode = "standard"
    chunk_by_page: bool = False
    data: bytes | None = None  # base64 in JSON; None: the file is made from the pages when downloaded


class _Upload(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A file uploaded and not ingested yet: its bytes (base64 in JSON), or the text of its pages, which
    loading renders as a PDF when the name ends in ``.pdf`` and as form-feed-separated text otherwise."""

    id: str
    owner: str
    filename: str
    created_at: dt.datetime
    data: bytes | None = None
    pages: list[str] | None = None
    uri: str | None = None


class _Thumbnail(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    type: str
    data: bytes  # base64 in JSON


class _Collection(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    id: str
    owner: str
    name: str
    description: str
    created_at: dt.datetime
    updated_at: dt.datetime | None = None  # None: created_at
    document_ids: list[str] = []
    embedding_model: str = DEFAULT_EMBEDDING_MODEL
    prompt_template_id: str | None = None
    shared_with: _SharedWith = []
    rag_type: RagType | None = None
    # Taken as the API's settings request takes them, so a hand-written fixture gets the same defaults.
    collection_settings: CollectionSettingsInput = msgspec.field(default_factory=CollectionSettingsInput)
    chat_settings: ChatSettings = msgspec.field(default_factory=ChatSettings)
    thumbnail: _Thumbnail | None = None
    metadata: dict[str, Any] | None = None
    workspace: str | None = None
    expiry_date: dt.datetime | None = None
    # 1.7.5 lifecycle, limits and sharing beyond users.
    expiry_timezone: str | None = None
    archived_at: dt.datetime | None = None
    inactivity_interval: Annotated[int, Meta(ge=1)] | None = None
    exempt_from_chat_expiry: bool = False
    size_limit: Annotated[int, Meta(ge=1)] | None = None
    is_public: bool = False
    public_permissions: list[str] = []
    group_shared_with: _SharedWith = []


class _Group(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    id: Annotated[str, Meta(min_length=1)]
    name: str | None = None  # None: the id
    members: list[str] = []


class _Reference(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    collection_id: str | None
    document_id: str
    document_name: str
    chunk_id: int
    pages: list[int]
    score: float
    content: str
    uri: str | None = None


class _Meta(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    message_type: str
    content: str


class _Message(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    id: str
    content: str
    created_at: dt.datetime
    reply_to: str | None = None  # None: a question
    username: str | None = None  # None: the session's owner
    votes: int = 0
    error: str | None = None
    llm_args: str | None = None
    references: list[_Reference] = []
    meta: list[_Meta] = []
    # Question/answer feedback on an answer.
    expected_answer: str | None = None
    user_comment: str | None = None


class _Feedback(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Feedback on the answer to a session's ``questions[question]``, given after it is answered."""

    question: Annotated[int, Meta(ge=0)]
    votes: Literal[-1, 0, 1] = 0
    expected_answer: str | None = None
    user_comment: str | None = None


class _Session(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    id: str
    owner: str
    created_at: dt.datetime
    updated_at: dt.datetime | None = None  # None: created_at, or the last replayed answer's time
    name: str | None = None
    collection_id: str | None = None
    prompt_template_id: str | None = None
    workspace: str | None = None
    # The 1.7.5 lifecycle (an archived session leaves its owner's lists).
    archived_at: dt.datetime | None = None
    expiry_date: dt.datetime | None = None
    expiry_timezone: str | None = None
    keep_forever: bool = False
    source: Literal["user", "schedule"] = "user"
    # One or the other: questions are asked again on load, messages are kept as they are.
    questions: list[str] | UnsetType = UNSET
    # With questions only: votes and feedback on their answers.
    feedback: list[_Feedback] = []
    messages: list[_Message] | UnsetType = UNSET


# Skipping costs about 0.1 µs an id; the bound keeps a load under a few seconds whatever the file says.
MAX_IDS_DRAWN = 20_000_000


class Fixture(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The content of a fixture file: written by hand, or exported with every field of every record."""

    users: list[_User] = []
    # Groups of users: sharing a collection or template with a group shares it with its members.
    groups: list[_Group] = []
    prompt_templates: list[dict[str, Any]] = []
    documents: list[_Document] = []
    collections: list[_Collection] = []
    chat_sessions: list[_Session] = []
    # Loaded before the sessions, so their questions get the pinned answers too.
    scripted_answers: list[ScriptedAnswer] = []
    jobs: list[FixtureJob] = []
    uploads: list[_Upload] = []
    # How many ids the exporting server had drawn. A server with the same seed that loads the export
    # skips as many, so the ids it draws next can never replace a loaded record.
    ids_drawn: Annotated[int, Meta(ge=0, le=MAX_IDS_DRAWN)] = 0
