"""Look-ups that enforce who may see or change what (the rule: ``mock_server.access``); a miss is a 404.

A record that the request body names, rather than the URL, is looked up inside :func:`named_in_body`: its
miss is a 409, because 404 answers only for what the URL names (and clients, schemathesis among them, read a
404 after a create as "the record just created is gone").
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ..access import Shared, may_change, may_read
from ..errors import Conflict, NotFound
from ..store import (
    CollectionRecord,
    DocumentRecord,
    JobRecord,
    MessageRecord,
    SessionRecord,
    Store,
    TemplateRecord,
)

__all__ = [
    "named_in_body",
    "own_collection",
    "own_document",
    "own_job",
    "own_session",
    "own_template",
    "owned",
    "readable",
    "readable_collection",
    "sharable_user",
    "usable_template",
    "visible_collection",
    "visible_document",
    "visible_message",
    "visible_template",
]


@contextmanager
def named_in_body() -> Iterator[None]:
    """Look-ups of records the request body names: a miss is refused with 409, not 404."""
    try:
        yield
    except NotFound as exc:
        raise Conflict(exc.message) from None


def own_session(store: Store, user: str, session_id: str) -> SessionRecord:
    """Return the user's session or raise ``NotFound``; sessions are private to their owner."""
    return owned(user, session_id, store.get_session(session_id))


def owned(user: str, session_id: str, session: SessionRecord | None) -> SessionRecord:
    """Return ``session`` (as read for ``session_id``) if it is the user's, or raise ``NotFound``."""
    if session is None or not may_change(user, session.owner):
        raise NotFound(f"Chat session {session_id} not found")
    return session


def visible_message(store: Store, user: str, message_id: str) -> MessageRecord:
    """Return a message of one of the user's sessions or raise ``NotFound``."""
    message = store.get_message(message_id)
    session = store.get_session(message.session_id) if message else None
    if message is None or session is None or not may_change(user, session.owner):
        raise NotFound(f"Chat message {message_id} not found")
    return message


def readable(store: Store, user: str, record: Shared) -> bool:
    """Whether the user may read a collection or template now, through a group too."""
    # The user's groups are looked up only for a record shared with groups.
    groups = [g.id for g in store.groups_of(user)] if record.group_shared_with else []
    return may_read(user, record, groups)


def readable_collection(store: Store, user: str, collection_id: str | None) -> CollectionRecord | None:
    """Return the collection if the user may read it now, else None."""
    collection = store.get_collection(collection_id) if collection_id else None
    if collection is None or not readable(store, user, collection):
        return None
    return collection


def visible_collection(store: Store, user: str, collection_id: str) -> CollectionRecord:
    """Return a collection the user owns or was given, or raise ``NotFound``."""
    collection = readable_collection(store, user, collection_id)
    if collection is None:
        raise NotFound(f"Collection {collection_id} not found")
    return collection


def own_collection(store: Store, user: str, collection_id: str) -> CollectionRecord:
    """Return a collection the user owns, or raise ``NotFound`` (sharing gives read access only)."""
    collection = visible_collection(store, user, collection_id)
    if not may_change(user, collection.owner):
        raise NotFound(f"Collection {collection_id} is not owned by {user}")
    return collection


def usable_template(store: Store, user: str, template_id: str | None) -> TemplateRecord | None:
    """Return the template if the user may use it now, else None."""
    template = store.get_template(template_id) if template_id else None
    if template is None or not readable(store, user, template):
        return None
    return template


def visible_template(store: Store, user: str, template_id: str) -> TemplateRecord:
    """Return a system template or one the user owns or was given, or raise ``NotFound``."""
    template = usable_template(store, user, template_id)
    if template is None:
        raise NotFound(f"Prompt template {template_id} not found")
    return template


def own_template(store: Store, user: str, template_id: str) -> TemplateRecord:
    """Return a template the user owns, or raise ``NotFound``."""
    template = visible_template(store, user, template_id)
    if not may_change(user, template.owner):
        raise NotFound(f"Prompt template {template_id} is not owned by {user}")
    return template


def own_job(store: Store, user: str, job_id: str) -> JobRecord:
    """Return the user's job or raise ``NotFound``; jobs are private to whoever started them."""
    job = store.get_job(job_id)
    if job is None or not may_change(user, job.owner):
        raise NotFound(f"Job {job_id} not found")
    return job


def visible_document(store: Store, user: str, document_id: str) -> DocumentRecord:
    """Return a document the user owns or may read in a collection, or raise ``NotFound``."""
    document = store.get_document(document_id)
    if document is None or not (
        may_change(user, document.owner) or store.in_readable_collection(user, document_id)
    ):
        raise NotFound(f"Document {document_id} not found")
    return document


def own_document(store: Store, user: str, document_id: str) -> DocumentRecord:
    """Return a document the user owns, or raise ``NotFound`` (a collection gives read access only)."""
    document = visible_document(store, user, document_id)
    if not may_change(user, document.owner):
        raise NotFound(f"Document {document_id} is not owned by {user}")
    return document


def sharable_user(store: Store, user: str, username: str) -> bool:
    """Whether sharing with ``username`` grants anything (not when it is ``user``), or ``Conflict`` when no
    token authenticates as ``username``."""
    if username == user:
        return False
    # 409, as h2ogpte declares for its share operations (its SDK raises it as HTTPError[409]); not 404,
    # which would say the record being shared is missing.
    if not store.has_user(username):
        raise Conflict(f"User {username!r} does not exist")
    return True
