"""A collection's 1.7.5 lifecycle: archive, expiry, inactivity, chat expiry, size limit, workspace,
metadata, prompt settings, and the admins' list of every collection."""

from __future__ import annotations

from collections.abc import Collection as Names
from typing import Any

from msgspec.structs import replace

from ..access import is_admin
from ..clock import Clock
from ..errors import Conflict, Forbidden
from ..store import CollectionQuery, CollectionRecord, SortColumn, Store
from ..wire import Collection
from .access import own_collection, visible_collection
from .expiry import parse_expiry
from .limits import collection_bytes, parse_size
from .views import collection_view

__all__ = ["CollectionLifecycle"]


class CollectionLifecycle:
    """Operations on a collection's lifecycle fields; only its owner may change them."""

    def __init__(self, store: Store, clock: Clock, admins: Names[str]) -> None:
        self._store = store
        self._clock = clock
        self._admins = admins

    def archive(self, user: str, collection_id: str) -> None:
        """Mark the collection archived; it keeps its documents and sessions."""
        collection = own_collection(self._store, user, collection_id)
        if collection.archived_at is None:
            self._save(replace(collection, archived_at=self._clock.now()))

    def unarchive(self, user: str, collection_id: str) -> None:
        """Make an archived collection active again."""
        self._save(replace(own_collection(self._store, user, collection_id), archived_at=None))

    def set_expiry(self, user: str, collection_id: str, expiry: str, timezone: str | None) -> None:
        """Set when the collection expires."""
        collection = own_collection(self._store, user, collection_id)
        when = parse_expiry(expiry, timezone)
        self._save(replace(collection, expiry_date=when, expiry_timezone=timezone or None))

    def clear_expiry(self, user: str, collection_id: str) -> None:
        """Remove the collection's expiry date."""
        collection = own_collection(self._store, user, collection_id)
        self._save(replace(collection, expiry_date=None, expiry_timezone=None))

    def set_inactivity(self, user: str, collection_id: str, days: int | None) -> None:
        """Set (or, with None, remove) the days of inactivity after which the collection expires."""
        collection = own_collection(self._store, user, collection_id)
        self._save(replace(collection, inactivity_interval=days))

    def set_exempt(self, user: str, collection_id: str, exempt: bool) -> None:
        """Exempt the collection's chat sessions from auto-expiry, or not."""
        collection = own_collection(self._store, user, collection_id)
        self._save(replace(collection, exempt_from_chat_expiry=exempt))

    def set_size_limit(self, user: str, collection_id: str, size_limit: str | None) -> None:
        """Limit the bytes of documents the collection may hold (None: no limit); a limit below what it
        holds already is refused."""
        collection = own_collection(self._store, user, collection_id)
        limit = None if size_limit is None else parse_size(size_limit)
        held = collection_bytes(self._store, collection.document_ids)
        if limit is not None and held > limit:
            raise Conflict(f"Collection {collection_id} already holds {held} bytes, more than {limit}")
        self._save(replace(collection, size_limit=limit))

    def set_workspace(self, user: str, collection_id: str, workspace: str) -> None:
        """Move the collection, and every chat session on it, to a workspace."""
        collection = own_collection(self._store, user, collection_id)
        total = self._store.count_collection_sessions(collection_id)
        for session in self._store.list_collection_sessions(collection_id, None, 0, total):
            self._store.save_session(replace(session, workspace=workspace))
        self._save(replace(collection, workspace=workspace))

    def metadata(self, user: str, collection_id: str) -> dict[str, Any]:
        """Return the collection's metadata ({} when it has none)."""
        return dict(visible_collection(self._store, user, collection_id).metadata or {})

    def set_metadata(self, user: str, collection_id: str, metadata: dict[str, Any] | None) -> None:
        """Replace the collection's metadata whole (no body: empty)."""
        collection = own_collection(self._store, user, collection_id)
        self._save(replace(collection, metadata=dict(metadata or {})))

    def reset_prompt_settings(self, user: str, collection_id: str) -> None:
        """Drop the collection's prompt template, so its sessions fall back to the default."""
        collection = own_collection(self._store, user, collection_id)
        self._save(replace(collection, prompt_template_id=None))

    def list_all(
        self,
        user: str,
        offset: int,
        limit: int,
        sort_column: SortColumn,
        ascending: bool,
        text: str | None,
    ) -> list[Collection]:
        """Return a page of every user's collections, archived ones too (admins only)."""
        if not is_admin(user, self._admins):
            raise Forbidden("Listing every user's collections is for admins only")
        query = CollectionQuery(
            user=user, everyone=True, text=text or None, sort_column=sort_column, ascending=ascending
        )
        found = self._store.list_collections(query, offset, limit)
        return [collection_view(self._store, c, c.owner) for c in found]

    def _save(self, collection: CollectionRecord) -> None:
        self._store.save_collection(replace(collection, updated_at=self._clock.now()))
