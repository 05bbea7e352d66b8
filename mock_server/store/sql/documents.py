"""The SQL backend's documents as collection content: who can see them, where they are, and their
removal from every collection."""

from __future__ import annotations

from msgspec.structs import replace
from sqlalchemy import Connection, delete, or_, select, update

from ..records import CollectionRecord, DocumentRecord
from . import lists
from .codec import collection_row, decode, encode
from .connections import Connections
from .schema import collection_documents, collections, documents

__all__ = ["DocumentRows"]


class DocumentRows(Connections):
    """Document queries, on SQL."""

    def visible_documents(self, user: str) -> list[DocumentRecord]:
        """Return the documents ``user`` owns or may read in a collection, in the order added."""
        held = select(collection_documents.c.document_id).where(
            lists.readable("collection", collection_documents.c.collection_id, user)
        )
        query = (
            select(documents.c.body)
            .where(or_(documents.c.owner == user, documents.c.id.in_(held)))
            .order_by(documents.c.pos)
        )
        with self._read() as conn:
            return [decode(body, DocumentRecord) for body in conn.execute(query).scalars()]

    def collections_holding(self, document_id: str) -> list[CollectionRecord]:
        """Return every collection that holds the document, in the order added."""
        with self._read() as conn:
            return _holding(conn, document_id)

    def save_document(self, document: DocumentRecord) -> None:
        """Replace a document."""
        with self._write() as conn:
            conn.execute(
                update(documents)
                .where(documents.c.id == document.id)
                .values(owner=document.owner, body=encode(document))
            )

    def delete_document(self, document_id: str) -> None:
        """Delete a document and take it out of every collection, in one transaction."""
        with self._write() as conn:
            holders = _holding(conn, document_id)
            conn.execute(delete(documents).where(documents.c.id == document_id))
            conn.execute(
                delete(collection_documents).where(collection_documents.c.document_id == document_id)
            )
            for collection in holders:
                kept = tuple(d for d in collection.document_ids if d != document_id)
                row = collection_row(replace(collection, document_ids=kept))
                conn.execute(update(collections).where(collections.c.id == collection.id).values(row))


def _holding(conn: Connection, document_id: str) -> list[CollectionRecord]:
    holders = select(collection_documents.c.collection_id).where(
        collection_documents.c.document_id == document_id
    )
    query = select(collections.c.body).where(collections.c.id.in_(holders)).order_by(collections.c.pos)
    return [decode(body, CollectionRecord) for body in conn.execute(query).scalars()]
