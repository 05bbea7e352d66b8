"""Small records for the store tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from mock_server.store import CollectionRecord, DocumentRecord, MessageRecord, SessionRecord, TemplateRecord

T0 = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


def ids_of(records: Sequence[_HasId]) -> list[str]:
    """The records' ids, in their order."""
    return [r.id for r in records]


def at(minutes: int) -> dt.datetime:
    """``minutes`` after T0."""
    return T0 + dt.timedelta(minutes=minutes)


def session(sid: str, owner: str = "demo", minutes: int = 0, collection: str | None = None) -> SessionRecord:
    """A session updated ``minutes`` after T0."""
    return SessionRecord(
        id=sid,
        owner=owner,
        name=None,
        collection_id=collection,
        prompt_template_id=None,
        workspace=None,
        created_at=at(minutes),
        updated_at=at(minutes),
    )


def message(mid: str, session_id: str, minutes: int, reply_to: str | None = None) -> MessageRecord:
    """A message whose content is its id."""
    return MessageRecord(
        id=mid, session_id=session_id, username="demo", content=mid, reply_to=reply_to, created_at=at(minutes)
    )


def collection(
    cid: str,
    owner: str = "demo",
    name: str = "C",
    minutes: int = 0,
    documents: tuple[str, ...] = (),
    shared: tuple[str, ...] = (),
) -> CollectionRecord:
    """A collection created and updated ``minutes`` after T0."""
    return CollectionRecord(
        id=cid,
        owner=owner,
        name=name,
        description="",
        embedding_model="e",
        created_at=at(minutes),
        updated_at=at(minutes),
        document_ids=documents,
        shared_with={u: ["read"] for u in shared},
    )


def document(did: str, owner: str = "demo") -> DocumentRecord:
    """A one-page document."""
    return DocumentRecord(
        id=did,
        owner=owner,
        name=f"{did}.md",
        type="md",
        uri=None,
        pages=("x",),
        size=1,
        created_at=T0,
        updated_at=T0,
    )


def template(
    tid: str, owner: str | None = "demo", name: str = "T", minutes: int = 0, is_default: bool = False
) -> TemplateRecord:
    """A prompt template named ``name``."""
    return TemplateRecord(
        id=tid,
        owner=owner,
        is_default=is_default,
        created_at=at(minutes),
        updated_at=at(minutes),
        content={"name": name, "description": f"about {name}"},
    )
