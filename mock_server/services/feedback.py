"""Question/answer feedback: what users said about answers (a vote, an expected answer, a comment)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator

from msgspec.structs import replace

from ..clock import Clock
from ..errors import BadRequest
from ..store import MessageRecord, SessionRecord, Store
from ..wire import Count, QAFeedback
from .access import visible_collection, visible_message
from .models import ModelService

__all__ = ["FeedbackFilter", "FeedbackService", "has_feedback", "parse_interval"]

# The spec's pattern, exactly (ASCII digits, spaces, lower case), so the server is as strict as the spec.
_INTERVAL = re.compile(r"^ *([0-9]{1,6}) *(minute|hour|day|week|month|year)s? *$")
_UNIT_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}


def parse_interval(text: str) -> dt.timedelta:
    """A time interval as the vendor writes it ("7 days", "1 year"); anything else is a 400."""
    match = _INTERVAL.match(text)
    if match is None:
        raise BadRequest(f"interval must be like '7 days' or '1 year', got {text!r}")
    # At most 6 digits (the spec's pattern): never more days than a timedelta holds.
    return dt.timedelta(days=int(match.group(1)) * _UNIT_DAYS[match.group(2)])


class FeedbackFilter:
    """Which feedbacks a list or count selects: by the session's collection, none, or answer age."""

    def __init__(self, collection_id: str | None, interval: str | None, no_collection: bool) -> None:
        self.collection_id = collection_id
        self.since = parse_interval(interval) if interval is not None else None
        self.no_collection = no_collection

    def admits(self, session: SessionRecord, reply: MessageRecord, now: dt.datetime) -> bool:
        """Whether the answer ``reply`` of ``session`` is selected."""
        if self.no_collection and session.collection_id is not None:
            return False
        if self.collection_id is not None and session.collection_id != self.collection_id:
            return False
        if self.since is None:
            return True
        try:
            return reply.created_at >= now - self.since
        except OverflowError:  # further back than datetime goes: every answer is younger
            return True


def has_feedback(message: MessageRecord) -> bool:
    """An answer has feedback once voted (not 0) or commented on."""
    return message.reply_to is not None and (
        message.votes != 0 or message.expected_answer is not None or message.user_comment is not None
    )


class FeedbackService:
    """Feedback on the caller's answers: given, listed newest answer first, and counted."""

    def __init__(self, store: Store, clock: Clock, models: ModelService) -> None:
        self._store = store
        self._clock = clock
        self._models = models

    def update(self, user: str, answer_id: str, expected_answer: str, user_comment: str) -> None:
        """Record what the user expected of one of their answers and why; its vote is left as it is."""
        message = visible_message(self._store, user, answer_id)
        if message.reply_to is None:
            raise BadRequest(f"Chat message {answer_id} is a question; feedback is given on answers")
        self._store.save_message(replace(message, expected_answer=expected_answer, user_comment=user_comment))

    def page(self, user: str, selected: FeedbackFilter, offset: int, limit: int) -> list[QAFeedback]:
        """A page of the user's answers with feedback, newest first."""
        self._check(user, selected)
        found = sorted(self._matching(user, selected), key=lambda p: (p[1].created_at, p[1].id), reverse=True)
        return [self._view(session, reply) for session, reply in found[offset : offset + limit]]

    def count(self, user: str, selected: FeedbackFilter) -> Count:
        """How many of the user's answers with feedback the filter selects."""
        self._check(user, selected)
        return Count(count=sum(1 for _ in self._matching(user, selected)))

    def _check(self, user: str, selected: FeedbackFilter) -> None:
        # Filtering by a collection the caller cannot see is a 404, as for every other read of it.
        if selected.collection_id is not None:
            visible_collection(self._store, user, selected.collection_id)

    def _matching(self, user: str, selected: FeedbackFilter) -> Iterator[tuple[SessionRecord, MessageRecord]]:
        now = self._clock.now()
        for session in self._store.list_sessions(user, 0, self._store.count_sessions(user)):
            history = self._store.list_messages(session.id, 0, self._store.count_messages(session.id))
            for message in history:
                if has_feedback(message) and selected.admits(session, message, now):
                    yield session, message

    def _view(self, session: SessionRecord, reply: MessageRecord) -> QAFeedback:
        question = self._store.get_message(reply.reply_to) if reply.reply_to else None
        collection = self._store.get_collection(session.collection_id) if session.collection_id else None
        meta = dict(reply.meta)
        template = _json(meta.get("prompt_template"))
        return QAFeedback(
            question_content=question.content if question else "",
            reply_content=reply.content,
            question_id=reply.reply_to or "",
            reply_id=reply.id,
            votes=reply.votes,
            response_created_at_time=reply.created_at.isoformat(),
            llm=str(_json(meta.get("usage_stats")).get("llm") or self._models.default_llm),
            collection_documents=sorted({r.document_name for r in reply.references}),
            expected_answer=reply.expected_answer,
            user_comment=reply.user_comment,
            collection_id=collection.id if collection else None,
            collection_name=collection.name if collection else None,
            prompt_template_id=template.get("id"),
            chat_session_id=session.id,
            voted_user_id=session.owner,
            voted_username=session.owner,
        )


def _json(content: str | None) -> dict[str, str]:
    try:
        value = json.loads(content) if content else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
