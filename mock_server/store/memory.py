"""The default backend: dictionaries plus sorted indexes, so pages never scan the whole store."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TypeVar

from sortedcontainers import SortedList

from ..access import may_read
from .base import DuplicateId, Snapshot
from .memory_documents import DocumentTables
from .memory_jobs import JobTables
from .memory_sessions import SessionKey, SessionReads
from .memory_templates import TemplateTables
from .memory_uploads import UploadTables
from .ordering import collection_filter, sort_page
from .queries import CollectionQuery
from .records import CollectionRecord, DocumentRecord, MessageRecord, SessionRecord

__all__ = ["InMemoryStore"]

_K = TypeVar("_K")


def _session_key(session: SessionRecord) -> SessionKey:
    # Sorting on (-timestamp, id) gives newest first with a stable, deterministic tie-break.
    return (-session.updated_at.timestamp(), session.id)


class InMemoryStore(SessionReads, TemplateTables, JobTables, UploadTables, DocumentTables):
    """A ``Store`` held in process memory; fast, and gone when the process ends.

    Records are immutable, so it hands out what it holds; every method runs without yielding to the
    event loop, so each is atomic.
    """

    blocking = False

    def __init__(self) -> None:
        self._clear()

    def close(self) -> None:
        """Nothing to let go of: the data lives as long as the store object."""

    def _clear(self) -> None:
        self._ids = 0
        self._tokens: dict[str, str] = {}
        self._sessions: dict[str, SessionRecord] = {}
        self._sessions_by_owner: defaultdict[str, SortedList[SessionKey]] = defaultdict(SortedList)
        # Keyed by (collection_id, owner) and by (collection_id, None) for all owners.
        self._sessions_by_collection: defaultdict[tuple[str, str | None], SortedList[SessionKey]] = (
            defaultdict(SortedList)
        )
        self._messages: dict[str, MessageRecord] = {}
        self._messages_by_session: defaultdict[str, list[str]] = defaultdict(list)
        self._documents: dict[str, DocumentRecord] = {}
        self._collections: dict[str, CollectionRecord] = {}
        self._controls: dict[str, str] = {}
        self._clear_templates()
        self._clear_jobs()
        self._clear_uploads()

    # ---------------------------------------------------------------- the whole state
    def snapshot(self) -> Snapshot:
        """Return everything, for an export."""
        return Snapshot(
            users=tuple((username, token) for token, username in self._tokens.items()),
            templates=tuple(self._templates.values()),
            documents=tuple(self._documents.values()),
            collections=tuple(self._collections.values()),
            sessions=tuple(self._sessions.values()),
            messages=tuple(
                self._messages[m] for s in self._sessions for m in self._messages_by_session.get(s, ())
            ),
            scripts=tuple(self._scripts.values()),
            groups=tuple(self._groups.values()),
            jobs=tuple(self._jobs.values()),
            uploads=tuple(self._uploads.values()),
            ids_drawn=self._ids,
        )

    def replace_all(self, snapshot: Snapshot) -> None:
        """Replace everything by ``snapshot``."""
        self._clear()
        for username, token in snapshot.users:
            self.add_user(username, token)
        for template in snapshot.templates:
            self.add_template(template)
        for document in snapshot.documents:
            self.add_document(document)
        for collection in snapshot.collections:
            self.add_collection(collection)
        for session in snapshot.sessions:
            self.add_session(session)
        self.add_messages(snapshot.messages)
        for script in snapshot.scripts:
            self.add_script(script)
        for group in snapshot.groups:
            self.add_group(group)
        for job in snapshot.jobs:
            self.add_job(job)
        for upload in snapshot.uploads:
            self.add_upload(upload)
        self._ids = snapshot.ids_drawn

    def claim_id(self) -> int:
        """Claim the next position of the id sequence."""
        claimed = self._ids
        self._ids += 1
        return claimed

    # ---------------------------------------------------------------- users
    def add_user(self, username: str, token: str) -> None:
        """Let ``token`` authenticate as ``username``."""
        self._tokens[token] = username

    def user_for_token(self, token: str) -> str | None:
        """Return the user a bearer token belongs to."""
        return self._tokens.get(token)

    def has_user(self, username: str) -> bool:
        """Whether some token authenticates as ``username``."""
        return username in self._tokens.values()

    # ---------------------------------------------------------------- sessions
    def add_session(self, session: SessionRecord) -> None:
        """Insert a session."""
        if session.id in self._sessions:
            raise DuplicateId(f"chat session {session.id} exists")
        self._sessions[session.id] = session
        self._index_session(session)

    def save_session(self, session: SessionRecord) -> None:
        """Replace a session, moving it in the owner's and collection's order."""
        old = self._sessions.get(session.id)
        if old is None:
            return
        self._unindex_session(old)
        self._sessions[session.id] = session
        self._index_session(session)

    def _index_session(self, session: SessionRecord) -> None:
        # Archived sessions leave their owner's and collection's lists and counts.
        if session.archived_at is not None:
            return
        key = _session_key(session)
        self._sessions_by_owner[session.owner].add(key)
        if session.collection_id is not None:
            self._sessions_by_collection[session.collection_id, None].add(key)
            self._sessions_by_collection[session.collection_id, session.owner].add(key)

    def _unindex_session(self, old: SessionRecord) -> None:
        if old.archived_at is not None:
            return
        key = _session_key(old)
        _discard(self._sessions_by_owner, old.owner, key)
        if old.collection_id is not None:
            _discard(self._sessions_by_collection, (old.collection_id, None), key)
            _discard(self._sessions_by_collection, (old.collection_id, old.owner), key)

    def get_session(self, session_id: str) -> SessionRecord | None:
        """Return a session by id."""
        return self._sessions.get(session_id)

    def delete_session(self, session_id: str) -> None:
        """Delete a session and its messages."""
        old = self._sessions.pop(session_id, None)
        if old is not None:
            self._unindex_session(old)
        for message_id in self._messages_by_session.pop(session_id, []):
            del self._messages[message_id]

    def count_sessions(self, owner: str) -> int:
        """Return how many sessions the owner has."""
        return len(self._sessions_by_owner.get(owner, ()))

    def list_collection_sessions(
        self, collection_id: str, owner: str | None, offset: int, limit: int
    ) -> list[SessionRecord]:
        """Return a page of the sessions on a collection (of one owner, or all), newest-updated first."""
        keys = self._sessions_by_collection.get((collection_id, owner))
        return [self._sessions[sid] for _, sid in keys[offset : offset + limit]] if keys else []

    def count_collection_sessions(self, collection_id: str, owner: str | None = None) -> int:
        """Return how many sessions use a collection (of one owner, or all)."""
        return len(self._sessions_by_collection.get((collection_id, owner), ()))

    def list_archived_sessions(self) -> list[SessionRecord]:
        """Return every archived session, in the order added."""
        return [s for s in self._sessions.values() if s.archived_at is not None]

    # ---------------------------------------------------------------- messages
    def add_messages(self, messages: Sequence[MessageRecord], session: SessionRecord | None = None) -> None:
        """Append messages to their sessions and replace ``session``."""
        for message in messages:
            if message.id in self._messages:
                raise DuplicateId(f"chat message {message.id} exists")
        for message in messages:
            self._messages[message.id] = message
            self._messages_by_session[message.session_id].append(message.id)
        if session is not None:
            self.save_session(session)

    def save_message(self, message: MessageRecord, session: SessionRecord | None = None) -> None:
        """Replace a message (it keeps its place in its session's history) and ``session``."""
        if message.id in self._messages:
            self._messages[message.id] = message
        if session is not None:
            self.save_session(session)

    def delete_messages(self, message_ids: Sequence[str], session: SessionRecord | None = None) -> None:
        """Delete messages (unknown ids are skipped) and replace ``session``."""
        for message_id in message_ids:
            message = self._messages.pop(message_id, None)
            if message is not None:
                self._messages_by_session[message.session_id].remove(message_id)
        if session is not None:
            self.save_session(session)

    def get_message(self, message_id: str) -> MessageRecord | None:
        """Return a message by id."""
        return self._messages.get(message_id)

    def count_messages(self, session_id: str) -> int:
        """Return how many messages a session has."""
        return len(self._messages_by_session.get(session_id, ()))

    # ---------------------------------------------------------------- documents
    def add_document(self, document: DocumentRecord) -> None:
        """Insert a document."""
        if document.id in self._documents:
            raise DuplicateId(f"document {document.id} exists")
        self._documents[document.id] = document

    def get_document(self, document_id: str) -> DocumentRecord | None:
        """Return a document by id."""
        return self._documents.get(document_id)

    def in_readable_collection(self, user: str, document_id: str) -> bool:
        """Whether a collection ``user`` may read holds the document."""
        groups = self._group_ids(user)
        return any(
            document_id in c.document_ids and may_read(user, c, groups) for c in self._collections.values()
        )

    # ---------------------------------------------------------------- collections
    def add_collection(self, collection: CollectionRecord) -> None:
        """Insert a collection."""
        if collection.id in self._collections:
            raise DuplicateId(f"collection {collection.id} exists")
        self._collections[collection.id] = collection

    def save_collection(self, collection: CollectionRecord) -> None:
        """Replace a collection."""
        if collection.id in self._collections:
            self._collections[collection.id] = collection

    def get_collection(self, collection_id: str) -> CollectionRecord | None:
        """Return a collection by id."""
        return self._collections.get(collection_id)

    def delete_collection(self, collection_id: str) -> None:
        """Delete a collection with its sessions and the owner's documents no other collection holds."""
        collection = self._collections.pop(collection_id, None)
        if collection is None:
            return
        on_it = [s.id for s in self._sessions.values() if s.collection_id == collection_id]
        for session_id in on_it:
            self.delete_session(session_id)
        owner, groups = collection.owner, self._group_ids(collection.owner)
        held = {d for c in self._collections.values() if may_read(owner, c, groups) for d in c.document_ids}
        for document_id in collection.document_ids:
            document = self._documents.get(document_id)
            if document is not None and document.owner == owner and document_id not in held:
                del self._documents[document_id]

    def list_collections(self, query: CollectionQuery, offset: int, limit: int) -> list[CollectionRecord]:
        """Return a page of the collections the query selects, in its order."""
        found = list(
            filter(collection_filter(query, self._group_ids(query.user)), self._collections.values())
        )
        return sort_page(found, query.sort_column, query.ascending, offset, limit, lambda c: c.name)

    def count_collections(self, query: CollectionQuery) -> int:
        """Return how many collections the query selects."""
        keep = collection_filter(query, self._group_ids(query.user))
        return sum(1 for _ in filter(keep, self._collections.values()))

    # ---------------------------------------------------------------- answers in flight
    def set_control(self, question_id: str, action: str) -> None:
        """Record the latest control given to the answer of ``question_id``."""
        self._controls[question_id] = action

    def control_of(self, question_id: str) -> str | None:
        """The latest control given to the answer of ``question_id``, if any."""
        return self._controls.get(question_id)


def _discard(index: defaultdict[_K, SortedList[SessionKey]], key: _K, value: SessionKey) -> None:
    """Take ``value`` out of an index entry, and the entry out of the index once it is empty."""
    entry = index.get(key)
    if entry is not None:
        entry.discard(value)
        if not entry:
            del index[key]
