"""Documents as collection content: a user sees the documents they own or that are in a collection they
may read, and changes only their own."""

from __future__ import annotations

from typing import Any, Literal

from msgspec.structs import replace

from ..clock import Clock
from ..domain.files import file_from_pages
from ..store import DocumentRecord, SessionRecord, Store
from ..store.queries import matches_metadata
from ..wire import ChatSession, Collection, Count, Document, DocumentUpdateRequest
from .access import own_document, own_session, readable, visible_document
from .knowledge import Knowledge
from .views import collection_view, document_view, session_views

__all__ = ["DocumentFilter", "DocumentService", "DocumentSort"]

# The columns h2ogpte 1.7.5 names for sorting documents. The mock keeps no connector, original type or
# original time (every document came from an upload), so sorting by them leaves the order to the ids.
DocumentSort = Literal[
    "updated_at",
    "created_at",
    "name",
    "size",
    "username",
    "type",
    "page_count",
    "status",
    "uri",
    "connector",
    "original_type",
    "original_mtime",
]
# Every document of the mock came from an upload (or a fixture standing in for one).
_SOURCE = "upload"
_ALL = 1 << 31


class DocumentFilter:
    """Which documents a list selects; the vendor's filters, each optional."""

    def __init__(
        self,
        metadata: dict[str, Any] | None = None,
        username: str | None = None,
        status: str | None = None,
        source: str | None = None,
        chat_session_id: str | None = None,
    ) -> None:
        self.metadata, self.username, self.status = metadata, username, status
        self.source, self.chat_session_id = source, chat_session_id

    def __call__(self, document: DocumentRecord) -> bool:
        """Whether the filter selects ``document``."""
        # Only agent-generated documents record the chat session that made them; the mock has none.
        return (
            self.chat_session_id is None
            and (not self.metadata or matches_metadata(document.metadata, self.metadata))
            and self.username in (None, document.owner)
            and self.status in (None, "completed")
            and (self.source is None or self.source.casefold() == _SOURCE)
        )


class DocumentService:
    """Operations on the documents the caller can see."""

    def __init__(self, store: Store, clock: Clock, knowledge: Knowledge) -> None:
        self._store = store
        self._clock = clock
        self._knowledge = knowledge

    def page(
        self,
        user: str,
        offset: int,
        limit: int,
        sort_column: DocumentSort = "updated_at",
        ascending: bool = False,
        selected: DocumentFilter | None = None,
    ) -> list[Document]:
        """Return a page of the documents the user can see, sorted (ties by id)."""
        selected = selected or DocumentFilter()
        if selected.chat_session_id is not None:
            own_session(self._store, user, selected.chat_session_id)
        found = list(filter(selected, self._store.visible_documents(user)))
        found.sort(key=lambda d: d.id)
        found.sort(key=lambda d: _sort_key(d, sort_column), reverse=not ascending)
        return [document_view(d) for d in found[offset : offset + limit]]

    def count(self, user: str, owned: bool = False, chat_session_id: str | None = None) -> Count:
        """Return how many documents the user can see (or owns), agreeing with the list."""
        selected = DocumentFilter(username=user if owned else None, chat_session_id=chat_session_id)
        if chat_session_id is not None:
            own_session(self._store, user, chat_session_id)
        return Count(count=sum(map(selected, self._store.visible_documents(user))))

    def get(self, user: str, document_id: str) -> Document:
        """Return a document the user can see."""
        return document_view(visible_document(self._store, user, document_id))

    def update(self, user: str, document_id: str, body: DocumentUpdateRequest) -> Document:
        """Rename the user's document or change its URI; omitted or null fields stay."""
        document = own_document(self._store, user, document_id)
        changed = replace(
            document,
            name=body.name if isinstance(body.name, str) else document.name,
            uri=body.uri if isinstance(body.uri, str) else document.uri,
            updated_at=self._clock.now(),
        )
        self._store.save_document(changed)
        self._forget_holders(document_id)  # references name the document
        return document_view(changed)

    def delete(self, user: str, document_id: str) -> None:
        """Delete the user's document from every collection that holds it."""
        own_document(self._store, user, document_id)
        self._forget_holders(document_id)
        self._store.delete_document(document_id)

    def collections(self, user: str, document_id: str, offset: int, limit: int) -> list[Collection]:
        """Return a page of the collections the user can read that hold the document, in the order made."""
        visible_document(self._store, user, document_id)
        holders = [c for c in self._store.collections_holding(document_id) if readable(self._store, user, c)]
        return [collection_view(self._store, c, user) for c in holders[offset : offset + limit]]

    def metadata(self, user: str, document_id: str) -> dict[str, Any]:
        """Return the document's metadata (empty when it has none)."""
        return dict(visible_document(self._store, user, document_id).metadata or {})

    def ingestion_metadata(self, user: str, document_id: str) -> dict[str, Any]:
        """Return how the document was ingested: its mode and whether each page is one chunk."""
        document = visible_document(self._store, user, document_id)
        return {"ingest_mode": document.ingest_mode, "chunk_by_page": document.chunk_by_page}

    def file(self, user: str, document_id: str) -> tuple[str, bytes]:
        """Return the name and the file of a document the user can see: the bytes it was ingested from, or
        for a document the seed data gave as text, a file made from its pages."""
        document = visible_document(self._store, user, document_id)
        data = document.data if document.data is not None else file_from_pages(document.name, document.pages)
        return document.name, data

    def check_visible(self, user: str, document_id: str) -> None:
        """Raise ``NotFound`` unless the user can see the document."""
        visible_document(self._store, user, document_id)

    def store_metadata(self, user: str, document_id: str, metadata: dict[str, Any] | None) -> None:
        """Replace the whole metadata of the user's document; no body clears it."""
        document = own_document(self._store, user, document_id)
        self._store.save_document(replace(document, metadata=metadata or {}, updated_at=self._clock.now()))

    def sessions(self, user: str, document_id: str, offset: int, limit: int) -> list[ChatSession]:
        """Return a page of the user's sessions on collections they can read that hold the document,
        most recently updated first (sessions are private)."""
        found = self._sessions(user, document_id)
        return session_views(self._store, found[offset : offset + limit])

    def session_count(self, user: str, document_id: str) -> Count:
        """Return how many sessions the session list has."""
        return Count(count=len(self._sessions(user, document_id)))

    def _sessions(self, user: str, document_id: str) -> list[SessionRecord]:
        visible_document(self._store, user, document_id)
        found = [
            s
            for c in self._store.collections_holding(document_id)
            if readable(self._store, user, c)
            for s in self._store.list_collection_sessions(c.id, user, 0, _ALL)
        ]
        return sorted(found, key=lambda s: (-s.updated_at.timestamp(), s.id))

    def _forget_holders(self, document_id: str) -> None:
        for collection in self._store.collections_holding(document_id):
            self._knowledge.forget(collection.id)


def _sort_key(document: DocumentRecord, column: DocumentSort) -> Any:
    match column:
        case "name":
            return document.name.casefold()
        case "username":
            return document.owner.casefold()
        case "type":
            return document.type.casefold()
        case "uri":
            return (document.uri or "").casefold()
        case "size":
            return document.size
        case "page_count":
            return len(document.pages)
        case "status":
            return document.ingest_mode == "agent_only"  # "agent_only" after "completed"
        case "created_at":
            return document.created_at
        case "updated_at":
            return document.updated_at
        case _:
            return 0  # connector, original type and time: the mock keeps none
