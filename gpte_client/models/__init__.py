"""Contains all the data models used in inputs/outputs"""

from .archived_chat_sessions import ArchivedChatSessions
from .chat_completion import ChatCompletion
from .chat_completion_delta import ChatCompletionDelta
from .chat_completion_request import ChatCompletionRequest
from .chat_completion_request_llm_args_type_0 import ChatCompletionRequestLlmArgsType0
from .chat_completion_request_rag_config_type_0 import ChatCompletionRequestRagConfigType0
from .chat_completion_request_self_reflection_config_type_0 import (
    ChatCompletionRequestSelfReflectionConfigType0,
)
from .chat_error import ChatError
from .chat_message import ChatMessage
from .chat_message_meta import ChatMessageMeta
from .chat_message_reference import ChatMessageReference
from .chat_session import ChatSession
from .chat_session_source import ChatSessionSource
from .chat_session_status import ChatSessionStatus
from .chat_session_update_request import ChatSessionUpdateRequest
from .chat_settings import ChatSettings
from .chat_settings_llm_args_type_0 import ChatSettingsLlmArgsType0
from .chat_settings_rag_config_type_0 import ChatSettingsRagConfigType0
from .chat_settings_self_reflection_config_type_0 import ChatSettingsSelfReflectionConfigType0
from .chunk import Chunk
from .chunk_search_result import ChunkSearchResult
from .collection import Collection
from .collection_change_request import CollectionChangeRequest
from .collection_create_request import CollectionCreateRequest
from .collection_metadata_dict_type_0 import CollectionMetadataDictType0
from .collection_settings import CollectionSettings
from .collection_settings_input import CollectionSettingsInput
from .collection_update_request import CollectionUpdateRequest
from .count import Count
from .create_chat_session_request import CreateChatSessionRequest
from .create_import_collection_to_collection_job_ingest_mode import (
    CreateImportCollectionToCollectionJobIngestMode,
)
from .create_import_collection_to_collection_job_request import CreateImportCollectionToCollectionJobRequest
from .create_ingest_upload_job_ingest_mode import CreateIngestUploadJobIngestMode
from .create_insert_document_to_collection_job_ingest_mode import (
    CreateInsertDocumentToCollectionJobIngestMode,
)
from .create_insert_document_to_collection_job_request import CreateInsertDocumentToCollectionJobRequest
from .create_update_collection_thumbnail_job_body import CreateUpdateCollectionThumbnailJobBody
from .delete_chat_sessions_job_request import DeleteChatSessionsJobRequest
from .delete_collections_job_request import DeleteCollectionsJobRequest
from .delete_documents_job_request import DeleteDocumentsJobRequest
from .document import Document
from .document_metadata_dict_type_0 import DocumentMetadataDictType0
from .document_status import DocumentStatus
from .document_update_request import DocumentUpdateRequest
from .embedding_model import EmbeddingModel
from .error import Error
from .fork_chat_session_request import ForkChatSessionRequest
from .get_collection_metadata_response_200 import GetCollectionMetadataResponse200
from .get_document_internal_metadata_response_200 import GetDocumentInternalMetadataResponse200
from .get_document_metadata_response_200 import GetDocumentMetadataResponse200
from .get_document_page_layout_response_200 import GetDocumentPageLayoutResponse200
from .get_document_page_ocr_model_response_200 import GetDocumentPageOcrModelResponse200
from .get_document_user_source_file_response_200 import GetDocumentUserSourceFileResponse200
from .group_share_permission import GroupSharePermission
from .guardrails_settings import GuardrailsSettings
from .guardrails_settings_column_redaction_custom_entities_type_0 import (
    GuardrailsSettingsColumnRedactionCustomEntitiesType0,
)
from .guardrails_settings_custom_pii_entities_type_0 import GuardrailsSettingsCustomPiiEntitiesType0
from .guardrails_settings_guardrails_entities_type_0 import GuardrailsSettingsGuardrailsEntitiesType0
from .guardrails_settings_input import GuardrailsSettingsInput
from .guardrails_settings_input_column_redaction_custom_entities_type_0 import (
    GuardrailsSettingsInputColumnRedactionCustomEntitiesType0,
)
from .guardrails_settings_input_custom_pii_entities_type_0 import (
    GuardrailsSettingsInputCustomPiiEntitiesType0,
)
from .guardrails_settings_input_guardrails_entities_type_0 import (
    GuardrailsSettingsInputGuardrailsEntitiesType0,
)
from .include_chat_history import IncludeChatHistory
from .ingest_mode import IngestMode
from .ingest_upload_body import IngestUploadBody
from .ingest_upload_body_metadata_type_0 import IngestUploadBodyMetadataType0
from .ingest_upload_body_metadata_type_0_additional_property import (
    IngestUploadBodyMetadataType0AdditionalProperty,
)
from .ingest_upload_ingest_mode import IngestUploadIngestMode
from .insert_document_into_collection_ingest_mode import InsertDocumentIntoCollectionIngestMode
from .job_details import JobDetails
from .job_details_overall_status import JobDetailsOverallStatus
from .job_details_status import JobDetailsStatus
from .list_all_collections_sort_column import ListAllCollectionsSortColumn
from .list_all_prompt_templates_sort_column import ListAllPromptTemplatesSortColumn
from .list_all_prompt_templates_template_type import ListAllPromptTemplatesTemplateType
from .list_archived_chat_sessions_as_admin_sort_column import ListArchivedChatSessionsAsAdminSortColumn
from .list_collections_sort_column import ListCollectionsSortColumn
from .list_documents_sort_column import ListDocumentsSortColumn
from .list_prompt_templates_sort_column import ListPromptTemplatesSortColumn
from .list_prompt_templates_template_type import ListPromptTemplatesTemplateType
from .message_vote_update_request import MessageVoteUpdateRequest
from .message_vote_update_request_votes import MessageVoteUpdateRequestVotes
from .migrate_collection_chat_sessions_job_request import MigrateCollectionChatSessionsJobRequest
from .model import Model
from .pii_detection_action import PiiDetectionAction
from .prompt_template import PromptTemplate
from .prompt_template_base import PromptTemplateBase
from .prompt_template_change_request import PromptTemplateChangeRequest
from .prompt_template_create_request import PromptTemplateCreateRequest
from .qa_feedback import QAFeedback
from .rag_type import RagType
from .reset_and_share_request import ResetAndShareRequest
from .reset_and_share_with_groups_request import ResetAndShareWithGroupsRequest
from .search_collection_chunks_request import SearchCollectionChunksRequest
from .set_collection_size_limit_request import SetCollectionSizeLimitRequest
from .share_collection_request import ShareCollectionRequest
from .share_permission import SharePermission
from .suggested_question import SuggestedQuestion
from .tag_filter import TagFilter
from .update_chat_session_keep_forever_request import UpdateChatSessionKeepForeverRequest
from .update_collection_exempt_from_chat_expiry_request import UpdateCollectionExemptFromChatExpiryRequest
from .update_collection_expiry_request import UpdateCollectionExpiryRequest
from .update_collection_inactivity_interval_request import UpdateCollectionInactivityIntervalRequest
from .update_collection_metadata_body import UpdateCollectionMetadataBody
from .update_collection_privacy_request import UpdateCollectionPrivacyRequest
from .update_collection_thumbnail_body import UpdateCollectionThumbnailBody
from .update_collection_workspace_request import UpdateCollectionWorkspaceRequest
from .update_default_prompt_template_visibility_request import UpdateDefaultPromptTemplateVisibilityRequest
from .update_document_metadata_body import UpdateDocumentMetadataBody
from .update_expiry_date_request import UpdateExpiryDateRequest
from .update_prompt_template_privacy_request import UpdatePromptTemplatePrivacyRequest
from .update_qa_feedback_request import UpdateQAFeedbackRequest
from .upload_file_body import UploadFileBody
from .uploaded_file import UploadedFile
from .vex_encryption import VexEncryption

__all__ = (
    "ArchivedChatSessions",
    "ChatCompletion",
    "ChatCompletionDelta",
    "ChatCompletionRequest",
    "ChatCompletionRequestLlmArgsType0",
    "ChatCompletionRequestRagConfigType0",
    "ChatCompletionRequestSelfReflectionConfigType0",
    "ChatError",
    "ChatMessage",
    "ChatMessageMeta",
    "ChatMessageReference",
    "ChatSession",
    "ChatSessionSource",
    "ChatSessionStatus",
    "ChatSessionUpdateRequest",
    "ChatSettings",
    "ChatSettingsLlmArgsType0",
    "ChatSettingsRagConfigType0",
    "ChatSettingsSelfReflectionConfigType0",
    "Chunk",
    "ChunkSearchResult",
    "Collection",
    "CollectionChangeRequest",
    "CollectionCreateRequest",
    "CollectionMetadataDictType0",
    "CollectionSettings",
    "CollectionSettingsInput",
    "CollectionUpdateRequest",
    "Count",
    "CreateChatSessionRequest",
    "CreateImportCollectionToCollectionJobIngestMode",
    "CreateImportCollectionToCollectionJobRequest",
    "CreateIngestUploadJobIngestMode",
    "CreateInsertDocumentToCollectionJobIngestMode",
    "CreateInsertDocumentToCollectionJobRequest",
    "CreateUpdateCollectionThumbnailJobBody",
    "DeleteChatSessionsJobRequest",
    "DeleteCollectionsJobRequest",
    "DeleteDocumentsJobRequest",
    "Document",
    "DocumentMetadataDictType0",
    "DocumentStatus",
    "DocumentUpdateRequest",
    "EmbeddingModel",
    "Error",
    "ForkChatSessionRequest",
    "GetCollectionMetadataResponse200",
    "GetDocumentInternalMetadataResponse200",
    "GetDocumentMetadataResponse200",
    "GetDocumentPageLayoutResponse200",
    "GetDocumentPageOcrModelResponse200",
    "GetDocumentUserSourceFileResponse200",
    "GroupSharePermission",
    "GuardrailsSettings",
    "GuardrailsSettingsColumnRedactionCustomEntitiesType0",
    "GuardrailsSettingsCustomPiiEntitiesType0",
    "GuardrailsSettingsGuardrailsEntitiesType0",
    "GuardrailsSettingsInput",
    "GuardrailsSettingsInputColumnRedactionCustomEntitiesType0",
    "GuardrailsSettingsInputCustomPiiEntitiesType0",
    "GuardrailsSettingsInputGuardrailsEntitiesType0",
    "IncludeChatHistory",
    "IngestMode",
    "IngestUploadBody",
    "IngestUploadBodyMetadataType0",
    "IngestUploadBodyMetadataType0AdditionalProperty",
    "IngestUploadIngestMode",
    "InsertDocumentIntoCollectionIngestMode",
    "JobDetails",
    "JobDetailsOverallStatus",
    "JobDetailsStatus",
    "ListAllCollectionsSortColumn",
    "ListAllPromptTemplatesSortColumn",
    "ListAllPromptTemplatesTemplateType",
    "ListArchivedChatSessionsAsAdminSortColumn",
    "ListCollectionsSortColumn",
    "ListDocumentsSortColumn",
    "ListPromptTemplatesSortColumn",
    "ListPromptTemplatesTemplateType",
    "MessageVoteUpdateRequest",
    "MessageVoteUpdateRequestVotes",
    "MigrateCollectionChatSessionsJobRequest",
    "Model",
    "PiiDetectionAction",
    "PromptTemplate",
    "PromptTemplateBase",
    "PromptTemplateChangeRequest",
    "PromptTemplateCreateRequest",
    "QAFeedback",
    "RagType",
    "ResetAndShareRequest",
    "ResetAndShareWithGroupsRequest",
    "SearchCollectionChunksRequest",
    "SetCollectionSizeLimitRequest",
    "ShareCollectionRequest",
    "SharePermission",
    "SuggestedQuestion",
    "TagFilter",
    "UpdateChatSessionKeepForeverRequest",
    "UpdateCollectionExemptFromChatExpiryRequest",
    "UpdateCollectionExpiryRequest",
    "UpdateCollectionInactivityIntervalRequest",
    "UpdateCollectionMetadataBody",
    "UpdateCollectionPrivacyRequest",
    "UpdateCollectionThumbnailBody",
    "UpdateCollectionWorkspaceRequest",
    "UpdateDefaultPromptTemplateVisibilityRequest",
    "UpdateDocumentMetadataBody",
    "UpdateExpiryDateRequest",
    "UpdatePromptTemplatePrivacyRequest",
    "UpdateQAFeedbackRequest",
    "UploadedFile",
    "UploadFileBody",
    "VexEncryption",
)
