"""Look-ups that also enforce who may see or change what; a miss is always a 404."""

from __future__ import annotations

from ..errors import NotFound
from ..store import CollectionRecord, MessageRecord, SessionRecord, Store, TemplateRecord

__all__ = [
    "can_read_template",
    "own_collection",
    "own_session",
    "own_template",
    "visible_collection",
    "visible_message",
    "visible_template",
]


def own_session(store: Store, user: str, session_id: str) -> SessionRecord:
    """Return the user's session or raise ``NotFound``."""
    session = store.get_session(session_id)
    if session is None or session.owner != user:
        raise NotFound(f"Chat session {session_id} not found")
    return session


def visible_message(store: Store, user: str, message_id: str) -> MessageRecord:
    """Return a message of one of the user's sessions or raise ``NotFound``."""
    message = store.get_message(message_id)
    session = store.get_session(message.session_id) if message else None
    if message is None or session is None or session.owner != user:
        raise NotFound(f"Chat message {message_id} not found")
    return message


def visible_collection(store: Store, user: str, collection_id: str) -> CollectionRecord:
    """Return a collection the user owns or was given, or raise ``NotFound``."""
    collection = store.get_collection(collection_id)
    if collection is None or (collection.owner != user and user not in collection.shared_with):
        raise NotFound(f"Collection {collection_id} not found")
    return collection


def own_collection(store: Store, user: str, collection_id: str) -> CollectionRecord:
    """Return a collection the user owns, or raise ``NotFound`` (sharing gives read access only)."""
    collection = visible_collection(store, user, collection_id)
    if collection.owner != user:
        raise NotFound(f"Collection {collection_id} is not owned by {user}")
    return collection


def can_read_template(template: TemplateRecord, user: str) -> bool:
    """Whether ``user`` may read (and answer with) the template: a system one, theirs, or shared with them."""
    return template.owner in (None, user) or user in template.shared_with


def visible_template(store: Store, user: str, template_id: str) -> TemplateRecord:
    """Return a system template or one the user owns or was given, or raise ``NotFound``."""
    template = store.get_template(template_id)
    if template is None or not can_read_template(template, user):
        raise NotFound(f"Prompt template {template_id} not found")
    return template


def own_template(store: Store, user: str, template_id: str) -> TemplateRecord:
    """Return a template the user owns, or raise ``NotFound``."""
    template = visible_template(store, user, template_id)
    if template.owner != user:
        raise NotFound(f"Prompt template {template_id} is not owned by {user}")
    return template
