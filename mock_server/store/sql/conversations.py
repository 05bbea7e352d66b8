"""The SQL backend's users, chat sessions, messages and id sequence: the hot path, on prepared statements."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, insert, select

from ..base import DuplicateId
from ..records import CollectionRecord, MessageRecord, SessionRecord
from . import statements as q
from .codec import decode, decoder, encode, session_row
from .connections import Connections
from .schema import controls

__all__ = ["Conversations"]

_session, _message = decoder(SessionRecord), decoder(MessageRecord)
_collection = decoder(CollectionRecord)


def _with_collections(rows: list[Any]) -> list[tuple[SessionRecord, CollectionRecord | None]]:
    """Rows of (session body, collection id, collection body), the last two NULL where there is none."""
    collections: dict[str, CollectionRecord] = {}
    for _, cid, body in rows:
        if cid is not None and cid not in collections:  # sessions of a page mostly share one
            collections[cid] = _collection(body)
    return [(_session(body), None if cid is None else collections[cid]) for body, cid, _ in rows]


class Conversations(Connections):
    """Users, sessions, messages and ids, on SQL."""

    def claim_id(self) -> int:
        """Claim the next position of the id sequence."""
        # One statement commits by itself: no BEGIN and COMMIT around it (for PostgreSQL, two round trips).
        return int(self._fast.scalar(q.CLAIM_ID, {})) - 1

    # ---------------------------------------------------------------- users
    def add_user(self, username: str, token: str) -> None:
        """Let ``token`` authenticate as ``username``."""
        with self._fast.transaction():
            self._fast.rows(q.UPDATE_USER, {"p_token": token, "p_username": username})
            if self._fast.scalar(q.TOKEN_USER, {"p_token": token}) is None:
                self._fast.rows(q.INSERT_USER, {"p_token": token, "p_username": username})

    def user_for_token(self, token: str) -> str | None:
        """Return the user a bearer token belongs to."""
        found: str | None = self._fast.scalar(q.TOKEN_USER, {"p_token": token})
        return found

    # ---------------------------------------------------------------- sessions
    def add_session(self, session: SessionRecord) -> None:
        """Insert a session."""
        try:
            self._fast.rows(q.INSERT_SESSION, q.params(session_row(session)))
        except self._fast.integrity_error:
            raise DuplicateId(f"chat session {session.id} exists") from None

    def save_session(self, session: SessionRecord) -> None:
        """Replace a session."""
        self._fast.rows(q.UPDATE_SESSION, q.params(session_row(session)))

    def get_session(self, session_id: str) -> SessionRecord | None:
        """Return a session by id."""
        return self._by_id(q.SESSION, session_id, SessionRecord)

    def delete_session(self, session_id: str) -> None:
        """Delete a session and its messages."""
        with self._write() as conn:
            conn.execute(q.DELETE_SESSION_MESSAGES, {"p_session_id": session_id})
            conn.execute(q.DELETE_SESSION, {"p_id": session_id})

    def list_sessions(self, owner: str, offset: int, limit: int) -> list[SessionRecord]:
        """Return a page of the owner's sessions, most recently updated first."""
        page = {"p_owner": owner, "p_offset": offset, "p_limit": limit}
        return [_session(body) for (body,) in self._fast.rows(q.SESSIONS_OF_OWNER, page)]

    def get_session_with_collection(
        self, session_id: str
    ) -> tuple[SessionRecord, CollectionRecord | None] | None:
        """Return a session and the collection it is on (None if it has none, or it is gone)."""
        found = self._fast.rows(q.SESSION_WITH_COLLECTION, {"p_id": session_id})
        return _with_collections(found)[0] if found else None

    def list_sessions_with_collections(
        self, owner: str, offset: int, limit: int
    ) -> list[tuple[SessionRecord, CollectionRecord | None]]:
        """Return ``list_sessions``'s page, each session with the collection it is on."""
        if not self._fast.round_trips:
            found = self.list_sessions(owner, offset, limit)
            ids = {s.collection_id for s in found if s.collection_id is not None}
            collections = {cid: self._by_id(q.COLLECTION, cid, CollectionRecord) for cid in ids}
            return [(s, collections[s.collection_id] if s.collection_id else None) for s in found]
        page = {"p_owner": owner, "p_offset": offset, "p_limit": limit}
        return _with_collections(self._fast.rows(q.SESSIONS_OF_OWNER_WITH_COLLECTIONS, page))

    def count_sessions(self, owner: str) -> int:
        """Return how many sessions the owner has."""
        return int(self._fast.scalar(q.COUNT_OF_OWNER, {"p_owner": owner}))

    def list_collection_sessions(
        self, collection_id: str, owner: str | None, offset: int, limit: int
    ) -> list[SessionRecord]:
        """Return a page of the sessions on a collection (of one owner, or all), newest-updated first."""
        page = {"p_collection_id": collection_id, "p_owner": owner, "p_offset": offset, "p_limit": limit}
        statement = q.SESSIONS_ON_COLLECTION if owner is None else q.SESSIONS_ON_COLLECTION_OF_OWNER
        return [_session(body) for (body,) in self._fast.rows(statement, page)]

    def count_collection_sessions(self, collection_id: str, owner: str | None = None) -> int:
        """Return how many sessions use a collection (of one owner, or all)."""
        statement = q.COUNT_ON_COLLECTION if owner is None else q.COUNT_ON_COLLECTION_OF_OWNER
        return int(self._fast.scalar(statement, {"p_collection_id": collection_id, "p_owner": owner}))

    def list_archived_sessions(self) -> list[SessionRecord]:
        """Return every archived session, in the order added."""
        with self._read() as conn:
            return [decode(body, SessionRecord) for body in conn.execute(q.ARCHIVED_SESSIONS).scalars()]

    # ---------------------------------------------------------------- messages
    def add_messages(self, messages: Sequence[MessageRecord], session: SessionRecord | None = None) -> None:
        """Append messages to their sessions and replace ``session``, in one transaction."""
        rows = [{"p_id": m.id, "p_session_id": m.session_id, "p_body": encode(m)} for m in messages]
        try:
            with self._fast.transaction():
                self._fast.many(q.INSERT_MESSAGE, rows)
                if session is not None:
                    self._fast.rows(q.UPDATE_SESSION, q.params(session_row(session)))
        except self._fast.integrity_error:
            raise DuplicateId(f"a chat message of {[m.id for m in messages]} exists") from None

    def save_message(self, message: MessageRecord, session: SessionRecord | None = None) -> None:
        """Replace a message (it keeps its place) and ``session``, in one transaction."""
        with self._fast.transaction():
            self._fast.rows(q.UPDATE_MESSAGE, {"p_id": message.id, "p_body": encode(message)})
            if session is not None:
                self._fast.rows(q.UPDATE_SESSION, q.params(session_row(session)))

    def delete_messages(self, message_ids: Sequence[str], session: SessionRecord | None = None) -> None:
        """Delete messages (unknown ids are skipped) and replace ``session``, in one transaction."""
        with self._write() as conn:
            conn.execute(q.DELETE_MESSAGES, {"p_ids": list(message_ids)})
            if session is not None:
                conn.execute(q.UPDATE_SESSION, q.params(session_row(session)))

    def get_message(self, message_id: str) -> MessageRecord | None:
        """Return a message by id."""
        return self._by_id(q.MESSAGE, message_id, MessageRecord)

    def list_messages(self, session_id: str, offset: int, limit: int) -> list[MessageRecord]:
        """Return a page of a session's messages, newest first."""
        page = {"p_session_id": session_id, "p_offset": offset, "p_limit": limit}
        return [_message(body) for (body,) in self._fast.rows(q.MESSAGES_PAGE, page)]

    def get_session_with_messages(
        self, session_id: str, offset: int, limit: int
    ) -> tuple[SessionRecord, list[MessageRecord]] | None:
        """Return a session and ``list_messages``'s page of it, in one read."""
        if not self._fast.round_trips:
            session = self.get_session(session_id)
            return None if session is None else (session, self.list_messages(session_id, offset, limit))
        page = {"p_session_id": session_id, "p_offset": offset, "p_limit": limit}
        rows = sorted(self._fast.rows(q.SESSION_WITH_MESSAGES, page), key=lambda r: (r[0], -r[1]))
        if not rows or rows[0][0] != 0:
            return None  # no session row: there is no such session
        return _session(rows[0][2]), [_message(body) for _, _, body in rows[1:]]

    def count_messages(self, session_id: str) -> int:
        """Return how many messages a session has."""
        return int(self._fast.scalar(q.COUNT_MESSAGES, {"p_session_id": session_id}))

    # ---------------------------------------------------------------- answers in flight
    def set_control(self, question_id: str, action: str) -> None:
        """Record the latest control given to the answer of ``question_id``."""
        with self._write() as conn:
            conn.execute(delete(controls).where(controls.c.question_id == question_id))
            conn.execute(insert(controls), {"question_id": question_id, "action": action})

    def control_of(self, question_id: str) -> str | None:
        """The latest control given to the answer of ``question_id``, if any."""
        query = select(controls.c.action).where(controls.c.question_id == question_id)
        with self._read() as conn:
            found: str | None = conn.execute(query).scalar()
            return found
