"""The storage interface: only the operations the API needs, so another backend can stand in."""

from __future__ import annotations

from typing import Protocol

from .records import CollectionRecord, DocumentRecord, MessageRecord, SessionRecord, TemplateRecord

__all__ = ["Store"]


class Store(Protocol):
    """Persistence for users, sessions, messages, documents, collections and prompt templates.

    Records are saved whole; ``save_*`` inserts or replaces. Lists of sessions come newest-updated
    first and lists of messages newest first, as pages, so a backend can answer from an index.
    """

    def clear(self) -> None:
        """Forget everything, users included."""

    def add_user(self, username: str, token: str) -> None:
        """Let ``token`` authenticate as ``username``."""

    def user_for_token(self, token: str) -> str | None:
        """Return the user a bearer token belongs to."""

    def save_session(self, session: SessionRecord) -> None:
        """Insert or replace a session."""

    def get_session(self, session_id: str) -> SessionRecord | None:
        """Return a session by id."""

    def delete_session(self, session_id: str) -> None:
        """Delete a session and its messages."""

    def list_sessions(self, owner: str, offset: int, limit: int) -> list[SessionRecord]:
        """Return a page of the owner's sessions, most recently updated first."""

    def count_sessions(self, owner: str) -> int:
        """Return how many sessions the owner has."""

    def list_collection_sessions(
        self, collection_id: str, owner: str | None, offset: int, limit: int
    ) -> list[SessionRecord]:
        """Return a page of the sessions on a collection (of one owner, or all), newest-updated first."""

    def count_collection_sessions(self, collection_id: str, owner: str | None = None) -> int:
        """Return how many sessions use a collection (of one owner, or all)."""

    def add_message(self, message: MessageRecord) -> None:
        """Append a message to its session."""

    def save_message(self, message: MessageRecord) -> None:
        """Insert or replace a message; a replaced one keeps its place in its session's history."""

    def get_message(self, message_id: str) -> MessageRecord | None:
        """Return a message by id."""

    def list_messages(self, session_id: str, offset: int, limit: int) -> list[MessageRecord]:
        """Return a page of a session's messages, newest first."""

    def count_messages(self, session_id: str) -> int:
        """Return how many messages a session has."""

    def save_document(self, document: DocumentRecord) -> None:
        """Insert or replace a document."""

    def get_document(self, document_id: str) -> DocumentRecord | None:
        """Return a document by id."""

    def delete_document(self, document_id: str) -> None:
        """Delete a document; collections that list it are the caller's business."""

    def save_collection(self, collection: CollectionRecord) -> None:
        """Insert or replace a collection."""

    def get_collection(self, collection_id: str) -> CollectionRecord | None:
        """Return a collection by id."""

    def delete_collection(self, collection_id: str) -> None:
        """Delete a collection; its sessions are the caller's business."""

    def collections_visible_to(self, username: str) -> list[CollectionRecord]:
        """Return the collections a user owns or that are shared with them, in no set order."""

    def save_template(self, template: TemplateRecord) -> None:
        """Insert or replace a prompt template."""

    def get_template(self, template_id: str) -> TemplateRecord | None:
        """Return a prompt template by id."""

    def delete_template(self, template_id: str) -> None:
        """Delete a prompt template."""

    def templates_visible_to(self, username: str) -> list[TemplateRecord]:
        """Return the system templates and those the user owns or that are shared with them."""
