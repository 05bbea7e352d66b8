"""Changes to a chat history: votes on messages, deleting messages, and forking a session."""

from __future__ import annotations

from collections.abc import Sequence

from msgspec.structs import replace

from ..clock import Clock, IdFactory
from ..errors import BadRequest, Conflict
from ..store import MessageRecord, SessionRecord, Store
from ..wire import ChatSession
from .access import own_session, visible_message
from .id_lists import split_ids
from .views import session_view

__all__ = ["VOTE_VALUES", "HistoryService"]

# 0 unvoted, 1 like, -1 dislike: the vendor's documented values; anything else is refused.
VOTE_VALUES = (-1, 0, 1)


class HistoryService:
    """Votes, deletions and forks on the caller's chat histories."""

    def __init__(self, store: Store, clock: Clock, ids: IdFactory) -> None:
        self._store = store
        self._clock = clock
        self._ids = ids

    def set_votes(self, user: str, message_id: str, votes: int) -> None:
        """Set a message's vote to ``votes`` (not a counter: the same vote twice leaves it as it is)."""
        if votes not in VOTE_VALUES:
            raise BadRequest(f"votes must be one of {VOTE_VALUES}, got {votes}")
        message = visible_message(self._store, user, message_id)
        self._store.save_message(replace(message, votes=votes))

    def delete_messages(self, user: str, raw_ids: str) -> None:
        """Delete some of the user's messages; a question takes its answer with it.

        All or nothing: an id that is not one of the user's messages refuses the whole request with 404.
        """
        found = [visible_message(self._store, user, message_id) for message_id in split_ids(raw_ids)]
        for session_id in dict.fromkeys(m.session_id for m in found):
            self._delete_in_session(session_id, {m.id for m in found if m.session_id == session_id})

    def _delete_in_session(self, session_id: str, chosen: set[str]) -> None:
        session = self._store.get_session(session_id)
        history = self._store.list_messages(session_id, 0, self._store.count_messages(session_id))
        doomed = [m.id for m in history if m.id in chosen or m.reply_to in chosen]
        remaining = [m for m in history if m.id not in doomed]  # newest first
        if session is not None:
            latest = remaining[0].content if remaining else None
            session = replace(session, latest_message_content=latest, updated_at=self._clock.now())
        self._store.delete_messages(doomed, session)

    def fork(self, user: str, session_id: str, message_id: str | None) -> ChatSession:
        """Copy the session's messages, oldest first up to and including ``message_id`` (all if None),
        into a new session of the user's, with new ids; references, metadata and errors are kept."""
        source = own_session(self._store, user, session_id)
        history = self._store.list_messages(session_id, 0, self._store.count_messages(session_id))
        history.reverse()  # oldest first
        if message_id is not None:
            ends = [i for i, m in enumerate(history) if m.id == message_id]
            if not ends:
                raise Conflict(f"Chat message {message_id} not found in chat session {session_id}")
            history = history[: ends[0] + 1]
        now = self._clock.now()
        fork = SessionRecord(
            id=self._ids.new(),
            owner=user,
            name=source.name,
            collection_id=source.collection_id,
            prompt_template_id=source.prompt_template_id,
            workspace=source.workspace,
            created_at=now,
            updated_at=now,
            latest_message_content=history[-1].content if history else None,
        )
        self._store.add_session(fork)
        self._store.add_messages(self._copies(history, fork.id), fork)
        return session_view(self._store, fork)

    def _copies(self, history: Sequence[MessageRecord], session_id: str) -> list[MessageRecord]:
        """New messages for the fork: new ids, answers pointing at the new questions; votes and feedback,
        a judgement of the original answer, are not copied."""
        new_ids = {m.id: self._ids.new() for m in history}
        return [
            replace(
                m,
                id=new_ids[m.id],
                session_id=session_id,
                reply_to=new_ids.get(m.reply_to, m.reply_to) if m.reply_to else None,
                votes=0,
                expected_answer=None,
                user_comment=None,
            )
            for m in history
        ]
