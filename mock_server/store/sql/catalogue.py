"""The SQL backend's documents, collections, prompt templates and scripted answers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, delete, exists, insert, select, update

from ..queries import CollectionQuery, TemplateQuery
from ..records import CollectionRecord, DocumentRecord, TemplateRecord
from ..scripts import ScriptedAnswer, question_key
from . import lists
from . import statements as q
from .codec import collection_row, decode, encode, reader_rows, template_row
from .connections import Connections
from .schema import (
    collection_documents,
    collections,
    documents,
    messages,
    readers,
    scripts,
    sessions,
    templates,
)

__all__ = ["Catalogue"]


class Catalogue(Connections):
    """Documents, collections, templates and scripts, on SQL."""

    # ---------------------------------------------------------------- documents
    def add_document(self, document: DocumentRecord) -> None:
        """Insert a document."""
        self._insert(
            documents, {"id": document.id, "owner": document.owner, "body": encode(document)}, "document"
        )

    def get_document(self, document_id: str) -> DocumentRecord | None:
        """Return a document by id."""
        return self._by_id(q.DOCUMENT, document_id, DocumentRecord)

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
        return self._by_id(q.COLLECTION, collection_id, CollectionRecord)

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
                # A hidden system template has no readers at all.
                if rows := reader_rows("template", template):
                    conn.execute(insert(readers), rows)

    def get_template(self, template_id: str) -> TemplateRecord | None:
        """Return a prompt template by id."""
        return self._by_id(q.TEMPLATE, template_id, TemplateRecord)

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
        body = self._fast.scalar(q.DEFAULT_TEMPLATE, {})
        return None if body is None else decode(body, TemplateRecord)

    # ---------------------------------------------------------------- scripted answers
    def add_script(self, script: ScriptedAnswer) -> None:
        """Pin an answer; one for the same collection and question replaces it and goes last."""
        key = {"collection_key": script.collection_id or "", "question_key": question_key(script.question)}
        with self._write() as conn:
            conn.execute(delete(scripts).where(*(scripts.c[k] == v for k, v in key.items())))
            conn.execute(insert(scripts), {**key, "body": encode(script)})

    def find_script(self, collection_id: str | None, question_key: str) -> ScriptedAnswer | None:
        """Return the answer pinned for a normalised question in a collection."""
        key = {"p_collection_key": collection_id or "", "p_question_key": question_key}
        body = self._fast.scalar(q.SCRIPT, key)
        return None if body is None else decode(body, ScriptedAnswer)


def _holdings(collection: CollectionRecord) -> list[dict[str, Any]]:
    return [
        {"collection_id": collection.id, "document_id": d} for d in dict.fromkeys(collection.document_ids)
    ]


def _replace_links(conn: Connection, kind: str, resource_id: str) -> None:
    """Drop a resource's reader rows (and a collection's document links) before writing them again."""
    conn.execute(delete(readers).where(readers.c.kind == kind, readers.c.resource_id == resource_id))
    if kind == "collection":
        conn.execute(delete(collection_documents).where(collection_documents.c.collection_id == resource_id))
