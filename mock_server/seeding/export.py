"""Write a store's whole state out as a fixture that loads back into the same state and export."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import msgspec

from ..store import (
    CollectionRecord,
    DocumentRecord,
    MessageRecord,
    SessionRecord,
    Snapshot,
    TemplateRecord,
    UploadRecord,
)
from ..wire import CollectionSettingsInput
from .format import (
    Fixture,
    _Collection,
    _Document,
    _Group,
    _Message,
    _Meta,
    _Reference,
    _Session,
    _Thumbnail,
    _Upload,
    _User,
)
from .jobs import job_fixture
from .load import _converted

__all__ = ["export_fixture"]


def export_fixture(snapshot: Snapshot) -> Fixture:
    """The whole state as a fixture: loading it into an empty server gives the same state and export.

    Every record keeps every field; sessions keep their messages verbatim (ids, times, votes,
    references, metadata), so nothing is composed again on load.
    """
    messages: defaultdict[str, list[MessageRecord]] = defaultdict(list)
    for message in snapshot.messages:
        messages[message.session_id].append(message)
    return Fixture(
        users=[_User(username, token) for username, token in snapshot.users],
        groups=[_Group(id=g.id, name=g.name, members=list(g.members)) for g in snapshot.groups],
        prompt_templates=[_template_fixture(t) for t in snapshot.templates],
        documents=[_document_fixture(d) for d in snapshot.documents],
        collections=[_collection_fixture(c) for c in snapshot.collections],
        chat_sessions=[_session_fixture(s, messages.get(s.id, [])) for s in snapshot.sessions],
        scripted_answers=list(snapshot.scripts),
        jobs=[job_fixture(j) for j in snapshot.jobs],
        uploads=[_upload_fixture(u) for u in snapshot.uploads],
        ids_drawn=snapshot.ids_drawn,
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
        "group_shared_with": t.group_shared_with,
        "is_public": t.is_public,
        "visible": t.visible,
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
        ingest_mode=d.ingest_mode,
        chunk_by_page=d.chunk_by_page,
        data=d.data,
    )


def _upload_fixture(u: UploadRecord) -> _Upload:
    return _Upload(
        id=u.id, owner=u.owner, filename=u.filename, created_at=u.created_at, data=u.data, uri=u.uri
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
        expiry_timezone=c.expiry_timezone,
        archived_at=c.archived_at,
        inactivity_interval=c.inactivity_interval,
        exempt_from_chat_expiry=c.exempt_from_chat_expiry,
        size_limit=c.size_limit,
        is_public=c.is_public,
        public_permissions=list(c.public_permissions),
        group_shared_with={g: list(p) for g, p in c.group_shared_with.items()},
    )


def _session_fixture(s: SessionRecord, messages: list[MessageRecord]) -> _Session:
    return _Session(
        id=s.id,
        owner=s.owner,
        created_at=s.created_at,
        updated_at=s.updated_at,
        name=s.name,
        collection_id=s.collection_id,
        prompt_template_id=s.prompt_template_id,
        workspace=s.workspace,
        archived_at=s.archived_at,
        expiry_date=s.expiry_date,
        expiry_timezone=s.expiry_timezone,
        keep_forever=s.keep_forever,
        source="schedule" if s.source == "schedule" else "user",
        messages=[_message_fixture(m) for m in messages],
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
        expected_answer=m.expected_answer,
        user_comment=m.user_comment,
    )
