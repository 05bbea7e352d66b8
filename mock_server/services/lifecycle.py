"""A chat session's lifecycle: archive and unarchive (admins), expiry dates, keep-forever, guardrails."""

from __future__ import annotations

import datetime as dt

from msgspec.structs import replace

from ..access import is_admin
from ..clock import Clock
from ..errors import BadRequest, Forbidden, NotFound
from ..settings import Settings
from ..store import SessionRecord, Store
from ..wire import ArchivedChatSessions, ChatSession, GuardrailsSettings
from .access import own_session, readable_collection
from .expiry import parse_expiry
from .views import session_views

__all__ = ["ARCHIVED_SORT_COLUMNS", "LifecycleService"]

ARCHIVED_SORT_COLUMNS = ("name", "updated_at", "archived_at", "username", "collection_name")


class LifecycleService:
    """Archive, expiry and keep-forever of chat sessions, as the vendor SDK's docstrings describe."""

    def __init__(self, store: Store, clock: Clock, settings: Settings) -> None:
        self._store = store
        self._clock = clock
        self._admins = settings.admins

    def archive(self, user: str, session_id: str) -> None:
        """Admin-only: archive a session, clearing its expiry date and keep-forever."""
        session = self._as_admin(user, session_id)
        if session.archived_at is None:
            now = self._clock.now()
            self._store.save_session(
                replace(session, archived_at=now, expiry_date=None, expiry_timezone=None, keep_forever=False)
            )

    def unarchive(self, user: str, session_id: str) -> None:
        """Admin-only: make an archived session active again (the global inactivity interval applies)."""
        session = self._as_admin(user, session_id)
        if session.archived_at is not None:
            self._store.save_session(replace(session, archived_at=None))

    def archived(
        self, user: str, text: str | None, sort_column: str, ascending: bool, offset: int, limit: int
    ) -> ArchivedChatSessions:
        """Admin-only: a page of every user's archived sessions, filtered by name, id, collection name or
        username, and how many match."""
        self._require_admin(user)
        if sort_column not in ARCHIVED_SORT_COLUMNS:
            raise BadRequest(f"sort_column must be one of {', '.join(ARCHIVED_SORT_COLUMNS)}")
        views = session_views(self._store, self._store.list_archived_sessions())
        if text:
            needle = text.lower()
            views = [v for v in views if needle in " ".join(_searchable(v)).lower()]
        views.sort(key=lambda v: v.id, reverse=not ascending)
        views.sort(key=lambda v: _sort_key(v, sort_column), reverse=not ascending)
        return ArchivedChatSessions(items=views[offset : offset + limit], total=len(views))

    def set_expiry(self, user: str, session_id: str, day: dt.date, timezone: str | None) -> None:
        """Expire a session at the start of ``day`` in ``timezone`` (UTC if None); keep-forever is cleared."""
        session = own_session(self._store, user, session_id)
        expiry = parse_expiry(day.isoformat(), timezone)
        self._store.save_session(
            replace(session, expiry_date=expiry, expiry_timezone=timezone, keep_forever=False)
        )

    def clear_expiry(self, user: str, session_id: str) -> None:
        """Remove a session's expiry date."""
        session = own_session(self._store, user, session_id)
        self._store.save_session(replace(session, expiry_date=None, expiry_timezone=None))

    def keep_forever(self, user: str, session_id: str, keep: bool) -> None:
        """Keep a session out of expiry (its expiry date is cleared), or give it the inactivity interval."""
        session = own_session(self._store, user, session_id)
        if keep:
            session = replace(session, expiry_date=None, expiry_timezone=None)
        self._store.save_session(replace(session, keep_forever=keep))

    def guardrails(self, user: str, session_id: str) -> GuardrailsSettings | None:
        """The guardrails of the session's collection (None: no collection, or none configured)."""
        session = own_session(self._store, user, session_id)
        collection = readable_collection(self._store, user, session.collection_id)
        return collection.settings.guardrails_settings if collection is not None else None

    def _require_admin(self, user: str) -> None:
        if not is_admin(user, self._admins):
            raise Forbidden(f"Only an admin may do this; {user} is not one")

    def _as_admin(self, user: str, session_id: str) -> SessionRecord:
        self._require_admin(user)
        session = self._store.get_session(session_id)
        if session is None:
            raise NotFound(f"Chat session {session_id} not found")
        return session


def _searchable(view: ChatSession) -> tuple[str, ...]:
    return tuple(v or "" for v in (view.name, view.id, view.collection_name, view.username))


def _sort_key(view: ChatSession, column: str) -> str:
    # Times sort as their ISO text (all UTC); a null sorts as the empty string.
    value = {
        "name": view.name,
        "updated_at": view.updated_at,
        "archived_at": view.archived_at,
        "username": view.username,
        "collection_name": view.collection_name,
    }[column]
    return value.isoformat() if isinstance(value, dt.datetime) else (value or "")
