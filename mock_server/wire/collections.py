"""Wire types of collections, their settings and documents, and sharing."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from msgspec import UNSET, Meta, UnsetType

from .base import (
    ChatHistorySwitch,
    ColumnRedaction,
    DocumentStatus,
    GuardrailAction,
    IngestMode,
    RagType,
    RequestBody,
    TagFilter,
    WireModel,
)

__all__ = [
    "ChatSettings",
    "Collection",
    "CollectionCreateRequest",
    "CollectionSettings",
    "CollectionSettingsInput",
    "CollectionUpdateRequest",
    "Document",
    "GuardrailsSettings",
    "GuardrailsSettingsInput",
    "ShareCollectionRequest",
    "SharePermission",
]


class ChatSettings(RequestBody):
    """Chat defaults stored on a collection."""

    llm: str | UnsetType | None = UNSET
    llm_args: dict[str, Any] | UnsetType | None = UNSET
    self_reflection_config: dict[str, Any] | UnsetType | None = UNSET
    rag_config: dict[str, Any] | UnsetType | None = UNSET
    include_chat_history: ChatHistorySwitch | UnsetType | None = UNSET
    tags: list[str] | TagFilter | UnsetType | None = UNSET


class GuardrailsSettings(WireModel):
    """Guardrails and PII handling of a collection, as stored."""

    disallowed_regex_patterns: list[str]
    presidio_labels_to_flag: list[str]
    pii_labels_to_flag: list[str]
    pii_detection_parse_action: GuardrailAction
    pii_detection_llm_input_action: GuardrailAction
    pii_detection_llm_output_action: GuardrailAction
    prompt_guard_labels_to_flag: list[str]
    guardrails_labels_to_flag: list[str]
    guardrails_entities: dict[str, str] | None = None
    exception_message: str | None = None
    show_violated_responses: bool | None = None
    guardrails_on_transcriptions: bool | None = None
    vision_guardrails_enabled: bool | None = None
    guardrails_vision_llm: str | None = None
    column_redaction_config: list[ColumnRedaction] | None = None
    guardrails_llm: str | None = None
    guardrails_safe_category: str | None = None
    column_redaction_custom_entities_to_flag: list[str] | None = None
    column_redaction_custom_entities: dict[str, str] | None = None
    custom_pii_entities_to_flag: list[str] | None = None
    custom_pii_entities: dict[str, str] | None = None


class GuardrailsSettingsInput(RequestBody):
    """Guardrails and PII handling to store; omitted lists are empty and omitted actions `allow`."""

    disallowed_regex_patterns: list[str] | UnsetType | None = UNSET
    presidio_labels_to_flag: list[str] | UnsetType | None = UNSET
    pii_labels_to_flag: list[str] | UnsetType | None = UNSET
    pii_detection_parse_action: GuardrailAction | UnsetType | None = UNSET
    pii_detection_llm_input_action: GuardrailAction | UnsetType | None = UNSET
    pii_detection_llm_output_action: GuardrailAction | UnsetType | None = UNSET
    prompt_guard_labels_to_flag: list[str] | UnsetType | None = UNSET
    guardrails_labels_to_flag: list[str] | UnsetType | None = UNSET
    guardrails_entities: dict[str, str] | UnsetType | None = UNSET
    exception_message: str | UnsetType | None = UNSET
    show_violated_responses: bool | UnsetType | None = UNSET
    guardrails_on_transcriptions: bool | UnsetType | None = UNSET
    vision_guardrails_enabled: bool | UnsetType | None = UNSET
    guardrails_vision_llm: str | UnsetType | None = UNSET
    column_redaction_config: list[ColumnRedaction] | UnsetType | None = UNSET
    guardrails_llm: str | UnsetType | None = UNSET
    guardrails_safe_category: str | UnsetType | None = UNSET
    column_redaction_custom_entities_to_flag: list[str] | UnsetType | None = UNSET
    column_redaction_custom_entities: dict[str, str] | UnsetType | None = UNSET
    custom_pii_entities_to_flag: list[str] | UnsetType | None = UNSET
    custom_pii_entities: dict[str, str] | UnsetType | None = UNSET


class CollectionSettings(WireModel):
    """Ingestion and guardrail settings of a collection, as stored."""

    max_tokens_per_chunk: Annotated[int, Meta(ge=1)] | None = None
    chunk_overlap_tokens: Annotated[int, Meta(ge=0)] | None = None
    gen_doc_summaries: bool | None = None
    gen_doc_questions: bool | None = None
    audio_input_language: str | None = None
    ocr_model: str | None = None
    tesseract_lang: str | None = None
    keep_tables_as_one_chunk: bool | None = None
    chunk_by_page: bool | None = None
    handwriting_check: bool | None = None
    ingest_mode: IngestMode | None = None
    follow_links: bool | None = None
    max_depth: int | None = None
    max_documents: int | None = None
    root_dir: str | None = None
    copy_document: bool | None = None
    expiry_timezone: str | None = None
    guardrails_settings: GuardrailsSettings | None = None


class CollectionSettingsInput(RequestBody):
    """Ingestion and guardrail settings to store on a collection."""

    max_tokens_per_chunk: Annotated[int, Meta(ge=1)] | UnsetType | None = UNSET
    chunk_overlap_tokens: Annotated[int, Meta(ge=0)] | UnsetType | None = UNSET
    gen_doc_summaries: bool | UnsetType | None = UNSET
    gen_doc_questions: bool | UnsetType | None = UNSET
    audio_input_language: str | UnsetType | None = UNSET
    ocr_model: str | UnsetType | None = UNSET
    tesseract_lang: str | UnsetType | None = UNSET
    keep_tables_as_one_chunk: bool | UnsetType | None = UNSET
    chunk_by_page: bool | UnsetType | None = UNSET
    handwriting_check: bool | UnsetType | None = UNSET
    ingest_mode: IngestMode | UnsetType | None = UNSET
    follow_links: bool | UnsetType | None = UNSET
    max_depth: int | UnsetType | None = UNSET
    max_documents: int | UnsetType | None = UNSET
    root_dir: str | UnsetType | None = UNSET
    copy_document: bool | UnsetType | None = UNSET
    expiry_timezone: str | UnsetType | None = UNSET
    guardrails_settings: GuardrailsSettingsInput | UnsetType | None = UNSET


class Collection(WireModel):
    """A set of documents to chat with."""

    id: str
    name: str
    description: str
    embedding_model: str
    document_count: Annotated[int, Meta(ge=0)]
    document_size: Annotated[int, Meta(ge=0)]
    created_at: dt.datetime
    updated_at: dt.datetime
    user_count: Annotated[int, Meta(ge=0)]
    is_public: bool
    username: str
    sessions_count: Annotated[int, Meta(ge=0)]
    status: str
    prompt_template_id: str | None = None
    thumbnail: str | None = None
    description_auto_generated: bool | None = None
    size_limit: int | None = None
    expiry_date: dt.datetime | None = None
    inactivity_interval: int | None = None
    rag_type: RagType | None = None
    metadata_dict: dict[str, Any] | None = None
    workspace: str | None = None
    exempt_from_chat_expiry: bool | None = None


class CollectionCreateRequest(RequestBody):
    """A new collection."""

    name: Annotated[str, Meta(min_length=1, max_length=1000)]
    description: Annotated[str, Meta(max_length=10000)]
    embedding_model: str | UnsetType | None = UNSET
    collection_settings: CollectionSettingsInput | UnsetType | None = UNSET
    chat_settings: ChatSettings | UnsetType | None = UNSET
    expiry_date: dt.datetime | UnsetType | None = UNSET
    workspace: str | UnsetType | None = UNSET
    vex_encryption: Literal["enabled", "disabled"] | UnsetType | None = UNSET


class CollectionUpdateRequest(RequestBody):
    """Changes to a collection's name, description or retrieval strategy."""

    name: Annotated[str, Meta(min_length=1, max_length=1000)] | UnsetType | None = UNSET
    description: Annotated[str, Meta(max_length=10000)] | UnsetType | None = UNSET
    rag_type: RagType | UnsetType | None = UNSET


class Document(WireModel):
    """A document in a collection."""

    id: str
    name: str
    username: str
    type: str
    size: Annotated[int, Meta(ge=0)]
    page_count: Annotated[int, Meta(ge=0)]
    status: DocumentStatus
    created_at: dt.datetime
    updated_at: dt.datetime
    uri: str | None = None
    summary: str | None = None
    summary_parameters: str | None = None
    connector: str | None = None
    original_type: str | None = None
    metadata_dict: dict[str, Any] | None = None
    is_encrypted: bool | None = None
    # 1.7.5: agent-generated files name the chat session that made them; the mock's documents are uploads.
    usage_stats: str | None = None
    original_mtime: str | None = None
    chat_session_id: str | None = None
    chat_session_name: str | None = None
    chat_session_visible: bool | None = False


class SharePermission(WireModel):
    """A user who can access a shared resource."""

    username: str
    permissions: list[str] | None = None


class ShareCollectionRequest(RequestBody):
    """Options for sharing a collection."""

    permissions: list[str] | UnsetType | None = UNSET
