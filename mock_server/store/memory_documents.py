"""Documents as collection content, in the in-memory backend: who can see them, where they are, and
their removal from every collection."""

from __future__ import annotations

from collections.abc import Callable

from msgspec.structs import replace

from ..access import may_read
from .records import CollectionRecord, DocumentRecord

__all__ = ["DocumentTables"]


class DocumentTables:
    """Queries over the in-memory backend's documents and collections."""

    _documents: dict[str, DocumentRecord]
    _collections: dict[str, CollectionRecord]
    _group_ids: Callable[[str], list[str]]  # the ids of a user's groups (the template tables answer it)

    def visible_documents(self, user: str) -> list[DocumentRecord]:
        """Return the documents ``user`` owns or may read in a collection, in the order added."""
        groups = self._group_ids(user)
        held = {d for c in self._collections.values() if may_read(user, c, groups) for d in c.document_ids}
        return [d for d in self._documents.values() if d.owner == user or d.id in held]

    def collections_holding(self, document_id: str) -> list[CollectionRecord]:
        """Return every collection that holds the document, in the order added."""
        return [c for c in self._collections.values() if document_id in c.document_ids]

    def save_document(self, document: DocumentRecord) -> None:
        """Replace a document."""
        if document.id in self._documents:
            self._documents[document.id] = document

    def delete_document(self, document_id: str) -> None:
        """Delete a document and take it out of every collection, in one step."""
        self._documents.pop(document_id, None)
        for collection in self.collections_holding(document_id):
            kept = tuple(d for d in collection.document_ids if d != document_id)
            self._collections[collection.id] = replace(collection, document_ids=kept)
