"""Collections: their documents, settings, chat defaults, thumbnail, template and sharing."""

from __future__ import annotations

from typing import Any

import msgspec
from msgspec.structs import replace

from ..clock import Clock, IdFactory
from ..domain import suggest_questions
from ..errors import NotFound, UnsupportedMediaType
from ..store import CollectionQuery, CollectionRecord, SortColumn, Store
from ..store.queries import matches_metadata
from ..wire import (
    ChatSession,
    ChatSettings,
    Collection,
    CollectionCreateRequest,
    CollectionSettings,
    CollectionSettingsInput,
    CollectionUpdateRequest,
    Count,
    Document,
    GuardrailsSettings,
    GuardrailsSettingsInput,
    SharePermission,
    SuggestedQuestion,
)
from .access import named_in_body, own_collection, sharable_user, visible_collection, visible_template
from .knowledge import Knowledge
from .limits import ensure_room
from .views import collection_view, document_view, permissions_view, session_views

# ``ensure_room`` is here for the services that add documents to a collection (insert, ingest).
__all__ = [
    "DEFAULT_EMBEDDING_MODEL",
    "THUMBNAIL_TYPES",
    "CollectionService",
    "ensure_room",
    "stored_settings",
    "thumbnail_type",
]

DEFAULT_EMBEDDING_MODEL = "BAAI/bge-large-en-v1.5"
THUMBNAIL_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"}
# Leading bytes of each accepted image type, so a renamed text file is refused.
_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF8": "image/gif",
    b"RIFF": "image/webp",
}


class CollectionService:
    """Operations on collections the caller owns or was given."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        ids: IdFactory,
        knowledge: Knowledge,
        max_collection_bytes: int | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._ids = ids
        self._knowledge = knowledge
        # The server's limit on a collection's documents (``--max-collection-bytes``), as ingestion's.
        self._max_collection_bytes = max_collection_bytes

    def page(
        self,
        user: str,
        offset: int,
        limit: int,
        sort_column: SortColumn,
        ascending: bool,
        name_filter: str | None = None,
        current_user_only: bool = False,
        metadata_filter: dict[str, Any] | None = None,
    ) -> list[Collection]:
        """Return a page of the collections the user can see."""
        query = CollectionQuery(
            user=user,
            owned_only=current_user_only,
            name_contains=name_filter or None,
            metadata=metadata_filter or None,
            sort_column=sort_column,
            ascending=ascending,
        )
        return [
            collection_view(self._store, c, user) for c in self._store.list_collections(query, offset, limit)
        ]

    def count(self, user: str) -> Count:
        """Return how many collections the user can see."""
        return Count(count=self._store.count_collections(CollectionQuery(user=user)))

    def create(self, user: str, body: CollectionCreateRequest) -> Collection:
        """Create an empty collection owned by the user."""
        now = self._clock.now()
        collection = CollectionRecord(
            id=self._ids.new(),
            owner=user,
            name=body.name,
            description=body.description,
            embedding_model=body.embedding_model or DEFAULT_EMBEDDING_MODEL,
            created_at=now,
            updated_at=now,
            workspace=body.workspace or None,
            expiry_date=body.expiry_date or None,
        )
        if body.collection_settings:
            collection = replace(collection, settings=stored_settings(body.collection_settings))
        if body.chat_settings:
            collection = replace(collection, chat_settings=body.chat_settings)
        self._store.add_collection(collection)
        return collection_view(self._store, collection, user)

    def get(self, user: str, collection_id: str) -> Collection:
        """Return a collection the user can see."""
        return collection_view(self._store, visible_collection(self._store, user, collection_id), user)

    def update(self, user: str, collection_id: str, body: CollectionUpdateRequest) -> Collection:
        """Change name, description or retrieval strategy; omitted or null fields stay."""
        collection = own_collection(self._store, user, collection_id)
        collection = replace(
            collection,
            name=body.name or collection.name,
            description=body.description if isinstance(body.description, str) else collection.description,
            rag_type=body.rag_type or collection.rag_type,
        )
        return self._touch(collection, user)

    def delete(self, user: str, collection_id: str) -> None:
        """Delete a collection, the sessions on it, and the owner's documents no other collection holds."""
        own_collection(self._store, user, collection_id)
        self._store.delete_collection(collection_id)
        self._knowledge.forget(collection_id)

    def settings(self, user: str, collection_id: str) -> CollectionSettings:
        """Return the stored ingestion and guardrail settings."""
        return visible_collection(self._store, user, collection_id).settings

    def store_settings(self, user: str, collection_id: str, body: CollectionSettingsInput) -> None:
        """Replace the ingestion and guardrail settings; chunking changes re-index the documents."""
        collection = own_collection(self._store, user, collection_id)
        self._knowledge.forget(collection_id)
        self._touch(replace(collection, settings=stored_settings(body)), user)

    def chat_settings(self, user: str, collection_id: str) -> ChatSettings:
        """Return the stored chat defaults."""
        return visible_collection(self._store, user, collection_id).chat_settings

    def store_chat_settings(self, user: str, collection_id: str, body: ChatSettings) -> None:
        """Replace the chat defaults."""
        collection = own_collection(self._store, user, collection_id)
        self._touch(replace(collection, chat_settings=body), user)

    def set_template(self, user: str, collection_id: str, template_id: str | None) -> Collection:
        """Apply a prompt template the user can use to the collection, or remove it."""
        collection = own_collection(self._store, user, collection_id)
        if template_id is not None:
            with named_in_body():
                visible_template(self._store, user, template_id)
        return self._touch(replace(collection, prompt_template_id=template_id), user)

    def set_thumbnail(self, user: str, collection_id: str, image: bytes, declared_type: str | None) -> None:
        """Store an image as the collection's thumbnail, typed as the spec says.

        Bytes that start like a PNG, JPEG, GIF or WebP file are of that type, whatever the part declared
        (often a guess from a file name). Other bytes are kept as they are when the part declares one of
        those types, since a mock does not decode images; with neither, they are refused.
        """
        collection = own_collection(self._store, user, collection_id)
        kind = thumbnail_type(image, declared_type)
        self._touch(replace(collection, thumbnail=image, thumbnail_type=kind), user)

    def remove_thumbnail(self, user: str, collection_id: str) -> None:
        """Remove the collection's thumbnail, if any."""
        collection = own_collection(self._store, user, collection_id)
        self._touch(replace(collection, thumbnail=None, thumbnail_type=None), user)

    def documents(
        self,
        user: str,
        collection_id: str,
        offset: int,
        limit: int,
        metadata_filter: dict[str, Any] | None = None,
    ) -> list[Document]:
        """Return a page of the collection's documents, most recently added first."""
        collection = visible_collection(self._store, user, collection_id)
        found = [d for d in map(self._store.get_document, reversed(collection.document_ids)) if d is not None]
        if metadata_filter:
            found = [d for d in found if matches_metadata(d.metadata, metadata_filter)]
        return [document_view(d) for d in found[offset : offset + limit]]

    def document_count(self, user: str, collection_id: str) -> Count:
        """Return how many documents the collection holds."""
        return Count(count=len(visible_collection(self._store, user, collection_id).document_ids))

    def insert_document(self, user: str, collection_id: str, document_id: str) -> None:
        """Add an existing document the user owns, or one already in a collection they can see."""
        collection = own_collection(self._store, user, collection_id)
        document = self._store.get_document(document_id)
        if document is None or not self._can_read_document(user, document_id):
            raise NotFound(f"Document {document_id} not found")
        if document_id not in collection.document_ids:
            ensure_room(self._store, collection, document.size, self._max_collection_bytes)
            self._knowledge.forget(collection_id)
            self._touch(replace(collection, document_ids=(*collection.document_ids, document_id)), user)

    def remove_document(self, user: str, collection_id: str, document_id: str) -> None:
        """Take a document out of the collection; it stays wherever else it is."""
        collection = own_collection(self._store, user, collection_id)
        if document_id not in collection.document_ids:
            raise NotFound(f"Document {document_id} not found in collection {collection_id}")
        kept = tuple(d for d in collection.document_ids if d != document_id)
        self._knowledge.forget(collection_id)
        self._touch(replace(collection, document_ids=kept), user)

    def sessions(
        self, user: str, collection_id: str, offset: int, limit: int, username: str | None = None
    ) -> list[ChatSession]:
        """Return a page of the user's own sessions on the collection, most recently updated first.

        Sessions are private, so filtering by another ``username`` finds nothing.
        """
        visible_collection(self._store, user, collection_id)
        if username not in (None, user):
            return []
        found = self._store.list_collection_sessions(collection_id, user, offset, limit)
        return session_views(self._store, found)

    def session_count(self, user: str, collection_id: str) -> Count:
        """Return how many of the user's sessions use the collection, agreeing with the list."""
        visible_collection(self._store, user, collection_id)
        return Count(count=self._store.count_collection_sessions(collection_id, user))

    def questions(self, user: str, collection_id: str, limit: int) -> list[SuggestedQuestion]:
        """Suggest questions drawn from the collection's documents."""
        collection = visible_collection(self._store, user, collection_id)
        documents = map(self._store.get_document, collection.document_ids)
        texts = [p for d in documents if d and d.ingest_mode != "agent_only" for p in d.pages]
        return [SuggestedQuestion(question=q) for q in suggest_questions(texts, limit)]

    def permissions(self, user: str, collection_id: str) -> list[SharePermission]:
        """List who can see the collection."""
        collection = visible_collection(self._store, user, collection_id)
        return permissions_view(collection.owner, collection.shared_with)

    def share(self, user: str, collection_id: str, username: str, permissions: list[str] | None) -> None:
        """Let another user see the collection."""
        collection = own_collection(self._store, user, collection_id)
        if sharable_user(self._store, user, username):
            shared_with = {**collection.shared_with, username: permissions or ["read"]}
            self._store.save_collection(replace(collection, shared_with=shared_with))

    def unshare(self, user: str, collection_id: str, username: str | None) -> None:
        """Revoke one user's access, or everyone's when ``username`` is None."""
        collection = own_collection(self._store, user, collection_id)
        kept = {} if username is None else {u: p for u, p in collection.shared_with.items() if u != username}
        self._store.save_collection(replace(collection, shared_with=kept))

    def _can_read_document(self, user: str, document_id: str) -> bool:
        document = self._store.get_document(document_id)
        if document is None:
            return False
        return document.owner == user or self._store.in_readable_collection(user, document_id)

    def _touch(self, collection: CollectionRecord, user: str) -> Collection:
        collection = replace(collection, updated_at=self._clock.now())
        self._store.save_collection(collection)
        return collection_view(self._store, collection, user)


def thumbnail_type(image: bytes, declared_type: str | None) -> str:
    """The type of a thumbnail image, sniffed or as declared, or ``UnsupportedMediaType``."""
    sniffed = next((kind for magic, kind in _MAGIC.items() if image.startswith(magic)), None)
    kind = sniffed or (declared_type if declared_type in THUMBNAIL_TYPES else None)
    if kind is None:
        raise UnsupportedMediaType(
            "Thumbnail must be a PNG, JPEG, GIF or WebP image, or be declared as one of these types"
        )
    return kind


def stored_settings(body: CollectionSettingsInput) -> CollectionSettings:
    """Turn settings as sent into settings as stored, filling guardrail defaults the older client needs."""
    fields = {k: v for k, v in msgspec.structs.asdict(body).items() if v is not msgspec.UNSET}
    guard = body.guardrails_settings
    fields["guardrails_settings"] = (
        _stored_guardrails(guard) if isinstance(guard, GuardrailsSettingsInput) else None
    )
    return msgspec.convert(fields, CollectionSettings, from_attributes=True)


def _stored_guardrails(guard: GuardrailsSettingsInput) -> GuardrailsSettings:
    given = {
        k: v for k, v in msgspec.structs.asdict(guard).items() if v is not msgspec.UNSET and v is not None
    }
    defaults: dict[str, Any] = {
        "disallowed_regex_patterns": [],
        "presidio_labels_to_flag": [],
        "pii_labels_to_flag": [],
        "pii_detection_parse_action": "allow",
        "pii_detection_llm_input_action": "allow",
        "pii_detection_llm_output_action": "allow",
        "prompt_guard_labels_to_flag": [],
        "guardrails_labels_to_flag": [],
    }
    return msgspec.convert({**defaults, **given}, GuardrailsSettings)
