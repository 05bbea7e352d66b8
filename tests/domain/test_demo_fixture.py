"""The bundled demo data: exact keys, unique ids, references that resolve, realistic content."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import msgspec
import pytest

from mock_server.domain import LexicalIndex


class User(msgspec.Struct, forbid_unknown_fields=True):
    username: str
    token: str


class Template(msgspec.Struct, forbid_unknown_fields=True):
    id: str
    owner: str | None
    name: str
    description: str
    lang: str
    is_default: bool
    system_prompt: str
    pre_prompt_query: str
    prompt_query: str
    default_sample_questions: list[str]
    created_at: str


class Document(msgspec.Struct, forbid_unknown_fields=True):
    id: str
    owner: str
    name: str
    type: str
    uri: str | None
    created_at: str
    pages: list[str]


class Collection(msgspec.Struct, forbid_unknown_fields=True):
    id: str
    owner: str
    name: str
    description: str
    embedding_model: str
    document_ids: list[str]
    prompt_template_id: str | None
    created_at: str
    shared_with: list[str]
    is_public: bool = False
    public_permissions: list[str] = []
    group_shared_with: list[str] = []


class Group(msgspec.Struct, forbid_unknown_fields=True):
    id: str
    name: str
    members: list[str]


class Session(msgspec.Struct, forbid_unknown_fields=True):
    id: str
    owner: str
    name: str | None
    collection_id: str | None
    prompt_template_id: str | None
    created_at: str
    questions: list[str]
    feedback: list[dict[str, Any]] = []


class Upload(msgspec.Struct, forbid_unknown_fields=True):
    id: str
    owner: str
    filename: str
    created_at: str
    pages: list[str]


class Demo(msgspec.Struct, forbid_unknown_fields=True):
    users: list[User]
    groups: list[Group]
    prompt_templates: list[Template]
    documents: list[Document]
    collections: list[Collection]
    chat_sessions: list[Session]
    uploads: list[Upload]


@pytest.fixture(scope="module")
def fixture(demo_path: Path) -> Demo:
    return msgspec.json.decode(demo_path.read_bytes(), type=Demo)


def _resources(fixture: Demo) -> list[Any]:
    """Everything with an id and a creation date."""
    return [
        *fixture.prompt_templates,
        *fixture.documents,
        *fixture.collections,
        *fixture.chat_sessions,
        *fixture.uploads,
    ]


def _ids(fixture: Demo) -> list[str]:
    return [item.id for item in _resources(fixture)]


def test_ids_are_distinct_uuids(fixture: Demo) -> None:
    ids = _ids(fixture)
    assert len(ids) == len(set(ids))
    assert all(str(uuid.UUID(i)) == i for i in ids)


def test_users_and_tokens_are_distinct(fixture: Demo) -> None:
    assert [u.username for u in fixture.users] == ["demo", "alice", "bob"]
    assert len({u.token for u in fixture.users}) == len(fixture.users)
    assert fixture.users[0].token == "demo-token"


def test_exactly_one_default_template_and_it_is_a_system_template(fixture: Demo) -> None:
    defaults = [t for t in fixture.prompt_templates if t.is_default]
    assert len(defaults) == 1
    assert defaults[0].owner is None
    assert sorted(str(t.owner) for t in fixture.prompt_templates) == ["None", "None", "demo"]
    assert all(t.default_sample_questions and t.lang == "en" for t in fixture.prompt_templates)


def test_references_resolve(fixture: Demo) -> None:
    users = {u.username for u in fixture.users}
    documents = {d.id: d for d in fixture.documents}
    templates = {t.id: t for t in fixture.prompt_templates}
    collections = {c.id: c for c in fixture.collections}
    assert {d.owner for d in documents.values()} <= users
    for collection in collections.values():
        assert collection.owner in users
        assert set(collection.shared_with) <= users - {collection.owner}
        assert all(documents[d].owner == collection.owner for d in collection.document_ids)
        assert len(collection.document_ids) == len(set(collection.document_ids))
        template = collection.prompt_template_id
        assert template is None or templates[template].owner in (None, collection.owner)
    for session in fixture.chat_sessions:
        assert session.owner in users
        assert session.prompt_template_id is None or session.prompt_template_id in templates
        if session.collection_id is not None:
            collection = collections[session.collection_id]
            assert session.owner == collection.owner or session.owner in collection.shared_with


def test_every_document_belongs_to_a_collection(fixture: Demo) -> None:
    used = [d for c in fixture.collections for d in c.document_ids]
    assert sorted(used) == sorted(d.id for d in fixture.documents)


def test_sharing_setup(fixture: Demo) -> None:
    assert len(fixture.collections) == 3
    assert any(c.owner == "demo" and c.shared_with == ["alice"] for c in fixture.collections)
    assert any(c.owner == "alice" for c in fixture.collections)


def test_dates_are_utc_in_october_or_november_2026(fixture: Demo) -> None:
    for item in _resources(fixture):
        assert item.created_at.endswith("Z")
        created = dt.datetime.fromisoformat(item.created_at)
        assert (created.year, created.month) in {(2026, 10), (2026, 11)}


def test_documents_are_substantial(fixture: Demo) -> None:
    assert 8 <= len(fixture.documents) <= 10
    assert len({d.name for d in fixture.documents}) == len(fixture.documents)
    for document in fixture.documents:
        assert 2 <= len(document.pages) <= 5, document.name
        assert all(80 <= len(page.split()) <= 200 for page in document.pages), document.name
        assert document.name.endswith("." + document.type)


def test_sessions_ask_one_to_three_questions(fixture: Demo) -> None:
    assert 3 <= len(fixture.chat_sessions) <= 4
    assert all(1 <= len(s.questions) <= 3 for s in fixture.chat_sessions)


def test_session_questions_find_their_answers(fixture: Demo, demo_indexes: dict[str, LexicalIndex]) -> None:
    names = {c.id: c.name for c in fixture.collections}
    for session in fixture.chat_sessions:
        if session.collection_id is None:
            continue
        for question in session.questions:
            assert demo_indexes[names[session.collection_id]].search(question, 3), question


def test_a_public_collection_and_a_group_with_members(fixture: Demo) -> None:
    users = {u.username for u in fixture.users}
    groups = {g.id: g for g in fixture.groups}
    assert groups and all(g.members and set(g.members) <= users for g in groups.values())
    public = [c for c in fixture.collections if c.is_public]
    assert public and all(c.public_permissions for c in public)
    shared = [c for c in fixture.collections if c.group_shared_with]
    assert shared and all(set(c.group_shared_with) <= set(groups) for c in shared)
    # The group reaches someone the collection is not shared with by name.
    assert any(
        set(groups[g].members) - {c.owner, *c.shared_with} for c in shared for g in c.group_shared_with
    )


def test_an_uploaded_pdf_waits_to_be_ingested(fixture: Demo) -> None:
    pdfs = [u for u in fixture.uploads if u.filename.endswith(".pdf")]
    users = {u.username for u in fixture.users}
    assert pdfs and all(u.owner in users and len(u.pages) >= 2 for u in pdfs)
    assert all(len(" ".join(u.pages).split()) >= 150 for u in pdfs)
