"""The default backend: dictionaries plus sorted indexes, so pages never scan the whole store."""

from __future__ import annotations

from collections import defaultdict
from typing import TypeVar

from sortedcontainers import SortedList

from .records import CollectionRecord, DocumentRecord, MessageRecord, SessionRecord, TemplateRecord

__all__ = ["InMemoryStore"]

# Sorting on (-timestamp, id) gives newest first with a stable, deterministic tie-break.
_SessionKey = tuple[float, str]
K = TypeVar("K")


def _session_key(session: SessionRecord) -> _SessionKey:
    return (-session.updated_at.timestamp(), session.id)


def _discard(index: dict[K, SortedList[_SessionKey]], name: K, key: _SessionKey) -> None:
    """Remove ``key`` from the index entry ``name``, and the entry itself once it is empty."""
    keys = index[name]
    keys.discard(key)
    if not keys:
        del index[name]


class InMemoryStore:
    """A ``Store`` held in process memory; fast, and gone when the process ends."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        """Forget everything, users included."""
        self._tokens: dict[str, str] = {}
        self._sessions: dict[str, SessionRecord] = {}
        self._session_keys: dict[str, _SessionKey] = {}
        self._sessions_by_owner: defaultdict[str, SortedList[_SessionKey]] = defaultdict(SortedList)
        # Keyed by (collection_id, owner) and by (collection_id, None) for all owners.
        self._sessions_by_collection: defaultdict[tuple[str, str | None], SortedList[_SessionKey]] = (
            defaultdict(SortedList)
        )
        self._session_collection: dict[str, str | None] = {}
        self._messages: dict[str, MessageRecord] = {}
        self._messages_by_session: defaultdict[str, list[str]] = defaultdict(list)
        self._documents: dict[str, DocumentRecord] = {}
        self._collections: dict[str, CollectionRecord] = {}
        self._templates: dict[str, TemplateRecord] = {}

    def add_user(self, username: str, token: str) -> None:
        """Let ``token`` authenticate as ``username``."""
        self._tokens[token] = username

    def user_for_token(self, token: str) -> str | None:
        """Return the user a bearer token belongs to."""
        return self._tokens.get(token)

    def save_session(self, session: SessionRecord) -> None:
        """Insert or replace a session, moving it in the owner's and collection's order."""
        self._unindex_session(session.id)
        key = _session_key(session)
        self._sessions[session.id] = session
        self._session_keys[session.id] = key
        self._session_collection[session.id] = session.collection_id
        self._sessions_by_owner[session.owner].add(key)
        if session.collection_id is not None:
            self._sessions_by_collection[session.collection_id, None].add(key)
            self._sessions_by_collection[session.collection_id, session.owner].add(key)

    def _unindex_session(self, session_id: str) -> None:
        old = self._sessions.get(session_id)
        if old is None:
            return
        key = self._session_keys.pop(session_id)
        _discard(self._sessions_by_owner, old.owner, key)
        collection_id = self._session_collection.pop(session_id)
        if collection_id is not None:
            _discard(self._sessions_by_collection, (collection_id, None), key)
            _discard(self._sessions_by_collection, (collection_id, old.owner), key)

    def get_session(self, session_id: str) -> SessionRecord | None:
        """Return a session by id."""
        return self._sessions.get(session_id)

    def delete_session(self, session_id: str) -> None:
        """Delete a session and its messages."""
        self._unindex_session(session_id)
        self._sessions.pop(session_id, None)
        for message_id in self._messages_by_session.pop(session_id, []):
            del self._messages[message_id]

    def list_sessions(self, owner: str, offset: int, limit: int) -> list[SessionRecord]:
        """Return a page of the owner's sessions, most recently updated first."""
        keys = self._sessions_by_owner.get(owner)
        return [self._sessions[sid] for _, sid in keys[offset : offset + limit]] if keys else []

    def count_sessions(self, owner: str) -> int:
        """Return how many sessions the owner has."""
        return len(self._sessions_by_owner.get(owner, ()))

    def list_collection_sessions(
        self, collection_id: str, owner: str | None, offset: int, limit: int
    ) -> list[SessionRecord]:
        """Return a page of the sessions on a collection (of one owner, or all), newest-updated first."""
        keys = self._sessions_by_collection.get((collection_id, owner))
        return [self._sessions[sid] for _, sid in keys[offset : offset + limit]] if keys else []

    def count_collection_sessions(self, collection_id: str, owner: str | None = None) -> int:
        """Return how many sessions use a collection (of one owner, or all)."""
        return len(self._sessions_by_collection.get((collection_id, owner), ()))

    def add_message(self, message: MessageRecord) -> None:
        """Append a message to its session."""
        self._messages[message.id] = message
        self._messages_by_session[message.session_id].append(message.id)

    def save_message(self, message: MessageRecord) -> None:
        """Insert or replace a message; a replaced one keeps its place in its session's history."""
        if message.id not in self._messages:
            self._messages_by_session[message.session_id].append(message.id)
        self._messages[message.id] = message

    def get_message(self, message_id: str) -> MessageRecord | None:
        """Return a message by id."""
        return self._messages.get(message_id)

    def list_messages(self, session_id: str, offset: int, limit: int) -> list[MessageRecord]:
        """Return a page of a session's messages, newest first."""
        ids = self._messages_by_session.get(session_id, [])
        # Messages are appended oldest first, so a newest-first page is a reversed slice from the end.
        stop = max(len(ids) - offset, 0)
        start = max(stop - limit, 0)
        return [self._messages[mid] for mid in reversed(ids[start:stop])]

    def count_messages(self, session_id: str) -> int:
        """Return how many messages a session has."""
        return len(self._messages_by_session.get(session_id, ()))

    def save_document(self, document: DocumentRecord) -> None:
        """Insert or replace a document."""
        self._documents[document.id] = document

    def get_document(self, document_id: str) -> DocumentRecord | None:
        """Return a document by id."""
        return self._documents.get(document_id)

    def delete_document(self, document_id: str) -> None:
        """Delete a document; collections that list it are the caller's business."""
        self._documents.pop(document_id, None)

    def save_collection(self, collection: CollectionRecord) -> None:
        """Insert or replace a collection."""
        self._collections[collection.id] = collection

    def get_collection(self, collection_id: str) -> CollectionRecord | None:
        """Return a collection by id."""
        return self._collections.get(collection_id)

    def delete_collection(self, collection_id: str) -> None:
        """Delete a collection; its sessions are the caller's business."""
        self._collections.pop(collection_id, None)

    def collections_visible_to(self, username: str) -> list[CollectionRecord]:
        """Return the collections a user owns or that are shared with them."""
        return [c for c in self._collections.values() if c.owner == username or username in c.shared_with]

    def save_template(self, template: TemplateRecord) -> None:
        """Insert or replace a prompt template."""
        self._templates[template.id] = template

    def get_template(self, template_id: str) -> TemplateRecord | None:
        """Return a prompt template by id."""
        return self._templates.get(template_id)

    def delete_template(self, template_id: str) -> None:
        """Delete a prompt template."""
        self._templates.pop(template_id, None)

    def templates_visible_to(self, username: str) -> list[TemplateRecord]:
        """Return the system templates and those the user owns or that are shared with them."""
        return [
            t
            for t in self._templates.values()
            if t.owner is None or t.owner == username or username in t.shared_with
        ]
