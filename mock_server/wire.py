"""Wire types: one msgspec Struct per schema in ``openapi.yaml``, field for field.

Responses carry every field the spec lists, ``null`` where the mock has nothing to say, so both vendor
client versions find every field they require. Request bodies reject unknown fields because the spec
closes them (``additionalProperties: false``); omitted optional fields stay ``UNSET`` so a PATCH can tell
omitted from null.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

__all__ = [
    "ChatCompletion",
    "ChatCompletionDelta",
    "ChatCompletionRequest",
    "ChatError",
    "ChatHistorySwitch",
    "ChatMessage",
    "ChatMessageMeta",
    "ChatMessageReference",
    "ChatSession",
    "ChatSessionUpdateRequest",
    "ChatSettings",
    "Collection",
    "CollectionChangeRequest",
    "CollectionCreateRequest",
    "CollectionSettings",
    "CollectionSettingsInput",
    "CollectionUpdateRequest",
    "ColumnRedaction",
    "Count",
    "CreateChatSessionRequest",
    "Document",
    "DocumentStatus",
    "Error",
    "GuardrailAction",
    "GuardrailsSettings",
    "GuardrailsSettingsInput",
    "IngestMode",
    "PromptTemplate",
    "PromptTemplateBase",
    "PromptTemplateChangeRequest",
    "PromptTemplateCreateRequest",
    "RagType",
    "RequestBody",
    "SessionSource",
    "SessionStatus",
    "ShareCollectionRequest",
    "SharePermission",
    "SuggestedQuestion",
    "TagFilter",
    "WireModel",
]


RagType = Literal["auto", "llm_only", "rag", "hyde1", "hyde2", "rag+", "all_data"]
DocumentStatus = Literal[
    "unknown", "scheduled", "queued", "running", "completed", "failed", "canceled", "agent_only"
]
# Both spellings are accepted because each vendor client version validates against its own enum.
ChatHistorySwitch = Literal["auto", "on", "off", "true", "false"]
GuardrailAction = Literal["allow", "redact", "fail"]
SessionStatus = Literal["active", "expiring", "archived"]
SessionSource = Literal["user", "schedule"]
IngestMode = Literal["standard", "lite", "agent_only"]
# A table column name and the entity to redact in it.
ColumnRedaction = Annotated[list[str], Meta(min_length=2, max_length=2)]


class WireModel(msgspec.Struct, kw_only=True):
    """Base of response bodies: keyword-only so field order never matters to callers."""


class RequestBody(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Base of request bodies: unknown fields are an error, as the spec's closed schemas say."""


class Error(WireModel):
    """The one error body every operation returns on failure."""

    code: int
    message: str
    error_type: str | None = None


class Count(WireModel):
    """A number of items."""

    count: Annotated[int, Meta(ge=0)]


class ChatSession(WireModel):
    """A conversation with the LLM, optionally grounded in one collection."""

    id: str
    updated_at: dt.datetime
    name: str | None = None
    collection_id: str | None = None
    collection_name: str | None = None
    prompt_template_id: str | None = None
    latest_message_content: str | None = None
    username: str | None = None
    workspace: str | None = None
    status: SessionStatus | None = None
    expiry_date: dt.datetime | None = None
    inactivity_interval: int | None = None
    keep_forever: bool | None = None
    archived_at: dt.datetime | None = None
    source: SessionSource | None = None


class CreateChatSessionRequest(RequestBody):
    """Optional extras for a new chat session."""

    workspace: str | UnsetType | None = UNSET


class ChatSessionUpdateRequest(RequestBody):
    """Renames a chat session."""

    name: Annotated[str, Meta(max_length=1000)]


class CollectionChangeRequest(RequestBody):
    """Points a chat session at a collection."""

    collection_id: str


class PromptTemplateChangeRequest(RequestBody):
    """Sets the prompt template of a chat session or collection."""

    prompt_template_id: str


class TagFilter(RequestBody):
    """Selects documents by tag, with exclusions."""

    include: list[str] | UnsetType | None = UNSET
    exclude: list[str] | UnsetType | None = UNSET


class ChatCompletionRequest(RequestBody):
    """A question to ask in a chat session."""

    message: Annotated[str, Meta(min_length=1, max_length=100000)]
    system_prompt: str | UnsetType | None = UNSET
    pre_prompt_query: str | UnsetType | None = UNSET
    prompt_query: str | UnsetType | None = UNSET
    image_batch_final_prompt: str | UnsetType | None = UNSET
    image_batch_image_prompt: str | UnsetType | None = UNSET
    llm: str | UnsetType | None = UNSET
    llm_args: dict[str, Any] | UnsetType | None = UNSET
    self_reflection_config: dict[str, Any] | UnsetType | None = UNSET
    rag_config: dict[str, Any] | UnsetType | None = UNSET
    include_chat_history: ChatHistorySwitch | UnsetType | None = UNSET
    tags: list[str] | TagFilter | UnsetType | None = UNSET


class ChatCompletion(WireModel):
    """The complete answer to a question."""

    body: str
    message_id: str


class ChatCompletionDelta(WireModel):
    """One line of a streamed answer."""

    body: str
    finished: bool
    message_id: str | None = None


class ChatError(WireModel):
    """A streamed line reporting that the answer failed part-way."""

    error: str


class ChatMessageMeta(WireModel):
    """A piece of metadata recorded with a message."""

    message_type: str
    content: str


class ChatMessage(WireModel):
    """A question or an answer in a chat session."""

    id: str
    content: str
    votes: int
    created_at: dt.datetime
    has_references: bool
    total_references: Annotated[int, Meta(ge=0)]
    username: str | None = None
    reply_to: str | None = None
    type_list: list[ChatMessageMeta] | None = None
    error: str | None = None
    llm_args: str | None = None


class ChatMessageReference(WireModel):
    """A document chunk an answer was grounded in."""

    document_id: str
    document_name: str
    chunk_id: int
    pages: str
    score: float
    were_references_deleted: bool
    collection_id: str | None = None
    content: str | None = None
    uri: str | None = None


class SuggestedQuestion(WireModel):
    """A question the user might ask next."""

    question: str


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


class PromptTemplate(WireModel):
    """Prompts that shape how the LLM answers."""

    id: str
    is_default: bool
    is_public: bool
    name: str | None = None
    description: str | None = None
    lang: str | None = None
    system_prompt: str | None = None
    pre_prompt_query: str | None = None
    prompt_query: str | None = None
    hyde_no_rag_llm_prompt_extension: str | None = None
    pre_prompt_summary: str | None = None
    prompt_summary: str | None = None
    system_prompt_reflection: str | None = None
    prompt_reflection: str | None = None
    auto_gen_description_prompt: str | None = None
    auto_gen_document_summary_pre_prompt_summary: str | None = None
    auto_gen_document_summary_prompt_summary: str | None = None
    auto_gen_document_sample_questions_prompt: str | None = None
    default_sample_questions: list[str] | None = None
    image_batch_image_prompt: str | None = None
    image_batch_final_prompt: str | None = None
    user_count: int | None = None
    username: str | None = None
    updated_at: dt.datetime | None = None
    created_at: dt.datetime | None = None


class PromptTemplateBase(RequestBody):
    """Changes to a prompt template; omitted fields stay as they are."""

    name: Annotated[str, Meta(max_length=1000)] | UnsetType | None = UNSET
    description: str | UnsetType | None = UNSET
    lang: str | UnsetType | None = UNSET
    system_prompt: str | UnsetType | None = UNSET
    pre_prompt_query: str | UnsetType | None = UNSET
    prompt_query: str | UnsetType | None = UNSET
    hyde_no_rag_llm_prompt_extension: str | UnsetType | None = UNSET
    pre_prompt_summary: str | UnsetType | None = UNSET
    prompt_summary: str | UnsetType | None = UNSET
    system_prompt_reflection: str | UnsetType | None = UNSET
    prompt_reflection: str | UnsetType | None = UNSET
    auto_gen_description_prompt: str | UnsetType | None = UNSET
    auto_gen_document_summary_pre_prompt_summary: str | UnsetType | None = UNSET
    auto_gen_document_summary_prompt_summary: str | UnsetType | None = UNSET
    auto_gen_document_sample_questions_prompt: str | UnsetType | None = UNSET
    default_sample_questions: list[str] | UnsetType | None = UNSET
    image_batch_image_prompt: str | UnsetType | None = UNSET
    image_batch_final_prompt: str | UnsetType | None = UNSET


class PromptTemplateCreateRequest(RequestBody):
    """A new prompt template."""

    name: Annotated[str, Meta(min_length=1, max_length=1000)]
    description: str | UnsetType | None = UNSET
    lang: str | UnsetType | None = UNSET
    system_prompt: str | UnsetType | None = UNSET
    pre_prompt_query: str | UnsetType | None = UNSET
    prompt_query: str | UnsetType | None = UNSET
    hyde_no_rag_llm_prompt_extension: str | UnsetType | None = UNSET
    pre_prompt_summary: str | UnsetType | None = UNSET
    prompt_summary: str | UnsetType | None = UNSET
    system_prompt_reflection: str | UnsetType | None = UNSET
    prompt_reflection: str | UnsetType | None = UNSET
    auto_gen_description_prompt: str | UnsetType | None = UNSET
    auto_gen_document_summary_pre_prompt_summary: str | UnsetType | None = UNSET
    auto_gen_document_summary_prompt_summary: str | UnsetType | None = UNSET
    auto_gen_document_sample_questions_prompt: str | UnsetType | None = UNSET
    default_sample_questions: list[str] | UnsetType | None = UNSET
    image_batch_image_prompt: str | UnsetType | None = UNSET
    image_batch_final_prompt: str | UnsetType | None = UNSET


class SharePermission(WireModel):
    """A user who can access a shared resource."""

    username: str
    permissions: list[str] | None = None


class ShareCollectionRequest(RequestBody):
    """Options for sharing a collection."""

    permissions: list[str] | UnsetType | None = UNSET
