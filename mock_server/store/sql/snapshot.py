"""The SQL backend's whole state in and out: what export, load and reset move."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import Connection, Table, delete, insert, select, update

from ..base import Snapshot
from ..jobs import JobRecord
from ..records import (
    CollectionRecord,
    DocumentRecord,
    GroupRecord,
    MessageRecord,
    SessionRecord,
    TemplateRecord,
    UploadRecord,
)
from ..scripts import ScriptedAnswer, question_key
from .codec import (
    collection_row,
    decode,
    encode,
    member_rows,
    message_row,
    reader_rows,
    session_row,
    template_row,
)
from .jobs import job_row
from .schema import (
    collection_documents,
    collections,
    controls,
    documents,
    group_members,
    groups,
    jobs,
    messages,
    meta,
    readers,
    scripts,
    sessions,
    templates,
    uploads,
    users,
)

__all__ = ["read_snapshot", "write_snapshot"]

R = TypeVar("R")

# Only the mock's own tables, children first.
_TABLES = (
    jobs,
    messages,
    sessions,
    collection_documents,
    readers,
    collections,
    documents,
    templates,
    scripts,
    uploads,
    users,
    controls,
    group_members,
    groups,
)


def read_snapshot(conn: Connection) -> Snapshot:
    """Everything, each kind in the order added; a session's messages oldest first."""
    session_list = [
        decode(b, SessionRecord)
        for b in conn.execute(select(sessions.c.body).order_by(sessions.c.pos)).scalars()
    ]
    by_session: dict[str, list[MessageRecord]] = {s.id: [] for s in session_list}
    for body in conn.execute(select(messages.c.body).order_by(messages.c.pos)).scalars():
        message = decode(body, MessageRecord)
        by_session.setdefault(message.session_id, []).append(message)
    ids = conn.execute(select(meta.c.value).where(meta.c.key == "ids")).scalar_one()
    return Snapshot(
        users=tuple(
            (u, t) for t, u in conn.execute(select(users.c.token, users.c.username).order_by(users.c.pos))
        ),
        templates=tuple(_all(conn, templates, TemplateRecord)),
        documents=tuple(_all(conn, documents, DocumentRecord)),
        collections=tuple(_all(conn, collections, CollectionRecord)),
        sessions=tuple(session_list),
        messages=tuple(m for s in session_list for m in by_session[s.id]),
        scripts=tuple(_all(conn, scripts, ScriptedAnswer)),
        groups=tuple(_all(conn, groups, GroupRecord)),
        jobs=tuple(_all(conn, jobs, JobRecord)),
        uploads=tuple(_all(conn, uploads, UploadRecord)),
        ids_drawn=int(ids),
    )


def _all(conn: Connection, table: Table, type_: type[R]) -> list[R]:
    query = select(table.c.body).order_by(table.c.pos)
    return [decode(body, type_) for body in conn.execute(query).scalars()]


def write_snapshot(conn: Connection, snapshot: Snapshot) -> None:
    """Replace every mock table's rows by the snapshot's, and mark the data as seeded."""
    for table in _TABLES:
        conn.execute(delete(table))
    rows = [
        (users, [{"token": t, "username": u} for u, t in snapshot.users]),
        (templates, [template_row(t) for t in snapshot.templates]),
        (documents, [{"id": d.id, "owner": d.owner, "body": encode(d)} for d in snapshot.documents]),
        (collections, [collection_row(c) for c in snapshot.collections]),
        (sessions, [session_row(s) for s in snapshot.sessions]),
        (messages, [message_row(m) for m in snapshot.messages]),
        (groups, [{"id": g.id, "body": encode(g)} for g in snapshot.groups]),
        (group_members, [r for g in snapshot.groups for r in member_rows(g)]),
        (readers, [r for t in snapshot.templates for r in reader_rows("template", t)]),
        (readers, [r for c in snapshot.collections for r in reader_rows("collection", c)]),
        (
            collection_documents,
            [
                {"collection_id": c.id, "document_id": d}
                for c in snapshot.collections
                for d in dict.fromkeys(c.document_ids)
            ],
        ),
        (
            scripts,
            [
                {
                    "collection_key": s.collection_id or "",
                    "question_key": question_key(s.question),
                    "body": encode(s),
                }
                for s in snapshot.scripts
            ],
        ),
        (jobs, [job_row(j) for j in snapshot.jobs]),
        (uploads, [{"id": u.id, "owner": u.owner, "body": encode(u)} for u in snapshot.uploads]),
    ]
    for table, batch in rows:
        if batch:
            conn.execute(insert(table), batch)
    conn.execute(update(meta).where(meta.c.key == "ids").values(value=snapshot.ids_drawn))
    conn.execute(delete(meta).where(meta.c.key == "seeded"))
    conn.execute(insert(meta), {"key": "seeded", "value": 1})
