"""Fill a store from a fixture file: users, prompt templates, documents, collections and chat histories."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import msgspec

from .services import Services
from .services.scripted import ScriptedAnswer
from .settings import Settings
from .store import CollectionRecord, DocumentRecord, SessionRecord, Store, TemplateRecord
from .wire import ChatCompletionRequest

__all__ = ["DEMO_FIXTURE", "Fixture", "Inventory", "export_fixture", "load_fixture", "load_fixture_file"]

DEMO_FIXTURE = "demo.json"


class _User(msgspec.Struct, forbid_unknown_fields=True):
    username: str
    token: str


class _Template(msgspec.Struct, kw_only=True):
    id: str
    owner: str | None
    is_default: bool = False
    created_at: dt.datetime
    # Every other key is a PromptTemplate field, kept as given.


class _Document(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    id: str
    owner: str
    name: str
    type: str
    pages: list[str]
    created_at: dt.datetime
    uri: str | None = None
    metadata: dict[str, Any] | None = None


class _Collection(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    id: str
    owner: str
    name: str
    description: str
    created_at: dt.datetime
    document_ids: list[str] = []
    embedding_model: str = "BAAI/bge-large-en-v1.5"
    prompt_template_id: str | None = None
    shared_with: list[str] = []


class _Session(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    id: str
    owner: str
    created_at: dt.datetime
    name: str | None = None
    collection_id: str | None = None
    prompt_template_id: str | None = None
    questions: list[str] = []


class Fixture(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The content of a fixture file."""

    users: list[_User] = []
    prompt_templates: list[dict[str, Any]] = []
    documents: list[_Document] = []
    collections: list[_Collection] = []
    chat_sessions: list[_Session] = []
    # Loaded before the sessions, so their questions get the pinned answers too.
    scripted_answers: list[ScriptedAnswer] = []


def _read(settings: Settings) -> Fixture:
    if settings.fixtures is not None:
        raw = Path(settings.fixtures).read_bytes()
    else:
        raw = resources.files("mock_server").joinpath("fixtures", DEMO_FIXTURE).read_bytes()
    return msgspec.json.decode(raw, type=Fixture)


def load_fixture_file(services: Services, settings: Settings) -> None:
    """Load the settings' fixture file (or the bundled demo), users only when ``settings.empty``."""
    fixture = _read(settings)
    if settings.empty:
        fixture = Fixture(users=fixture.users)
    load_fixture(services, fixture)
    for token, username in settings.tokens.items():
        services.store.add_user(username, token)


def load_fixture(services: Services, fixture: Fixture) -> None:
    """Add everything in ``fixture`` to the services' store, replaying chat questions through the answerer."""
    store = services.store
    for user in fixture.users:
        store.add_user(user.username, user.token)
    for raw in fixture.prompt_templates:
        head = msgspec.convert(raw, _Template)
        content = {k: v for k, v in raw.items() if k not in {"id", "owner", "is_default", "created_at"}}
        store.save_template(
            TemplateRecord(
                id=head.id,
                owner=head.owner,
                is_default=head.is_default,
                created_at=head.created_at,
                updated_at=head.created_at,
                content=content,
            )
        )
    for d in fixture.documents:
        size = sum(len(p.encode()) for p in d.pages)
        store.save_document(
            DocumentRecord(
                id=d.id,
                owner=d.owner,
                name=d.name,
                type=d.type,
                uri=d.uri,
                pages=d.pages,
                size=size,
                created_at=d.created_at,
                updated_at=d.created_at,
                metadata=d.metadata,
            )
        )
    for c in fixture.collections:
        store.save_collection(
            CollectionRecord(
                id=c.id,
                owner=c.owner,
                name=c.name,
                description=c.description,
                embedding_model=c.embedding_model,
                created_at=c.created_at,
                updated_at=c.created_at,
                document_ids=list(c.document_ids),
                shared_with={u: ["read"] for u in c.shared_with},
                prompt_template_id=c.prompt_template_id,
            )
        )
    for script in fixture.scripted_answers:
        services.completions.scripts.add(store, script)
    for s in fixture.chat_sessions:
        store.save_session(
            SessionRecord(
                id=s.id,
                owner=s.owner,
                name=s.name,
                collection_id=s.collection_id,
                prompt_template_id=s.prompt_template_id,
                workspace=None,
                created_at=s.created_at,
                updated_at=s.created_at,
            )
        )
        for question in s.questions:
            services.completions.answer(s.owner, s.id, ChatCompletionRequest(message=question))


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


def _questions(store: Store, session_id: str) -> list[str]:
    newest_first = store.list_messages(session_id, 0, store.count_messages(session_id))
    return [m.content for m in reversed(newest_first) if m.reply_to is None]


def export_fixture(inventory: Inventory, services: Services) -> Fixture:
    """The state as a fixture: loading it into an empty server gives the same export.

    A session keeps its questions, whose answers are composed again on load; what the fixture
    format has no field for (collection and chat settings, votes, thumbnails) is not exported.
    """
    return Fixture(
        users=[_User(username, token) for username, token in inventory.users()],
        prompt_templates=[
            {
                **t.content,
                "id": t.id,
                "owner": t.owner,
                "is_default": t.is_default,
                "created_at": t.created_at,
            }
            for t in inventory.templates()
        ],
        documents=[
            _Document(
                id=d.id,
                owner=d.owner,
                name=d.name,
                type=d.type,
                pages=list(d.pages),
                created_at=d.created_at,
                uri=d.uri,
                metadata=d.metadata,
            )
            for d in inventory.documents()
        ],
        collections=[
            _Collection(
                id=c.id,
                owner=c.owner,
                name=c.name,
                description=c.description,
                created_at=c.created_at,
                document_ids=list(c.document_ids),
                embedding_model=c.embedding_model,
                prompt_template_id=c.prompt_template_id,
                shared_with=list(c.shared_with),
            )
            for c in inventory.collections()
        ],
        chat_sessions=[
            _Session(
                id=s.id,
                owner=s.owner,
                created_at=s.created_at,
                name=s.name,
                collection_id=s.collection_id,
                prompt_template_id=s.prompt_template_id,
                questions=_questions(services.store, s.id),
            )
            for s in inventory.sessions()
        ],
        scripted_answers=services.completions.scripts.scripts(),
    )
