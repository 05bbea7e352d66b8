"""The storage interface: snapshots in, snapshots out, and queries that filter, sort, page and count.

The interface is synchronous on purpose. The in-memory backend answers in well under a microsecond, and
an ``async`` interface would make every service and view a coroutine and cost each request a chain of
awaits for nothing. A backend that waits on a network says so with ``blocking``; the API then runs the
whole service call in a worker thread, so the event loop never waits on the database, and one request's
store calls run back to back on one connection.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import msgspec

from .jobs import JobRecord, JobState
from .queries import CollectionQuery, TemplateQuery
from .records import (
    CollectionRecord,
    DocumentRecord,
    GroupRecord,
    MessageRecord,
    SessionRecord,
    TemplateRecord,
    UploadRecord,
)
from .scripts import ScriptedAnswer

__all__ = ["DuplicateId", "IncompatibleStore", "Snapshot", "Store", "StoreUnavailable"]


class DuplicateId(ValueError):
    """An ``add_*`` met a record of the same kind with the same id; nothing was written."""


class StoreUnavailable(RuntimeError):
    """The file or database named for the data cannot be used; the message says why, in one line."""


class IncompatibleStore(StoreUnavailable):
    """The data was written by a version of the mock whose tables differ from this one's."""


class Snapshot(msgspec.Struct, frozen=True, kw_only=True):
    """Everything a store holds, each kind in the order first added: what export, load and reset move."""

    users: tuple[tuple[str, str], ...] = ()  # (username, token)
    templates: tuple[TemplateRecord, ...] = ()
    documents: tuple[DocumentRecord, ...] = ()
    collections: tuple[CollectionRecord, ...] = ()
    sessions: tuple[SessionRecord, ...] = ()
    # Every message, each session's oldest first.
    messages: tuple[MessageRecord, ...] = ()
    scripts: tuple[ScriptedAnswer, ...] = ()
    groups: tuple[GroupRecord, ...] = ()
    jobs: tuple[JobRecord, ...] = ()
    # Uploads not ingested yet, oldest first.
    uploads: tuple[UploadRecord, ...] = ()
    # How many ids of the seeded sequence have been handed out.
    ids_drawn: int = 0


class Store(Protocol):
    """Persistence for users, sessions, messages, documents, collections, templates, scripts, jobs and ids.

    ``add_*`` inserts and raises ``DuplicateId`` when the id is taken; ``save_*`` replaces a stored record
    (a missing one stays missing). Operations that write several records are atomic.
    """

    # True when calls wait on a network: callers on an event loop run them in a worker thread.
    blocking: bool

    def close(self) -> None:
        """Let go of connections and background threads; the data stays where it is stored."""

    # ---------------------------------------------------------------- the whole state
    def snapshot(self) -> Snapshot:
        """Return everything, for an export."""

    def replace_all(self, snapshot: Snapshot) -> None:
        """Replace everything by ``snapshot``, atomically; nothing outside the mock's own data is touched."""

    def claim_id(self) -> int:
        """Claim the next position of the id sequence (0 first); no two calls in any process get the same."""

    # ---------------------------------------------------------------- users
    def add_user(self, username: str, token: str) -> None:
        """Let ``token`` authenticate as ``username`` (a known token moves to the new user)."""

    def user_for_token(self, token: str) -> str | None:
        """Return the user a bearer token belongs to."""

    def has_user(self, username: str) -> bool:
        """Whether some token authenticates as ``username``."""

    # ---------------------------------------------------------------- groups
    def add_group(self, group: GroupRecord) -> None:
        """Declare a group, replacing one of the same id (its members with it)."""

    def get_group(self, group_id: str) -> GroupRecord | None:
        """Return a group by id."""

    def groups_of(self, username: str) -> list[GroupRecord]:
        """Return the groups ``username`` is a member of, in the order declared."""

    # ---------------------------------------------------------------- sessions
    def add_session(self, session: SessionRecord) -> None:
        """Insert a session."""

    def save_session(self, session: SessionRecord) -> None:
        """Replace a session."""

    def get_session(self, session_id: str) -> SessionRecord | None:
        """Return a session by id."""

    def delete_session(self, session_id: str) -> None:
        """Delete a session and its messages."""

    def list_sessions(self, owner: str, offset: int, limit: int) -> list[SessionRecord]:
        """Return a page of the owner's sessions, most recently updated first."""

    # A session view names its collection: read together, on a database that is one query, not two.
    def get_session_with_collection(
        self, session_id: str
    ) -> tuple[SessionRecord, CollectionRecord | None] | None:
        """Return a session and the collection it is on (None if it has none, or it is gone)."""

    def list_sessions_with_collections(
        self, owner: str, offset: int, limit: int
    ) -> list[tuple[SessionRecord, CollectionRecord | None]]:
        """Return ``list_sessions``'s page, each session with the collection it is on."""

    def count_sessions(self, owner: str) -> int:
        """Return how many sessions the owner has."""

    def list_collection_sessions(
        self, collection_id: str, owner: str | None, offset: int, limit: int
    ) -> list[SessionRecord]:
        """Return a page of the sessions on a collection (of one owner, or all), newest-updated first."""

    def count_collection_sessions(self, collection_id: str, owner: str | None = None) -> int:
        """Return how many sessions use a collection (of one owner, or all)."""

    def list_archived_sessions(self) -> list[SessionRecord]:
        """Return every archived session (of every owner), in the order added; lists and counts above
        leave archived sessions out."""

    # ---------------------------------------------------------------- messages
    def add_messages(self, messages: Sequence[MessageRecord], session: SessionRecord | None = None) -> None:
        """Append messages to their sessions and, in the same step, replace ``session``."""

    def save_message(self, message: MessageRecord, session: SessionRecord | None = None) -> None:
        """Replace a message (it keeps its place in its session's history) and, in one step, ``session``."""

    def delete_messages(self, message_ids: Sequence[str], session: SessionRecord | None = None) -> None:
        """Delete messages (unknown ids are skipped) and, in the same step, replace ``session``."""

    def get_message(self, message_id: str) -> MessageRecord | None:
        """Return a message by id."""

    def list_messages(self, session_id: str, offset: int, limit: int) -> list[MessageRecord]:
        """Return a page of a session's messages, newest first."""

    def get_session_with_messages(
        self, session_id: str, offset: int, limit: int
    ) -> tuple[SessionRecord, list[MessageRecord]] | None:
        """Return a session and ``list_messages``'s page of it, in one read."""

    def count_messages(self, session_id: str) -> int:
        """Return how many messages a session has."""

    # ---------------------------------------------------------------- answers in flight
    def set_control(self, question_id: str, action: str) -> None:
        """Record the latest control (stop, finish, pause, resume) given to the answer of ``question_id``,
        for the process that streams it; transient, not part of a snapshot."""

    def control_of(self, question_id: str) -> str | None:
        """The latest control given to the answer of ``question_id``, if any."""

    # ---------------------------------------------------------------- documents
    def add_document(self, document: DocumentRecord) -> None:
        """Insert a document."""

    def get_document(self, document_id: str) -> DocumentRecord | None:
        """Return a document by id."""

    def in_readable_collection(self, user: str, document_id: str) -> bool:
        """Whether a collection ``user`` may read holds the document."""

    def visible_documents(self, user: str) -> list[DocumentRecord]:
        """Return the documents ``user`` owns or may read in a collection, in the order added."""

    def collections_holding(self, document_id: str) -> list[CollectionRecord]:
        """Return every collection that holds the document, in the order added."""

    def save_document(self, document: DocumentRecord) -> None:
        """Replace a document."""

    def delete_document(self, document_id: str) -> None:
        """Delete a document and take it out of every collection, in one step."""

    # ---------------------------------------------------------------- collections
    def add_collection(self, collection: CollectionRecord) -> None:
        """Insert a collection."""

    def save_collection(self, collection: CollectionRecord) -> None:
        """Replace a collection."""

    def get_collection(self, collection_id: str) -> CollectionRecord | None:
        """Return a collection by id."""

    def delete_collection(self, collection_id: str) -> None:
        """Delete a collection with the sessions on it (and their messages) and the owner's documents that
        no other collection the owner may read holds, all in one step."""

    def list_collections(self, query: CollectionQuery, offset: int, limit: int) -> list[CollectionRecord]:
        """Return a page of the collections the query selects, in its order."""

    def count_collections(self, query: CollectionQuery) -> int:
        """Return how many collections the query selects."""

    # ---------------------------------------------------------------- prompt templates
    def add_template(self, template: TemplateRecord) -> None:
        """Insert a prompt template."""

    def save_template(self, template: TemplateRecord) -> None:
        """Replace a prompt template."""

    def get_template(self, template_id: str) -> TemplateRecord | None:
        """Return a prompt template by id."""

    def delete_templates(self, template_ids: Sequence[str]) -> None:
        """Delete prompt templates, all in one step."""

    def list_templates(self, query: TemplateQuery, offset: int, limit: int) -> list[TemplateRecord]:
        """Return a page of the templates the query selects, in its order."""

    def count_templates(self, query: TemplateQuery) -> int:
        """Return how many templates the query selects."""

    def default_template(self) -> TemplateRecord | None:
        """Return the system default template, if there is one."""

    # ---------------------------------------------------------------- scripted answers
    def add_script(self, script: ScriptedAnswer) -> None:
        """Pin an answer; one for the same collection and question replaces it (and goes last)."""

    def find_script(self, collection_id: str | None, question_key: str) -> ScriptedAnswer | None:
        """Return the answer pinned for a normalised question in a collection (None: no collection)."""

    # ---------------------------------------------------------------- jobs
    def add_job(self, job: JobRecord) -> None:
        """Insert a job."""

    def get_job(self, job_id: str) -> JobRecord | None:
        """Return a job by id."""

    def list_jobs(self, owner: str) -> list[JobRecord]:
        """Return the owner's jobs, newest first."""

    def replace_job(self, job: JobRecord, expected: JobState) -> bool:
        """Replace a job only if the stored one is in state ``expected`` (atomically); say whether it was."""

    def delete_job(self, job_id: str) -> None:
        """Delete a job."""

    # ---------------------------------------------------------------- uploads and ingestion
    def add_upload(self, upload: UploadRecord) -> None:
        """Insert an upload."""

    def get_upload(self, upload_id: str) -> UploadRecord | None:
        """Return an upload by id."""

    def list_uploads(self, owner: str) -> list[UploadRecord]:
        """Return the owner's uploads, oldest first."""

    def delete_uploads(self, upload_ids: Sequence[str]) -> None:
        """Delete uploads, all in one step."""

    def ingest_documents(
        self,
        documents: Sequence[DocumentRecord],
        collection: CollectionRecord,
        consumed_uploads: Sequence[str] = (),
    ) -> None:
        """Insert documents, replace the collection that now holds them and delete the uploads they were
        made from, all in one step (``DuplicateId`` if a document id is taken, and nothing is written)."""
