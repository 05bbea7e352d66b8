"""The ``*_job`` operations: each starts a job whose work is what its synchronous twin does.

The records an operation names singly (in the path, or one id in the body) are looked up when the job is
asked for, so naming one the caller cannot see is a 404 then, as for the twin. Every work checks all it
needs again before it changes anything, so a job that fails (an item missing or not the caller's by the
time it runs, e.g. a collection deleted meanwhile) changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from msgspec.structs import replace

from ..domain import JobKind
from ..errors import NotFound
from ..store import CollectionRecord, Store
from .access import (
    named_in_body,
    own_collection,
    own_document,
    own_session,
    readable,
    visible_collection,
    visible_document,
)
from .collections import CollectionService, thumbnail_type
from .documents import DocumentService
from .jobs import JobService, JobView
from .sessions import SessionService

__all__ = ["JobOperations"]


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


class JobOperations:
    """Start jobs that delete, insert, import and migrate through the other services."""

    def __init__(
        self,
        store: Store,
        jobs: JobService,
        sessions: SessionService,
        collections: CollectionService,
        documents: DocumentService,
    ) -> None:
        self._store = store
        self._jobs = jobs
        self._sessions = sessions
        self._collections = collections
        self._documents = documents

    def delete_chat_sessions(self, user: str, session_ids: Sequence[str]) -> JobView:
        """Delete the user's chat sessions with their messages."""
        ids = list(dict.fromkeys(session_ids))

        def work() -> None:
            for session_id in ids:
                own_session(self._store, user, session_id)
            for session_id in ids:
                self._sessions.delete(user, session_id)

        name = f"Delete {_plural(len(ids), 'chat session')}"
        return self._jobs.submit(user, JobKind.DELETE_CHAT_SESSIONS, name, work, items=ids)

    def delete_collections(self, user: str, collection_ids: Sequence[str]) -> JobView:
        """Delete the user's collections, as ``delete_collection`` does each."""
        ids = list(dict.fromkeys(collection_ids))

        def work() -> None:
            for collection_id in ids:
                own_collection(self._store, user, collection_id)
            for collection_id in ids:
                self._collections.delete(user, collection_id)

        name = f"Delete {_plural(len(ids), 'collection')}"
        return self._jobs.submit(user, JobKind.DELETE_COLLECTIONS, name, work, items=ids)

    def delete_documents(self, user: str, document_ids: Sequence[str]) -> JobView:
        """Delete the user's documents from every collection that holds them."""
        ids = list(dict.fromkeys(document_ids))

        def work() -> None:
            for document_id in ids:
                own_document(self._store, user, document_id)
            for document_id in ids:
                self._documents.delete(user, document_id)

        name = f"Delete {_plural(len(ids), 'document')}"
        return self._jobs.submit(user, JobKind.DELETE_DOCUMENTS, name, work, items=ids)

    def remove_documents(self, user: str, collection_id: str, document_ids: Sequence[str]) -> JobView:
        """Take documents out of one of the user's collections; they stay wherever else they are."""
        ids = list(dict.fromkeys(document_ids))
        own_collection(self._store, user, collection_id)

        def work() -> None:
            held = own_collection(self._store, user, collection_id).document_ids
            missing = [d for d in ids if d not in held]
            if missing:
                raise NotFound(f"Document {missing[0]} not found in collection {collection_id}")
            for document_id in ids:
                self._collections.remove_document(user, collection_id, document_id)

        name = f"Remove {_plural(len(ids), 'document')} from collection {collection_id}"
        return self._jobs.submit(user, JobKind.DELETE_DOCUMENTS_FROM_COLLECTION, name, work, items=ids)

    def insert_document(
        self, user: str, collection_id: str, document_id: str, timeout: float = 300
    ) -> JobView:
        """Add a document the user can read to one of their collections."""
        own_collection(self._store, user, collection_id)
        with named_in_body():
            visible_document(self._store, user, document_id)

        def work() -> None:
            self._collections.insert_document(user, collection_id, document_id)

        name = f"Add document {document_id} to collection {collection_id}"
        kind = JobKind.IMPORT_DOCUMENT_INTO_COLLECTION
        return self._jobs.submit(user, kind, name, work, items=[document_id], timeout=timeout)

    def import_collection(
        self, user: str, collection_id: str, source_id: str, timeout: float = 300
    ) -> JobView:
        """Add every document of a collection the user can read to one of theirs, in the source's order."""

        def check() -> tuple[CollectionRecord, CollectionRecord]:
            target = own_collection(self._store, user, collection_id)
            with named_in_body():
                return target, visible_collection(self._store, user, source_id)

        check()

        def work() -> None:
            target, source = check()
            for document_id in source.document_ids:
                if document_id not in target.document_ids:
                    self._collections.insert_document(user, collection_id, document_id)

        name = f"Import collection {source_id} into collection {collection_id}"
        kind = JobKind.IMPORT_COLLECTION_INTO_COLLECTION
        return self._jobs.submit(user, kind, name, work, items=[source_id], timeout=timeout)

    def set_thumbnail(
        self, user: str, collection_id: str, image: bytes, declared_type: str | None, timeout: float
    ) -> JobView:
        """Store a thumbnail; an image of a type the API refuses is refused now, before any job starts."""
        own_collection(self._store, user, collection_id)
        thumbnail_type(image, declared_type)

        def work() -> None:
            self._collections.set_thumbnail(user, collection_id, image, declared_type)

        name = f"Update the thumbnail of collection {collection_id}"
        kind = JobKind.UPDATE_COLLECTION_THUMBNAIL
        return self._jobs.submit(user, kind, name, work, items=[collection_id], timeout=timeout)

    def remove_thumbnail(self, user: str, collection_id: str) -> JobView:
        """Remove a collection's thumbnail."""
        own_collection(self._store, user, collection_id)

        def work() -> None:
            self._collections.remove_thumbnail(user, collection_id)

        name = f"Remove the thumbnail of collection {collection_id}"
        kind = JobKind.DELETE_COLLECTION_THUMBNAIL
        return self._jobs.submit(user, kind, name, work, items=[collection_id])

    def migrate_sessions(
        self, user: str, collection_id: str, target_id: str, timeout: float = 300
    ) -> JobView:
        """Point the chat sessions on one of the user's collections at another collection.

        Sessions whose owner may not read the target stay where they are: they could not use it.
        """

        def check() -> CollectionRecord:
            own_collection(self._store, user, collection_id)
            with named_in_body():
                return visible_collection(self._store, user, target_id)

        check()

        def work() -> None:
            target = check()
            for session in self._store.list_collection_sessions(collection_id, None, 0, 1 << 31):
                if readable(self._store, session.owner, target):
                    self._store.save_session(replace(session, collection_id=target_id))

        name = f"Move the chat sessions of collection {collection_id} to collection {target_id}"
        kind = JobKind.MIGRATE_COLLECTION_CHAT_SESSIONS
        return self._jobs.submit(user, kind, name, work, items=[collection_id], timeout=timeout)
