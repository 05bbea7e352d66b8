"""Chat sessions: create, read, rename, re-point and delete, plus their messages and suggestions."""

from __future__ import annotations

from msgspec.structs import replace

from ..clock import Clock, IdFactory
from ..domain import suggest_questions
from ..store import SessionRecord, Store
from ..wire import ChatMessage, ChatMessageMeta, ChatMessageReference, ChatSession, Count, SuggestedQuestion
from .access import (
    named_in_body,
    own_session,
    owned,
    readable_collection,
    visible_collection,
    visible_message,
    visible_template,
)
from .templates import TemplateService
from .views import (
    message_view,
    meta_view,
    reference_views,
    session_view,
    session_view_with,
    session_views_with,
)

__all__ = ["SessionService"]


class SessionService:
    """Operations on the caller's chat sessions."""

    def __init__(self, store: Store, clock: Clock, ids: IdFactory, templates: TemplateService) -> None:
        self._store = store
        self._clock = clock
        self._ids = ids
        self._templates = templates

    def page(self, user: str, offset: int, limit: int) -> list[ChatSession]:
        """Return a page of the user's sessions, most recently updated first."""
        found = self._store.list_sessions_with_collections(user, offset, limit)
        return session_views_with(self._store, found)

    def count(self, user: str) -> Count:
        """Return how many sessions the user has."""
        return Count(count=self._store.count_sessions(user))

    def create(self, user: str, collection_id: str | None, workspace: str | None = None) -> ChatSession:
        """Start an empty session, optionally on a collection the user can see."""
        if collection_id is not None:
            visible_collection(self._store, user, collection_id)
        now = self._clock.now()
        session = SessionRecord(
            id=self._ids.new(),
            owner=user,
            name=None,
            collection_id=collection_id,
            prompt_template_id=None,
            workspace=workspace,
            created_at=now,
            updated_at=now,
        )
        self._store.add_session(session)
        return session_view(self._store, session)

    def get(self, user: str, session_id: str) -> ChatSession:
        """Return one of the user's sessions."""
        session, collection = self._store.get_session_with_collection(session_id) or (None, None)
        mine = owned(user, session_id, session)
        return session_view_with(self._store, mine, collection)

    def rename(self, user: str, session_id: str, name: str | None) -> ChatSession:
        """Change a session's display name; None (an empty request) changes nothing."""
        session = own_session(self._store, user, session_id)
        if name is None:
            return session_view(self._store, session)
        return self._touch(replace(session, name=name))

    def set_collection(self, user: str, session_id: str, collection_id: str | None) -> ChatSession:
        """Point a session at a collection the user can see, or at none."""
        session = own_session(self._store, user, session_id)
        if collection_id is not None:
            with named_in_body():
                visible_collection(self._store, user, collection_id)
        return self._touch(replace(session, collection_id=collection_id))

    def set_template(self, user: str, session_id: str, template_id: str | None) -> ChatSession:
        """Apply a prompt template the user can use to a session, or remove it."""
        session = own_session(self._store, user, session_id)
        if template_id is not None:
            with named_in_body():
                visible_template(self._store, user, template_id)
        return self._touch(replace(session, prompt_template_id=template_id))

    def delete(self, user: str, session_id: str) -> None:
        """Delete a session with its messages."""
        own_session(self._store, user, session_id)
        self._store.delete_session(session_id)

    def messages(self, user: str, session_id: str, offset: int, limit: int) -> list[ChatMessage]:
        """Return a page of the session's messages, newest first."""
        session, page = self._store.get_session_with_messages(session_id, offset, limit) or (None, [])
        owned(user, session_id, session)
        return [message_view(m) for m in page]

    def meta(self, user: str, message_id: str, info_type: str | None) -> list[ChatMessageMeta]:
        """Return the metadata recorded with a message."""
        return meta_view(visible_message(self._store, user, message_id), info_type)

    def references(self, user: str, message_id: str, limit: int | None) -> list[ChatMessageReference]:
        """Return the chunks an answer cites; a question cites none."""
        return reference_views(self._store, visible_message(self._store, user, message_id), limit)

    def questions(self, user: str, session_id: str, limit: int) -> list[SuggestedQuestion]:
        """Suggest questions from the session's documents, else from its prompt template."""
        session = own_session(self._store, user, session_id)
        collection = readable_collection(self._store, user, session.collection_id)
        texts: list[str] = []
        if collection is not None:
            for document_id in collection.document_ids:
                document = self._store.get_document(document_id)
                # Agent-only documents bypass retrieval, so questions are not drawn from them either.
                texts.extend(document.pages if document and document.ingest_mode != "agent_only" else ())
        questions = suggest_questions(texts, limit) if texts else []
        if not questions:
            template = self._templates.in_force(user, session, collection)
            questions = list(template.content.get("default_sample_questions") or [])[:limit]
        return [SuggestedQuestion(question=q) for q in questions]

    def _touch(self, session: SessionRecord) -> ChatSession:
        session = replace(session, updated_at=self._clock.now())
        self._store.save_session(session)
        return session_view(self._store, session)
