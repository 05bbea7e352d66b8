"""The SQL backend's users, chat sessions, messages and id sequence."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ..base import DuplicateId
from ..records import MessageRecord, SessionRecord
from . import lists
from .codec import decode, encode, session_row
from .connections import Connections
from .schema import messages, meta, sessions, users

__all__ = ["Conversations"]


class Conversations(Connections):
    """Users, sessions, messages and ids, on SQL."""

    def claim_id(self) -> int:
        """Claim the next position of the id sequence."""
        with self._write() as conn:
            claimed = conn.execute(
                update(meta).where(meta.c.key == "ids").values(value=meta.c.value + 1).returning(meta.c.value)
            ).scalar_one()
        return int(claimed) - 1

    # ---------------------------------------------------------------- users
    def add_user(self, username: str, token: str) -> None:
        """Let ``token`` authenticate as ``username``."""
        with self._write() as conn:
            if not conn.execute(
                update(users).where(users.c.token == token).values(username=username)
            ).rowcount:
                conn.execute(insert(users), {"token": token, "username": username})

    def user_for_token(self, token: str) -> str | None:
        """Return the user a bearer token belongs to."""
        with self._read() as conn:
            return conn.execute(select(users.c.username).where(users.c.token == token)).scalar()

    # ---------------------------------------------------------------- sessions
    def add_session(self, session: SessionRecord) -> None:
        """Insert a session."""
        self._insert(sessions, session_row(session), "chat session")

    def save_session(self, session: SessionRecord) -> None:
        """Replace a session."""
        with self._write() as conn:
            _save_session(conn, session)

    def get_session(self, session_id: str) -> SessionRecord | None:
        """Return a session by id."""
        return self._one(select(sessions.c.body).where(sessions.c.id == session_id), SessionRecord)

    def delete_session(self, session_id: str) -> None:
        """Delete a session and its messages."""
        with self._write() as conn:
            conn.execute(delete(messages).where(messages.c.session_id == session_id))
            conn.execute(delete(sessions).where(sessions.c.id == session_id))

    def list_sessions(self, owner: str, offset: int, limit: int) -> list[SessionRecord]:
        """Return a page of the owner's sessions, most recently updated first."""
        return self._page(lists.sessions_of(owner=owner), offset, limit)

    def count_sessions(self, owner: str) -> int:
        """Return how many sessions the owner has."""
        return self._count(select(func.count()).select_from(sessions).where(sessions.c.owner == owner))

    def list_collection_sessions(
        self, collection_id: str, owner: str | None, offset: int, limit: int
    ) -> list[SessionRecord]:
        """Return a page of the sessions on a collection (of one owner, or all), newest-updated first."""
        return self._page(lists.sessions_of(owner=owner, collection_id=collection_id), offset, limit)

    def count_collection_sessions(self, collection_id: str, owner: str | None = None) -> int:
        """Return how many sessions use a collection (of one owner, or all)."""
        query = select(func.count()).select_from(sessions).where(sessions.c.collection_id == collection_id)
        return self._count(query if owner is None else query.where(sessions.c.owner == owner))

    def _page(self, query: Any, offset: int, limit: int) -> list[Any]:
        with self._read() as conn:
            rows = conn.execute(query.offset(offset).limit(limit)).scalars()
            return [decode(body, SessionRecord) for body in rows]

    # ---------------------------------------------------------------- messages
    def add_messages(self, messages_: Sequence[MessageRecord], session: SessionRecord | None = None) -> None:
        """Append messages to their sessions and replace ``session``, in one transaction."""
        rows = [{"id": m.id, "session_id": m.session_id, "body": encode(m)} for m in messages_]
        try:
            with self._write() as conn:
                if rows:
                    conn.execute(insert(messages), rows)
                if session is not None:
                    _save_session(conn, session)
        except IntegrityError:
            raise DuplicateId(f"a chat message of {[m.id for m in messages_]} exists") from None

    def save_message(self, message: MessageRecord, session: SessionRecord | None = None) -> None:
        """Replace a message (it keeps its place) and ``session``, in one transaction."""
        with self._write() as conn:
            conn.execute(update(messages).where(messages.c.id == message.id).values(body=encode(message)))
            if session is not None:
                _save_session(conn, session)

    def get_message(self, message_id: str) -> MessageRecord | None:
        """Return a message by id."""
        return self._one(select(messages.c.body).where(messages.c.id == message_id), MessageRecord)

    def list_messages(self, session_id: str, offset: int, limit: int) -> list[MessageRecord]:
        """Return a page of a session's messages, newest first."""
        query = (
            select(messages.c.body)
            .where(messages.c.session_id == session_id)
            .order_by(messages.c.pos.desc())
            .offset(offset)
            .limit(limit)
        )
        with self._read() as conn:
            return [decode(body, MessageRecord) for body in conn.execute(query).scalars()]

    def count_messages(self, session_id: str) -> int:
        """Return how many messages a session has."""
        return self._count(
            select(func.count()).select_from(messages).where(messages.c.session_id == session_id)
        )


def _save_session(conn: Connection, session: SessionRecord) -> None:
    conn.execute(update(sessions).where(sessions.c.id == session.id).values(session_row(session)))
