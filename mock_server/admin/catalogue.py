"""A store wrapper that keeps a list of everything saved, so the whole state can be exported.

The ``Store`` interface only looks records up by id or owner; listing all of them is an admin need,
met here by noting ids on the way in rather than by widening every backend.
"""

from __future__ import annotations

from ..store import CollectionRecord, DocumentRecord, MessageRecord, SessionRecord, Store, TemplateRecord

__all__ = ["CataloguedStore"]


class CataloguedStore:
    """A ``Store`` (and a ``seeding.Inventory``) that delegates to ``inner`` and lists ids in order added."""

    def __init__(self, inner: Store) -> None:
        self._inner = inner
        self._forget()

    def _forget(self) -> None:
        # Dicts as ordered sets: an export lists records in the order they were first saved.
        self._tokens: dict[str, str] = {}
        self._templates: dict[str, None] = {}
        self._documents: dict[str, None] = {}
        self._collections: dict[str, None] = {}
        self._sessions: dict[str, None] = {}

    # ---------------------------------------------------------------- the inventory
    def users(self) -> list[tuple[str, str]]:
        """(username, token) pairs."""
        return [(username, token) for token, username in self._tokens.items()]

    def templates(self) -> list[TemplateRecord]:
        """All prompt templates."""
        return [t for i in self._templates if (t := self._inner.get_template(i)) is not None]

    def documents(self) -> list[DocumentRecord]:
        """All documents."""
        return [d for i in self._documents if (d := self._inner.get_document(i)) is not None]

    def collections(self) -> list[CollectionRecord]:
        """All collections."""
        return [c for i in self._collections if (c := self._inner.get_collection(i)) is not None]

    def sessions(self) -> list[SessionRecord]:
        """All chat sessions."""
        return [s for i in self._sessions if (s := self._inner.get_session(i)) is not None]

    # ---------------------------------------------------------------- writes: noted, then delegated
    def clear(self) -> None:
        """Forget everything, users included."""
        self._forget()
        self._inner.clear()

    def add_user(self, username: str, token: str) -> None:
        """Let ``token`` authenticate as ``username``."""
        self._tokens[token] = username
        self._inner.add_user(username, token)

    def save_session(self, session: SessionRecord) -> None:
        """Insert or replace a session."""
        self._sessions[session.id] = None
        self._inner.save_session(session)

    def delete_session(self, session_id: str) -> None:
        """Delete a session and its messages."""
        self._sessions.pop(session_id, None)
        self._inner.delete_session(session_id)

    def save_document(self, document: DocumentRecord) -> None:
        """Insert or replace a document."""
        self._documents[document.id] = None
        self._inner.save_document(document)

    def delete_document(self, document_id: str) -> None:
        """Delete a document."""
        self._documents.pop(document_id, None)
        self._inner.delete_document(document_id)

    def save_collection(self, collection: CollectionRecord) -> None:
        """Insert or replace a collection."""
        self._collections[collection.id] = None
        self._inner.save_collection(collection)

    def delete_collection(self, collection_id: str) -> None:
        """Delete a collection."""
        self._collections.pop(collection_id, None)
        self._inner.delete_collection(collection_id)

    def save_template(self, template: TemplateRecord) -> None:
        """Insert or replace a prompt template."""
        self._templates[template.id] = None
        self._inner.save_template(template)

    def delete_template(self, template_id: str) -> None:
        """Delete a prompt template."""
        self._templates.pop(template_id, None)
        self._inner.delete_template(template_id)

    def add_message(self, message: MessageRecord) -> None:
        """Append a message to its session."""
        self._inner.add_message(message)

    def save_message(self, message: MessageRecord) -> None:
        """Insert or replace a message."""
        self._inner.save_message(message)

    # ---------------------------------------------------------------- reads: delegated
    def user_for_token(self, token: str) -> str | None:
        """Return the user a bearer token belongs to."""
        return self._inner.user_for_token(token)

    def get_session(self, session_id: str) -> SessionRecord | None:
        """Return a session by id."""
        return self._inner.get_session(session_id)

    def list_sessions(self, owner: str, offset: int, limit: int) -> list[SessionRecord]:
        """Return a page of the owner's sessions, most recently updated first."""
        return self._inner.list_sessions(owner, offset, limit)

    def count_sessions(self, owner: str) -> int:
        """Return how many sessions the owner has."""
        return self._inner.count_sessions(owner)

    def list_collection_sessions(
        self, collection_id: str, owner: str | None, offset: int, limit: int
    ) -> list[SessionRecord]:
        """Return a page of the sessions on a collection (of one owner, or all), newest-updated first."""
        return self._inner.list_collection_sessions(collection_id, owner, offset, limit)

    def count_collection_sessions(self, collection_id: str, owner: str | None = None) -> int:
        """Return how many sessions use a collection (of one owner, or all)."""
        return self._inner.count_collection_sessions(collection_id, owner)

    def get_message(self, message_id: str) -> MessageRecord | None:
        """Return a message by id."""
        return self._inner.get_message(message_id)

    def list_messages(self, session_id: str, offset: int, limit: int) -> list[MessageRecord]:
        """Return a page of a session's messages, newest first."""
        return self._inner.list_messages(session_id, offset, limit)

    def count_messages(self, session_id: str) -> int:
        """Return how many messages a session has."""
        return self._inner.count_messages(session_id)

    def get_document(self, document_id: str) -> DocumentRecord | None:
        """Return a document by id."""
        return self._inner.get_document(document_id)

    def get_collection(self, collection_id: str) -> CollectionRecord | None:
        """Return a collection by id."""
        return self._inner.get_collection(collection_id)

    def collections_visible_to(self, username: str) -> list[CollectionRecord]:
        """Return the collections a user owns or that are shared with them."""
        return self._inner.collections_visible_to(username)

    def get_template(self, template_id: str) -> TemplateRecord | None:
        """Return a prompt template by id."""
        return self._inner.get_template(template_id)

    def templates_visible_to(self, username: str) -> list[TemplateRecord]:
        """Return the system templates and those the user owns or that are shared with them."""
        return self._inner.templates_visible_to(username)
