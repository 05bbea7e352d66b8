"""The SQL backend's users, chat sessions, messages and id sequence: the hot path, on prepared statements."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Engine, delete, insert, select

from ..base import DuplicateId
from ..records import CollectionRecord, MessageRecord, SessionRecord
from . import statements as q
from .codec import decode, decoder, message_row, session_row
from .connections import Connections
from .decoded import Decoded
from .schema import controls
from .text import without_nul

__all__ = ["Conversations"]

R = TypeVar("R")
_collection = decoder(CollectionRecord)
# Bodies' bytes each process keeps decoded: about 2,700 messages of real answers (10.6 MiB of memory,
# by tracemalloc) and 4,000 sessions (5.1 MiB).
_MESSAGES_HELD, _SESSIONS_HELD = 8 * 2**20, 2 * 2**20
# Whether each read of a page insists on one moment's state: a page whose rows changed between its two
# queries is read again, and the third read is taken as the rows then are.
_ATTEMPTS = (True, True, False)


@dataclass(frozen=True)
class _Rows(Generic[R]):
    """One kind of record held decoded, and the statements that fetch its rows whole."""

    held: Decoded[R]
    by_ids: Any  # (id, rev, body) of a list of ids, in one statement (PostgreSQL)
    by_id: Any  # (rev, body) of one id


def _collections(rows: list[Any]) -> dict[str, CollectionRecord]:
    """The collections of rows ending in (collection id, collection body), each decoded once."""
    found: dict[str, CollectionRecord] = {}
    for *_, cid, body in rows:
        if cid is not None and cid not in found:  # sessions of a page mostly share one
            found[cid] = _collection(body)
    return found


class Conversations(Connections):
    """Users, sessions, messages and ids, on SQL."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self._sessions = _Rows(Decoded(SessionRecord, _SESSIONS_HELD), q.SESSIONS_BY_IDS, q.SESSION_REVISION)
        self._messages = _Rows(Decoded(MessageRecord, _MESSAGES_HELD), q.MESSAGES_BY_IDS, q.MESSAGE_REVISION)

    def _forget_decoded(self) -> None:
        """Drop what is held decoded (every row was just written anew)."""
        self._sessions.held.clear()
        self._messages.held.clear()

    def _bodies(self, kind: _Rows[R], missing: list[str]) -> Iterator[tuple[str, int, bytes]]:
        """(id, rev, body) of the rows of ``missing`` that exist (a list: PostgreSQL takes it as an array)."""
        if self._fast.round_trips:
            yield from self._fast.rows(kind.by_ids, {"p_ids": missing})
            return
        for record_id in missing:  # in process, a query by key costs less than one that lists keys
            for rev, body in self._fast.rows(kind.by_id, {"p_id": record_id}):
                yield record_id, rev, body

    def _records(self, kind: _Rows[R], named: Sequence[Any], exact: bool) -> list[R] | None:
        """The records of a page's (id, rev) rows: held ones, and the others fetched and decoded.

        ``exact``: None when a row changed or went since the page was read, so the caller reads the page
        again and gets one moment's state; otherwise rows are taken as they are now, the gone left out.
        """
        found, missing = kind.held.known(named)
        if not missing:
            return list(found.values())  # in the page's order: filled in it
        for record_id, rev, body in self._bodies(kind, list(missing)):
            if rev == missing[record_id] or not exact:
                found[record_id] = kind.held.add(record_id, rev, body)
        if exact and len(found) < len(named):
            return None
        return [found[row[0]] for row in named if row[0] in found]

    def _consistent(
        self, kind: _Rows[R], read: Callable[[], list[Any]], named: Callable[[list[Any]], Sequence[Any]]
    ) -> tuple[list[Any], list[R]]:
        """The rows ``read`` returns, and the records of the (id, rev, ...) rows ``named`` picks from them."""
        for exact in _ATTEMPTS:
            rows = read()
            records = self._records(kind, named(rows), exact)
            if records is not None:
                return rows, records
        raise AssertionError("the last attempt takes the rows as they are")  # pragma: no cover

    def _page(self, kind: _Rows[R], statement: Any, params: dict[str, Any]) -> list[R]:
        """The records of a page whose statement returns (id, rev) rows."""
        return self._consistent(kind, lambda: self._fast.rows(statement, params), lambda rows: rows)[1]

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

    def has_user(self, username: str) -> bool:
        """Whether some token authenticates as ``username``."""
        return self._fast.scalar(q.USER_TOKEN, {"p_username": username}) is not None

    # ---------------------------------------------------------------- sessions
    def _hold_session(self, session: SessionRecord, row: dict[str, Any]) -> None:
        self._sessions.held.hold(session.id, row["rev"], session, len(row["body"]))

    def add_session(self, session: SessionRecord) -> None:
        """Insert a session."""
        row = session_row(session)
        try:
            self._fast.rows(q.INSERT_SESSION, q.params(row))
        except self._fast.integrity_error:
            raise DuplicateId(f"chat session {session.id} exists") from None
        self._hold_session(session, row)

    def save_session(self, session: SessionRecord) -> None:
        """Replace a session."""
        row = session_row(session)
        self._fast.rows(q.UPDATE_SESSION, q.params(row))
        self._hold_session(session, row)

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
        page = {"p_owner": owner, **q.window(offset, limit)}
        return self._page(self._sessions, q.SESSIONS_OF_OWNER, page)

    def get_session_with_collection(
        self, session_id: str
    ) -> tuple[SessionRecord, CollectionRecord | None] | None:
        """Return a session and the collection it is on (None if it has none, or it is gone)."""
        found = self._fast.rows(q.SESSION_WITH_COLLECTION, {"p_id": session_id})
        if not found:
            return None
        (body, cid, _), collections = found[0], _collections(found)
        return decode(body, SessionRecord), None if cid is None else collections[cid]

    def list_sessions_with_collections(
        self, owner: str, offset: int, limit: int
    ) -> list[tuple[SessionRecord, CollectionRecord | None]]:
        """Return ``list_sessions``'s page, each session with the collection it is on."""
        if not self._fast.round_trips:
            found = self.list_sessions(owner, offset, limit)
            ids = {s.collection_id for s in found if s.collection_id is not None}
            collections = {cid: self._by_id(q.COLLECTION, cid, CollectionRecord) for cid in ids}
            return [(s, collections[s.collection_id] if s.collection_id else None) for s in found]
        page = {"p_owner": owner, **q.window(offset, limit)}
        rows, sessions = self._consistent(
            self._sessions, lambda: self._fast.rows(q.SESSIONS_OF_OWNER_WITH_COLLECTIONS, page), lambda r: r
        )
        on, cids = _collections(rows), {sid: cid for sid, _, cid, _ in rows}
        # ``cids`` is keyed by the id column, which holds an id as statements take it (text.py), not as the
        # session's body does.
        on_ids = [cids[without_nul(s.id)] for s in sessions]
        return [(s, None if cid is None else on[cid]) for s, cid in zip(sessions, on_ids, strict=True)]

    def count_sessions(self, owner: str) -> int:
        """Return how many sessions the owner has."""
        return int(self._fast.scalar(q.COUNT_OF_OWNER, {"p_owner": owner}))

    def list_collection_sessions(
        self, collection_id: str, owner: str | None, offset: int, limit: int
    ) -> list[SessionRecord]:
        """Return a page of the sessions on a collection (of one owner, or all), newest-updated first."""
        page = {"p_collection_id": collection_id, "p_owner": owner, **q.window(offset, limit)}
        statement = q.SESSIONS_ON_COLLECTION if owner is None else q.SESSIONS_ON_COLLECTION_OF_OWNER
        return self._page(self._sessions, statement, page)

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
        rows = [message_row(m) for m in messages]
        updated = None if session is None else (session, session_row(session))
        try:
            with self._fast.transaction():
                self._fast.many(q.INSERT_MESSAGE, [q.params(row) for row in rows])
                if updated is not None:
                    self._fast.rows(q.UPDATE_SESSION, q.params(updated[1]))
        except self._fast.integrity_error:
            raise DuplicateId(f"a chat message of {[m.id for m in messages]} exists") from None
        self._hold_written(messages, rows, updated)

    def save_message(self, message: MessageRecord, session: SessionRecord | None = None) -> None:
        """Replace a message (it keeps its place) and ``session``, in one transaction."""
        row = message_row(message)
        updated = None if session is None else (session, session_row(session))
        with self._fast.transaction():
            self._fast.rows(q.UPDATE_MESSAGE, q.params({k: row[k] for k in ("id", "rev", "body")}))
            if updated is not None:
                self._fast.rows(q.UPDATE_SESSION, q.params(updated[1]))
        self._hold_written([message], [row], updated)

    def _hold_written(
        self,
        messages: Sequence[MessageRecord],
        rows: Sequence[dict[str, Any]],
        updated: tuple[SessionRecord, dict[str, Any]] | None,
    ) -> None:
        """Hold what a write committed: the next page that names it needs no decoding."""
        for message, row in zip(messages, rows, strict=True):
            self._messages.held.hold(message.id, row["rev"], message, len(row["body"]))
        if updated is not None:
            self._hold_session(*updated)

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
        page = {"p_session_id": session_id, **q.window(offset, limit)}
        return self._page(self._messages, q.MESSAGES_PAGE, page)

    def get_session_with_messages(
        self, session_id: str, offset: int, limit: int
    ) -> tuple[SessionRecord, list[MessageRecord]] | None:
        """Return a session and ``list_messages``'s page of it, in one read."""
        if not self._fast.round_trips:
            session = self.get_session(session_id)
            return None if session is None else (session, self.list_messages(session_id, offset, limit))
        page = {"p_session_id": session_id, **q.window(offset, limit)}
        # The session's row first (part 0), then the page's messages newest first.
        rows, messages = self._consistent(
            self._messages,
            lambda: sorted(self._fast.rows(q.SESSION_WITH_MESSAGES, page), key=lambda r: (r[0], -r[1])),
            lambda rows: [r[2:] for r in rows if r[0] == 1],
        )
        if not rows or rows[0][0] != 0:
            return None  # no session row: there is no such session
        _, _, sid, rev, body = rows[0]
        session = self._sessions.held.get(sid, rev)
        if session is None:
            session = self._sessions.held.add(sid, rev, body)
        return session, messages

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
