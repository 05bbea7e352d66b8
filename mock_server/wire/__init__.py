"""Wire types: one msgspec Struct per schema in ``openapi.yaml``, field for field.

Responses carry every field the spec lists, ``null`` where the mock has nothing to say, so both vendor
client versions find every field they require. Request bodies reject unknown fields because the spec
closes them (``additionalProperties: false``); omitted optional fields stay ``UNSET`` so a PATCH can tell
omitted from null.
"""

from .base import (
    ChatHistorySwitch,
    ColumnRedaction,
    Count,
    DocumentStatus,
    Error,
    GuardrailAction,
    IngestMode,
    RagType,
    RequestBody,
    SessionSource,
    SessionStatus,
    TagFilter,
    WireModel,
)
from .collections import (
    ChatSettings,
    Collection,
    CollectionCreateRequest,
    CollectionSettings,
    CollectionSettingsInput,
    CollectionUpdateRequest,
    Document,
    GuardrailsSettings,
    GuardrailsSettingsInput,
    ShareCollectionRequest,
    SharePermission,
)
from .lifecycle import (
    ArchivedChatSessions,
    ForkChatSessionRequest,
    UpdateChatSessionKeepForeverRequest,
    UpdateExpiryDateRequest,
)
from .messages import (
    ChatCompletion,
    ChatCompletionDelta,
    ChatCompletionRequest,
    ChatError,
    ChatMessage,
    ChatMessageMeta,
    ChatMessageReference,
    MessageVoteUpdateRequest,
    QAFeedback,
    SuggestedQuestion,
    UpdateQAFeedbackRequest,
)
from .models import EmbeddingModel, Model
from .sessions import (
    ChatSession,
    ChatSessionUpdateRequest,
    CollectionChangeRequest,
    CreateChatSessionRequest,
    PromptTemplateChangeRequest,
)
from .templates import (
    PromptTemplate,
    PromptTemplateBase,
    PromptTemplateCreateRequest,
)

__all__ = [
    "ArchivedChatSessions",
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
    "EmbeddingModel",
    "Error",
    "ForkChatSessionRequest",
    "GuardrailAction",
    "GuardrailsSettings",
    "GuardrailsSettingsInput",
    "IngestMode",
    "MessageVoteUpdateRequest",
    "Model",
    "PromptTemplate",
    "PromptTemplateBase",
    "PromptTemplateChangeRequest",
    "PromptTemplateCreateRequest",
    "QAFeedback",
    "RagType",
    "RequestBody",
    "SessionSource",
    "SessionStatus",
    "ShareCollectionRequest",
    "SharePermission",
    "SuggestedQuestion",
    "TagFilter",
    "UpdateChatSessionKeepForeverRequest",
    "UpdateExpiryDateRequest",
    "UpdateQAFeedbackRequest",
    "WireModel",
]
