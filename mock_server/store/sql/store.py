"""The SQL backend for SQLite and PostgreSQL: one implementation over SQLAlchemy Core."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, delete, exists, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ..base import DuplicateId, Snapshot
from ..queries import CollectionQuery, TemplateQuery
from ..records import CollectionRecord, DocumentRecord, MessageRecord, SessionRecord, TemplateRecord
from ..scripts import ScriptedAnswer, question_key
from . import lists
from .codec import collection_row, decode, encode, reader_rows, session_row, template_row
from .engine import open_engine
from .schema import (
    collection_documents,
    collections,
    documents,
    messages,
    meta,
    readers,
    scripts,
    sessions,
    templates,
    users,
)
from .snapshot import read_snapshot, write_snapshot

__all__ = ["SqlStore"]

R = TypeVar("R")


class SqlStore:
    """A ``Store`` in a SQL database, shared by every process that opens the same file or database."""

    def __init__(self, engine: Engine, blocking: bool) -> None:
        self._engine = engine
        self.blocking = blocking

    @classmethod
    def open(cls, url: str) -> tuple[SqlStore, bool]:
        """Open (creating the tables on first use) and say whether it holds no data yet."""
        engine, fresh = open_engine(url)
        # SQLite is a local file: a call costs microseconds, less than a hop to a worker thread.
        return cls(engine, blocking=engine.dialect.name != "sqlite"), fresh

    def close(self) -> None:
        """Close every pooled connection."""
        self._engine.dispose()

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._engine.connect() as conn:
            yield conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One transaction: everything in the block is written, or nothing."""
        with self._engine.connect() as conn:
            conn = conn.execution_options(mock_write=True)
            with conn.begin():
                yield conn

    def _insert(
        self,
        table: Any,
        row: dict[str, Any],
        what: str,
        extra: Sequence[tuple[Any, list[dict[str, Any]]]] = (),
    ) -> None:
        try:
            with self._write() as conn:
                conn.execute(insert(table), row)
                for other, rows in extra:
                    if rows:
                        conn.execute(insert(other), rows)
        except IntegrityError:
            raise DuplicateId(f"{what} {row['id']} exists") from None

    # ---------------------------------------------------------------- the whole state
    def snapshot(self) -> Snapshot:
        """Return everything, for an export."""
        with self._read() as conn, conn.begin():
            return read_snapshot(conn)

    def replace_all(self, snapshot: Snapshot) -> None:
        """Replace everything by ``snapshot``, in one transaction."""
        with self._write() as conn:
            write_snapshot(conn, snapshot)

    def claim_id(self) -> int:
        """Claim the next position of the id sequence."""
        with self._write() as conn:
            claimed = conn.execute(
                update(meta).where(meta.c.key == "ids").values(value=meta.c.value + 1).returning(meta.c.value)
            ).scalar_one()
        return int(claimed) - 1

    # ---------------------------------------------------------------- users
    def add_user(self, username: str, token: str) -> None:
        """Let ``token`` authenticate as ``username``."""
        with self._write() as conn:
            if not conn.execute(
                update(users).where(users.c.token == token).values(username=username)
            ).rowcount:
                conn.execute(insert(users), {"token": token, "username": username})

    def user_for_token(self, token: str) -> str | None:
        """Return the user a bearer token belongs to."""
        with self._read() as conn:
            return conn.execute(select(users.c.username).where(users.c.token == token)).scalar()

    # ---------------------------------------------------------------- sessions
    def add_session(self, session: SessionRecord) -> None:
        """Insert a session."""
        self._insert(sessions, session_row(session), "chat session")

    def save_session(self, session: SessionRecord) -> None:
        """Replace a session."""
        with self._write() as conn:
            _save_session(conn, session)

    def get_session(self, session_id: str) -> SessionRecord | None:
        """Return a session by id."""
        return self._one(select(sessions.c.body).where(sessions.c.id == session_id), SessionRecord)

    def delete_session(self, session_id: str) -> None:
        """Delete a session and its messages."""
        with self._write() as conn:
            conn.execute(delete(messages).where(messages.c.session_id == session_id))
            conn.execute(delete(sessions).where(sessions.c.id == session_id))

    def list_sessions(self, owner: str, offset: int, limit: int) -> list[SessionRecord]:
        """Return a page of the owner's sessions, most recently updated first."""
        return self._page(lists.sessions_of(owner=owner), offset, limit)

    def count_sessions(self, owner: str) -> int:
        """Return how many sessions the owner has."""
        return self._count(select(func.count()).select_from(sessions).where(sessions.c.owner == owner))

    def list_collection_sessions(
        self, collection_id: str, owner: str | None, offset: int, limit: int
    ) -> list[SessionRecord]:
        """Return a page of the sessions on a collection (of one owner, or all), newest-updated first."""
        return self._page(lists.sessions_of(owner=owner, collection_id=collection_id), offset, limit)

    def count_collection_sessions(self, collection_id: str, owner: str | None = None) -> int:
        """Return how many sessions use a collection (of one owner, or all)."""
        query = select(func.count()).select_from(sessions).where(sessions.c.collection_id == collection_id)
        return self._count(query if owner is None else query.where(sessions.c.owner == owner))

    def _page(self, query: Any, offset: int, limit: int) -> list[Any]:
        with self._read() as conn:
            rows = conn.execute(query.offset(offset).limit(limit)).scalars()
            return [decode(body, SessionRecord) for body in rows]

    # ---------------------------------------------------------------- messages
    def add_messages(self, messages_: Sequence[MessageRecord], session: SessionRecord | None = None) -> None:
        """Append messages to their sessions and replace ``session``, in one transaction."""
        rows = [{"id": m.id, "session_id": m.session_id, "body": encode(m)} for m in messages_]
        try:
            with self._write() as conn:
                if rows:
                    conn.execute(insert(messages), rows)
                if session is not None:
                    _save_session(conn, session)
        except IntegrityError:
            raise DuplicateId(f"a chat message of {[m.id for m in messages_]} exists") from None

    def save_message(self, message: MessageRecord, session: SessionRecord | None = None) -> None:
        """Replace a message (it keeps its place) and ``session``, in one transaction."""
        with self._write() as conn:
            conn.execute(update(messages).where(messages.c.id == message.id).values(body=encode(message)))
            if session is not None:
                _save_session(conn, session)

    def get_message(self, message_id: str) -> MessageRecord | None:
        """Return a message by id."""
        return self._one(select(messages.c.body).where(messages.c.id == message_id), MessageRecord)

    def list_messages(self, session_id: str, offset: int, limit: int) -> list[MessageRecord]:
        """Return a page of a session's messages, newest first."""
        query = (
            select(messages.c.body)
            .where(messages.c.session_id == session_id)
            .order_by(messages.c.pos.desc())
            .offset(offset)
            .limit(limit)
        )
        with self._read() as conn:
            return [decode(body, MessageRecord) for body in conn.execute(query).scalars()]

    def count_messages(self, session_id: str) -> int:
        """Return how many messages a session has."""
        return self._count(
            select(func.count()).select_from(messages).where(messages.c.session_id == session_id)
        )

    # ---------------------------------------------------------------- documents
    def add_document(self, document: DocumentRecord) -> None:
        """Insert a document."""
        self._insert(
            documents, {"id": document.id, "owner": document.owner, "body": encode(document)}, "document"
        )

    def get_document(self, document_id: str) -> DocumentRecord | None:
        """Return a document by id."""
        return self._one(select(documents.c.body).where(documents.c.id == document_id), DocumentRecord)

    def in_readable_collection(self, user: str, document_id: str) -> bool:
        """Whether a collection ``user`` may read holds the document."""
        held = (
            select(collection_documents.c.collection_id)
            .where(collection_documents.c.document_id == document_id)
            .where(lists.readable("collection", collection_documents.c.collection_id, user))
        )
        with self._read() as conn:
            return bool(conn.execute(select(exists(held))).scalar())

    # ---------------------------------------------------------------- collections
    def add_collection(self, collection: CollectionRecord) -> None:
        """Insert a collection."""
        self._insert(
            collections,
            collection_row(collection),
            "collection",
            [(readers, reader_rows("collection", collection)), (collection_documents, _holdings(collection))],
        )

    def save_collection(self, collection: CollectionRecord) -> None:
        """Replace a collection, its readers and its documents list."""
        with self._write() as conn:
            done = conn.execute(
                update(collections)
                .where(collections.c.id == collection.id)
                .values(collection_row(collection))
            )
            if not done.rowcount:
                return
            _replace_links(conn, "collection", collection.id)
            conn.execute(insert(readers), reader_rows("collection", collection))
            if collection.document_ids:
                conn.execute(insert(collection_documents), _holdings(collection))

    def get_collection(self, collection_id: str) -> CollectionRecord | None:
        """Return a collection by id."""
        return self._one(
            select(collections.c.body).where(collections.c.id == collection_id), CollectionRecord
        )

    def delete_collection(self, collection_id: str) -> None:
        """Delete a collection with its sessions and the owner's documents no other collection holds."""
        with self._write() as conn:
            body = conn.execute(select(collections.c.body).where(collections.c.id == collection_id)).scalar()
            if body is None:
                return
            collection = decode(body, CollectionRecord)
            on_it = select(sessions.c.id).where(sessions.c.collection_id == collection_id)
            conn.execute(delete(messages).where(messages.c.session_id.in_(on_it)))
            conn.execute(delete(sessions).where(sessions.c.collection_id == collection_id))
            conn.execute(delete(collections).where(collections.c.id == collection_id))
            _replace_links(conn, "collection", collection_id)
            orphans = lists.unheld_documents(collection.document_ids, collection.owner)
            conn.execute(delete(documents).where(documents.c.id.in_(orphans)))

    def list_collections(self, query: CollectionQuery, offset: int, limit: int) -> list[CollectionRecord]:
        """Return a page of the collections the query selects, in its order."""
        with self._read() as conn:
            return lists.collection_page(conn, query, offset, limit)

    def count_collections(self, query: CollectionQuery) -> int:
        """Return how many collections the query selects."""
        with self._read() as conn:
            return lists.collection_count(conn, query)

    # ---------------------------------------------------------------- prompt templates
    def add_template(self, template: TemplateRecord) -> None:
        """Insert a prompt template."""
        self._insert(
            templates,
            template_row(template),
            "prompt template",
            [(readers, reader_rows("template", template))],
        )

    def save_template(self, template: TemplateRecord) -> None:
        """Replace a prompt template and its readers."""
        with self._write() as conn:
            done = conn.execute(
                update(templates).where(templates.c.id == template.id).values(template_row(template))
            )
            if done.rowcount:
                _replace_links(conn, "template", template.id)
                conn.execute(insert(readers), reader_rows("template", template))

    def get_template(self, template_id: str) -> TemplateRecord | None:
        """Return a prompt template by id."""
        return self._one(select(templates.c.body).where(templates.c.id == template_id), TemplateRecord)

    def delete_templates(self, template_ids: Sequence[str]) -> None:
        """Delete prompt templates, in one transaction."""
        with self._write() as conn:
            conn.execute(delete(templates).where(templates.c.id.in_(template_ids)))
            conn.execute(
                delete(readers).where(readers.c.kind == "template", readers.c.resource_id.in_(template_ids))
            )

    def list_templates(self, query: TemplateQuery, offset: int, limit: int) -> list[TemplateRecord]:
        """Return a page of the templates the query selects, in its order."""
        with self._read() as conn:
            return lists.template_page(conn, query, offset, limit)

    def count_templates(self, query: TemplateQuery) -> int:
        """Return how many templates the query selects."""
        with self._read() as conn:
            return lists.template_count(conn, query)

    def default_template(self) -> TemplateRecord | None:
        """Return the system default template, if there is one."""
        query = (
            select(templates.c.body)
            .where(templates.c.is_default, templates.c.owner.is_(None))
            .order_by(templates.c.pos)
            .limit(1)
        )
        return self._one(query, TemplateRecord)

    # ---------------------------------------------------------------- scripted answers
    def add_script(self, script: ScriptedAnswer) -> None:
        """Pin an answer; one for the same collection and question replaces it and goes last."""
        key = {"collection_key": script.collection_id or "", "question_key": question_key(script.question)}
        with self._write() as conn:
            conn.execute(delete(scripts).where(*(scripts.c[k] == v for k, v in key.items())))
            conn.execute(insert(scripts), {**key, "body": encode(script)})

    def find_script(self, collection_id: str | None, question_key: str) -> ScriptedAnswer | None:
        """Return the answer pinned for a normalised question in a collection."""
        query = select(scripts.c.body).where(
            scripts.c.collection_key == (collection_id or ""), scripts.c.question_key == question_key
        )
        return self._one(query, ScriptedAnswer)

    # ---------------------------------------------------------------- helpers
    def _one(self, query: Any, type_: type[R]) -> R | None:
        with self._read() as conn:
            body = conn.execute(query).scalar()
        return None if body is None else decode(body, type_)

    def _count(self, query: Any) -> int:
        with self._read() as conn:
            return int(conn.execute(query).scalar_one())


def _save_session(conn: Connection, session: SessionRecord) -> None:
    conn.execute(update(sessions).where(sessions.c.id == session.id).values(session_row(session)))


def _holdings(collection: CollectionRecord) -> list[dict[str, Any]]:
    return [
        {"collection_id": collection.id, "document_id": d} for d in dict.fromkeys(collection.document_ids)
    ]


def _replace_links(conn: Connection, kind: str, resource_id: str) -> None:
    """Drop a resource's reader rows (and a collection's document links) before writing them again."""
    conn.execute(delete(readers).where(readers.c.kind == kind, readers.c.resource_id == resource_id))
    if kind == "collection":
        conn.execute(delete(collection_documents).where(collection_documents.c.collection_id == resource_id))
