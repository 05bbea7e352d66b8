"""Pages of sessions and messages in the in-memory backend, and a session read with what its view needs."""

from __future__ import annotations

from sortedcontainers import SortedList

from .records import CollectionRecord, MessageRecord, SessionRecord

__all__ = ["SessionKey", "SessionReads"]

SessionKey = tuple[float, str]  # (-updated_at, id): most recently updated first, ties by id


class SessionReads:
    """Reads of the in-memory backend's sessions that a page or a session view needs."""

    _sessions: dict[str, SessionRecord]
    _sessions_by_owner: dict[str, SortedList[SessionKey]]
    _collections: dict[str, CollectionRecord]
    _messages: dict[str, MessageRecord]
    _messages_by_session: dict[str, list[str]]

    def list_sessions(self, owner: str, offset: int, limit: int) -> list[SessionRecord]:
        """Return a page of the owner's sessions, most recently updated first."""
        keys = self._sessions_by_owner.get(owner)
        return [self._sessions[sid] for _, sid in keys[offset : offset + limit]] if keys else []

    def get_session_with_collection(
        self, session_id: str
    ) -> tuple[SessionRecord, CollectionRecord | None] | None:
        """Return a session and the collection it is on (None if it has none, or it is gone)."""
        session = self._sessions.get(session_id)
        return None if session is None else (session, self._collections.get(session.collection_id or ""))

    def list_sessions_with_collections(
        self, owner: str, offset: int, limit: int
    ) -> list[tuple[SessionRecord, CollectionRecord | None]]:
        """Return ``list_sessions``'s page, each session with the collection it is on."""
        collections = self._collections
        return [(s, collections.get(s.collection_id or "")) for s in self.list_sessions(owner, offset, limit)]

    def list_messages(self, session_id: str, offset: int, limit: int) -> list[MessageRecord]:
        """Return a page of a session's messages, newest first."""
        ids = self._messages_by_session.get(session_id, [])
        # Messages are appended oldest first, so a newest-first page is a reversed slice from the end.
        stop = max(len(ids) - offset, 0)
        start = max(stop - limit, 0)
        return [self._messages[mid] for mid in reversed(ids[start:stop])]

    def get_session_with_messages(
        self, session_id: str, offset: int, limit: int
    ) -> tuple[SessionRecord, list[MessageRecord]] | None:
        """Return a session and ``list_messages``'s page of it."""
        session = self._sessions.get(session_id)
        return None if session is None else (session, self.list_messages(session_id, offset, limit))
