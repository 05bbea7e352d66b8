"""Fill a store from a fixture file, and write a store's whole state back out as one.

A fixture is either written by hand (chat sessions give ``questions``, answered again on load) or
exported (sessions give their ``messages`` verbatim, and every record carries every field), so that
loading an export into an empty server gives the same state and the same export.
"""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Protocol, TypeVar

import msgspec
from msgspec import UNSET, Meta, UnsetType

from .errors import BadRequest
from .services import Services
from .services.collections import DEFAULT_EMBEDDING_MODEL, THUMBNAIL_TYPES, stored_settings
from .services.scripted import ScriptedAnswer
from .services.views import template_view
from .settings import Settings
from .store import (
    CollectionRecord,
    DocumentRecord,
    MessageRecord,
    ReferenceRecord,
    SessionRecord,
    Store,
    TemplateRecord,
)
from .wire import ChatCompletionRequest, ChatSettings, CollectionSettingsInput, RagType

__all__ = [
    "DEMO_FIXTURE",
    "Fixture",
    "Inventory",
    "export_fixture",
    "load_fixture",
    "load_fixture_file",
    "read_fixture",
]

DEMO_FIXTURE = "demo.json"

_S = TypeVar("_S", bound=msgspec.Struct)

# ---------------------------------------------------------------- the format
# Fields added for exports all have defaults, so hand-written fixtures stay as short as before.


# Names of users who may read, or (as exported) each name with its permissions.
_SharedWith = list[str] | dict[str, list[str]]


class _User(msgspec.Struct, forbid_unknown_fields=True):
    username: str
    token: str


class _Template(msgspec.Struct, kw_only=True):
    id: str
    owner: str | None
    is_default: bool = False
    created_at: dt.datetime
    updated_at: dt.datetime | None = None  # None: created_at
    shared_with: _SharedWith = {}
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


class _Session(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    id: str
    owner: str
    created_at: dt.datetime
    updated_at: dt.datetime | None = None  # None: created_at, or the last replayed answer's time
    name: str | None = None
    collection_id: str | None = None
    prompt_template_id: str | None = None
    workspace: str | None = None
    # One or the other: questions are asked again on load, messages are kept as they are.
    questions: list[str] | UnsetType = UNSET
    messages: list[_Message] | UnsetType = UNSET


# Skipping costs about 0.1 µs an id; the bound keeps a load under a few seconds whatever the file says.
MAX_IDS_DRAWN = 20_000_000


class Fixture(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The content of a fixture file: written by hand, or exported with every field of every record."""

    users: list[_User] = []
    prompt_templates: list[dict[str, Any]] = []
    documents: list[_Document] = []
    collections: list[_Collection] = []
    chat_sessions: list[_Session] = []
    # Loaded before the sessions, so their questions get the pinned answers too.
    scripted_answers: list[ScriptedAnswer] = []
    # How many ids the exporting server had drawn. A server with the same seed that loads the export
    # skips as many, so the ids it draws next can never replace a loaded record.
    ids_drawn: Annotated[int, Meta(ge=0, le=MAX_IDS_DRAWN)] = 0


# ---------------------------------------------------------------- loading


def read_fixture(settings: Settings) -> Fixture:
    """The settings' fixture file (or the bundled demo), users only when ``settings.empty``."""
    if settings.fixtures is not None:
        raw = Path(settings.fixtures).read_bytes()
    else:
        raw = resources.files("mock_server").joinpath("fixtures", DEMO_FIXTURE).read_bytes()
    fixture = msgspec.json.decode(raw, type=Fixture)
    return Fixture(users=fixture.users) if settings.empty else fixture


def load_fixture_file(services: Services, settings: Settings) -> None:
    """Load the settings' fixture file (or the bundled demo), users only when ``settings.empty``."""
    load_fixture(services, read_fixture(settings))
    for token, username in settings.tokens.items():
        services.store.add_user(username, token)


def load_fixture(services: Services, fixture: Fixture) -> None:
    """Add everything in ``fixture`` to the services' store, or raise ``BadRequest`` naming what is wrong.

    Sessions given as questions are answered again through the answerer; sessions given as messages
    keep them verbatim. What was added before the error stays, so callers load into a trial store first.
    """
    store = services.store
    for user in fixture.users:
        store.add_user(user.username, user.token)
    for n, raw in enumerate(fixture.prompt_templates):
        store.save_template(_template_record(raw, f"prompt_templates[{n}]"))
    for d in fixture.documents:
        store.save_document(_document_record(d))
    for c in fixture.collections:
        store.save_collection(_collection_record(c))
    for script in fixture.scripted_answers:
        services.completions.scripts.add(store, script)
    message_ids: set[str] = set()
    for s in fixture.chat_sessions:
        if isinstance(s.messages, list) and isinstance(s.questions, list):
            raise BadRequest(f"chat session {s.id}: give either messages or questions, not both")
        if isinstance(s.messages, list):
            _load_messages(store, s, s.messages, message_ids)
        else:
            _replay_questions(services, s, s.questions if isinstance(s.questions, list) else [])
    services.ids.skip_to(fixture.ids_drawn)


def _template_record(raw: dict[str, Any], where: str) -> TemplateRecord:
    try:
        head = msgspec.convert(raw, _Template)
    except msgspec.ValidationError as exc:
        raise BadRequest(f"{where}: {exc}") from None
    record = TemplateRecord(
        id=head.id,
        owner=head.owner,
        is_default=head.is_default,
        created_at=head.created_at,
        updated_at=head.updated_at or head.created_at,
        content={k: v for k, v in raw.items() if k not in _TEMPLATE_HEAD},
        shared_with=_permissions(head.shared_with),
    )
    try:
        # The content is read through this view on every request: refuse now what it cannot read.
        template_view(record)
    except msgspec.ValidationError as exc:
        raise BadRequest(f"{where} (prompt template {head.id}): {exc}") from None
    return record


def _converted(value: msgspec.Struct, type_: type[_S]) -> _S:
    """The same fields as another Struct type: a stored reference as the fixture writes it, and back."""
    return msgspec.convert(msgspec.structs.asdict(value), type_)


def _permissions(shared_with: _SharedWith) -> dict[str, list[str]]:
    return shared_with if isinstance(shared_with, dict) else {u: ["read"] for u in shared_with}


def _document_record(d: _Document) -> DocumentRecord:
    return DocumentRecord(
        id=d.id,
        owner=d.owner,
        name=d.name,
        type=d.type,
        uri=d.uri,
        pages=d.pages,
        size=d.size if d.size is not None else sum(len(p.encode()) for p in d.pages),
        created_at=d.created_at,
        updated_at=d.updated_at or d.created_at,
        metadata=d.metadata,
    )


def _collection_record(c: _Collection) -> CollectionRecord:
    if c.thumbnail is not None and c.thumbnail.type not in THUMBNAIL_TYPES:
        allowed = ", ".join(sorted(THUMBNAIL_TYPES))
        raise BadRequest(f"collection {c.id}: thumbnail type must be one of {allowed}")
    return CollectionRecord(
        id=c.id,
        owner=c.owner,
        name=c.name,
        description=c.description,
        embedding_model=c.embedding_model,
        created_at=c.created_at,
        updated_at=c.updated_at or c.created_at,
        document_ids=list(c.document_ids),
        shared_with=_permissions(c.shared_with),
        prompt_template_id=c.prompt_template_id,
        rag_type=c.rag_type,
        settings=stored_settings(c.collection_settings),
        chat_settings=c.chat_settings,
        thumbnail=c.thumbnail.data if c.thumbnail else None,
        thumbnail_type=c.thumbnail.type if c.thumbnail else None,
        metadata=c.metadata,
        workspace=c.workspace,
        expiry_date=c.expiry_date,
    )


def _session_record(s: _Session, latest_message_content: str | None) -> SessionRecord:
    return SessionRecord(
        id=s.id,
        owner=s.owner,
        name=s.name,
        collection_id=s.collection_id,
        prompt_template_id=s.prompt_template_id,
        workspace=s.workspace,
        created_at=s.created_at,
        updated_at=s.updated_at or s.created_at,
        latest_message_content=latest_message_content,
    )


def _load_messages(store: Store, s: _Session, messages: list[_Message], message_ids: set[str]) -> None:
    # The answerer keeps the latest reply on the session so lists need no message look-up; derive it.
    store.save_session(_session_record(s, messages[-1].content if messages else None))
    earlier: set[str] = set()
    for m in messages:
        if m.id in message_ids:
            raise BadRequest(f"chat session {s.id}: message id {m.id} is used twice")
        if m.reply_to is not None and m.reply_to not in earlier:
            raise BadRequest(
                f"chat session {s.id}: message {m.id} replies to {m.reply_to}, "
                "which is not an earlier message of the session"
            )
        store.add_message(_message_record(s, m))
        message_ids.add(m.id)
        earlier.add(m.id)


def _message_record(s: _Session, m: _Message) -> MessageRecord:
    return MessageRecord(
        id=m.id,
        session_id=s.id,
        username=s.owner if m.username is None else m.username,
        content=m.content,
        reply_to=m.reply_to,
        created_at=m.created_at,
        votes=m.votes,
        error=m.error,
        llm_args=m.llm_args,
        references=tuple(_converted(r, ReferenceRecord) for r in m.references),
        meta=tuple((x.message_type, x.content) for x in m.meta),
    )


def _replay_questions(services: Services, s: _Session, questions: list[str]) -> None:
    store = services.store
    store.save_session(_session_record(s, None))
    for question in questions:
        services.completions.answer(s.owner, s.id, ChatCompletionRequest(message=question))
    session = store.get_session(s.id)
    if s.updated_at is not None and session is not None:
        # Answering moved it to now; the fixture's time wins.
        session.updated_at = s.updated_at
        store.save_session(session)


# ---------------------------------------------------------------- exporting


class Inventory(Protocol):
    """Every record a store holds, in the order added: what an export needs beyond look-ups by id."""

    def users(self) -> list[tuple[str, str]]:
        """(username, token) pairs."""

    def templates(self) -> list[TemplateRecord]:
        """All prompt templates."""

    def documents(self) -> list[DocumentRecord]:
        """All documents."""

    def collections(self) -> list[CollectionRecord]:
        """All collections."""

    def sessions(self) -> list[SessionRecord]:
        """All chat sessions."""


def export_fixture(inventory: Inventory, services: Services) -> Fixture:
    """The whole state as a fixture: loading it into an empty server gives the same state and export.

    Every record keeps every field; sessions keep their messages verbatim (ids, times, votes,
    references, metadata), so nothing is composed again on load.
    """
    store = services.store
    return Fixture(
        users=[_User(username, token) for username, token in inventory.users()],
        prompt_templates=[_template_fixture(t) for t in inventory.templates()],
        documents=[_document_fixture(d) for d in inventory.documents()],
        collections=[_collection_fixture(c) for c in inventory.collections()],
        chat_sessions=[_session_fixture(store, s) for s in inventory.sessions()],
        scripted_answers=services.completions.scripts.scripts(),
        ids_drawn=services.ids.drawn,
    )


def _template_fixture(t: TemplateRecord) -> dict[str, Any]:
    return {
        **t.content,
        "id": t.id,
        "owner": t.owner,
        "is_default": t.is_default,
        "created_at": t.created_at,
        "updated_at": t.updated_at,
        "shared_with": t.shared_with,
    }


def _document_fixture(d: DocumentRecord) -> _Document:
    return _Document(
        id=d.id,
        owner=d.owner,
        name=d.name,
        type=d.type,
        pages=list(d.pages),
        created_at=d.created_at,
        updated_at=d.updated_at,
        size=d.size,
        uri=d.uri,
        metadata=d.metadata,
    )


def _collection_fixture(c: CollectionRecord) -> _Collection:
    thumbnail = None
    if c.thumbnail is not None and c.thumbnail_type is not None:
        thumbnail = _Thumbnail(type=c.thumbnail_type, data=c.thumbnail)
    return _Collection(
        id=c.id,
        owner=c.owner,
        name=c.name,
        description=c.description,
        created_at=c.created_at,
        updated_at=c.updated_at,
        document_ids=list(c.document_ids),
        embedding_model=c.embedding_model,
        prompt_template_id=c.prompt_template_id,
        shared_with={u: list(p) for u, p in c.shared_with.items()},
        rag_type=c.rag_type,
        # Every stored setting, nulls included, so loading sets each one as it was.
        collection_settings=msgspec.convert(msgspec.to_builtins(c.settings), CollectionSettingsInput),
        chat_settings=c.chat_settings,
        thumbnail=thumbnail,
        metadata=c.metadata,
        workspace=c.workspace,
        expiry_date=c.expiry_date,
    )


def _session_fixture(store: Store, s: SessionRecord) -> _Session:
    newest_first = store.list_messages(s.id, 0, store.count_messages(s.id))
    return _Session(
        id=s.id,
        owner=s.owner,
        created_at=s.created_at,
        updated_at=s.updated_at,
        name=s.name,
        collection_id=s.collection_id,
        prompt_template_id=s.prompt_template_id,
        workspace=s.workspace,
        messages=[_message_fixture(m) for m in reversed(newest_first)],
    )


def _message_fixture(m: MessageRecord) -> _Message:
    return _Message(
        id=m.id,
        content=m.content,
        created_at=m.created_at,
        reply_to=m.reply_to,
        username=m.username,
        votes=m.votes,
        error=m.error,
        llm_args=m.llm_args,
        references=[_converted(r, _Reference) for r in m.references],
        meta=[_Meta(message_type=kind, content=content) for kind, content in m.meta],
    )
