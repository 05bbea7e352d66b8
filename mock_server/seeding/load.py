"""Fill a store from a fixture: records as given, and questions answered again through the services."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import msgspec

from ..errors import BadRequest
from ..services import Services, build_services
from ..services.collections import THUMBNAIL_TYPES, stored_settings
from ..services.scripted import pin_answer
from ..services.views import template_view
from ..settings import Settings
from ..store import (
    CollectionRecord,
    DuplicateId,
    GroupRecord,
    InMemoryStore,
    MessageRecord,
    ReferenceRecord,
    SessionRecord,
    Snapshot,
    Store,
    TemplateRecord,
)
from ..wire import ChatCompletionRequest
from .content import document_record, upload_record
from .format import (
    _TEMPLATE_HEAD,
    Fixture,
    _Collection,
    _Message,
    _Session,
    _SharedWith,
    _Template,
)
from .jobs import job_record

__all__ = [
    "DEMO_FIXTURE",
    "add_settings_users",
    "fixture_snapshot",
    "load_fixture",
    "load_fixture_file",
    "read_fixture",
]

DEMO_FIXTURE = "demo.json"

_S = TypeVar("_S", bound=msgspec.Struct)


def fixture_snapshot(fixture: Fixture, settings: Settings) -> Snapshot:
    """The state a server with ``settings`` holds after loading ``fixture`` into an empty store, or
    ``BadRequest`` naming what does not hold together.

    Loaded into memory first, so a fixture that fails half-way never reaches the real store, and a
    store of any backend takes the result in one ``replace_all``.
    """
    trial = InMemoryStore()
    try:
        load_fixture(build_services(trial, settings), fixture)
    except DuplicateId as exc:
        raise BadRequest(f"the fixture gives an id twice: {exc}") from None
    loaded = trial.snapshot()
    return msgspec.structs.replace(loaded, ids_drawn=max(loaded.ids_drawn, fixture.ids_drawn))


def read_fixture(settings: Settings) -> Fixture:
    """The settings' fixture file (or the bundled demo), users only when ``settings.empty``."""
    if settings.fixtures is not None:
        raw = Path(settings.fixtures).read_bytes()
    else:
        raw = resources.files("mock_server").joinpath("fixtures", DEMO_FIXTURE).read_bytes()
    fixture = msgspec.json.decode(raw, type=Fixture)
    return Fixture(users=fixture.users) if settings.empty else fixture


def load_fixture_file(store: Store, settings: Settings) -> None:
    """Replace the store's data by the settings' fixture file (or the demo), plus the settings' tokens."""
    store.replace_all(fixture_snapshot(read_fixture(settings), settings))
    add_settings_users(store, settings)


def add_settings_users(store: Store, settings: Settings) -> None:
    """Add the settings' extra tokens and groups (``--token``, ``--group``); a group replaces the data's
    group of the same id."""
    for token, username in settings.tokens.items():
        store.add_user(username, token)
    for group_id, members in settings.groups.items():
        store.add_group(GroupRecord(id=group_id, name=group_id, members=members))


def load_fixture(services: Services, fixture: Fixture) -> None:
    """Add everything in ``fixture`` to the services' store, or raise ``BadRequest`` naming what is wrong.

    Sessions given as questions are answered again through the answerer; sessions given as messages
    keep them verbatim. What was added before the error stays: ``fixture_snapshot`` loads into a trial store.
    """
    store = services.store
    for user in fixture.users:
        store.add_user(user.username, user.token)
    known_groups = _load_groups(store, fixture)
    for n, raw in enumerate(fixture.prompt_templates):
        template = _template_record(raw, f"prompt_templates[{n}]")
        _check_groups(template.group_shared_with, known_groups, f"prompt template {template.id}")
        store.add_template(template)
    for d in fixture.documents:
        store.add_document(document_record(d))
    for c in fixture.collections:
        collection = _collection_record(c)
        _check_groups(collection.group_shared_with, known_groups, f"collection {c.id}")
        store.add_collection(collection)
    for script in fixture.scripted_answers:
        pin_answer(store, script)
    for job in fixture.jobs:
        store.add_job(job_record(job))
    for u in fixture.uploads:
        store.add_upload(upload_record(u))
    message_ids: set[str] = set()
    for s in fixture.chat_sessions:
        if isinstance(s.messages, list) and isinstance(s.questions, list):
            raise BadRequest(f"chat session {s.id}: give either messages or questions, not both")
        if s.feedback and not isinstance(s.questions, list):
            raise BadRequest(f"chat session {s.id}: feedback goes with questions; messages carry their own")
        if isinstance(s.messages, list):
            _load_messages(store, s, s.messages, message_ids)
        else:
            _replay_questions(services, s, s.questions if isinstance(s.questions, list) else [])


def _load_groups(store: Store, fixture: Fixture) -> set[str]:
    """Add the fixture's groups; their ids, which the shares of its records may name."""
    for group in fixture.groups:
        if store.get_group(group.id) is not None:
            raise BadRequest(f"the fixture gives group {group.id} twice")
        store.add_group(GroupRecord(id=group.id, name=group.name or group.id, members=tuple(group.members)))
    return {g.id for g in fixture.groups}


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
        group_shared_with=_permissions(head.group_shared_with),
        is_public=head.is_public,
        visible=head.visible,
    )
    try:
        # The content is read through this view on every request: refuse now what it cannot read.
        template_view(record)
    except msgspec.ValidationError as exc:
        raise BadRequest(f"{where} (prompt template {head.id}): {exc}") from None
    return record


def _check_groups(shared: dict[str, list[str]], known: set[str], where: str) -> None:
    unknown = sorted(set(shared) - known)
    if unknown:
        raise BadRequest(f"{where} is shared with groups the fixture does not declare: {unknown}")


def _converted(value: msgspec.Struct, type_: type[_S]) -> _S:
    """The same fields as another Struct type: a stored reference as the fixture writes it, and back."""
    return msgspec.convert(msgspec.structs.asdict(value), type_)


def _permissions(shared_with: _SharedWith) -> dict[str, list[str]]:
    return shared_with if isinstance(shared_with, dict) else {u: ["read"] for u in shared_with}


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
        document_ids=tuple(c.document_ids),
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
        expiry_timezone=c.expiry_timezone,
        archived_at=c.archived_at,
        inactivity_interval=c.inactivity_interval,
        exempt_from_chat_expiry=c.exempt_from_chat_expiry,
        size_limit=c.size_limit,
        is_public=c.is_public,
        public_permissions=tuple(c.public_permissions),
        group_shared_with=_permissions(c.group_shared_with),
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
        archived_at=s.archived_at,
        expiry_date=s.expiry_date,
        expiry_timezone=s.expiry_timezone,
        keep_forever=s.keep_forever,
        source=s.source,
    )


def _load_messages(store: Store, s: _Session, messages: list[_Message], message_ids: set[str]) -> None:
    # The answerer keeps the latest reply on the session so lists need no message look-up; derive it.
    store.add_session(_session_record(s, messages[-1].content if messages else None))
    earlier: set[str] = set()
    for m in messages:
        if m.id in message_ids:
            raise BadRequest(f"chat session {s.id}: message id {m.id} is used twice")
        if m.reply_to is not None and m.reply_to not in earlier:
            raise BadRequest(
                f"chat session {s.id}: message {m.id} replies to {m.reply_to}, "
                "which is not an earlier message of the session"
            )
        store.add_messages((_message_record(s, m),))
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
        expected_answer=m.expected_answer,
        user_comment=m.user_comment,
    )


def _replay_questions(services: Services, s: _Session, questions: list[str]) -> None:
    store = services.store
    store.add_session(_session_record(s, None))
    answers = [
        services.completions.answer(s.owner, s.id, ChatCompletionRequest(message=question)).reply
        for question in questions
    ]
    for feedback in s.feedback:
        if feedback.question >= len(answers):
            raise BadRequest(f"chat session {s.id}: feedback on question {feedback.question}, which it lacks")
        reply = answers[feedback.question]
        given = {"votes": feedback.votes, "expected_answer": feedback.expected_answer}
        store.save_message(msgspec.structs.replace(reply, **given, user_comment=feedback.user_comment))
    session = store.get_session(s.id)
    if s.updated_at is not None and session is not None:
        # Answering moved it to now; the fixture's time wins.
        store.save_session(msgspec.structs.replace(session, updated_at=s.updated_at))
