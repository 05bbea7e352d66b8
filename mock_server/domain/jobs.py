"""The kinds of job the vendor SDK knows: ``Job.kind`` there is an enum, so a job must carry one of these."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["JobKind"]


class JobKind(StrEnum):
    """The values of ``h2ogpte.types.JobKind`` (1.7.5); the SDK refuses a job of any other kind."""

    NO_OP = "NoOpJob"
    INGEST_AGENT_ONLY_TO_STANDARD = "IngestAgentOnlyToStandardJob"
    INGEST_FROM_FILE_SYSTEM = "IngestFromFileSystemJob"
    INGEST_FROM_CLOUD_STORAGE = "IngestFromCloudStorageJob"
    INGEST_WITH_SCHEDULED_CONNECTOR = "IngestWithScheduledConnectorJob"
    INGEST_PLAIN_TEXT = "IngestPlainTextJob"
    INGEST_UPLOADS = "IngestUploadsJob"
    INGEST_WEBSITE = "IngestWebsiteJob"
    INDEX_FILES = "IndexFilesJob"
    UPDATE_COLLECTION_STATS = "UpdateCollectionStatsJob"
    DELETE_USER = "DeleteUserJob"
    DELETE_CHAT_SESSIONS = "DeleteChatSessionsJob"
    DELETE_CHAT_SESSIONS_AS_ADMIN = "DeleteChatSessionsAsAdminJob"
    DELETE_ARCHIVED_CHAT_SESSIONS = "DeleteArchivedChatSessionsJob"
    DELETE_COLLECTIONS = "DeleteCollectionsJob"
    DELETE_COLLECTIONS_AS_ADMIN = "DeleteCollectionsAsAdminJob"
    DELETE_DOCUMENTS = "DeleteDocumentsJob"
    DELETE_DOCUMENTS_FROM_COLLECTION = "DeleteDocumentsFromCollectionJob"
    IMPORT_DOCUMENT_INTO_COLLECTION = "ImportDocumentIntoCollectionJob"
    IMPORT_COLLECTION_INTO_COLLECTION = "ImportCollectionIntoCollectionJob"
    DOCUMENT_SUMMARY = "DocumentProcessJob"  # the SDK's legacy name for it
    CREATE_TOPIC_MODEL = "CreateTopicModelJob"
    UPDATE_COLLECTION_THUMBNAIL = "UpdateCollectionThumbnailJob"
    DELETE_COLLECTION_THUMBNAIL = "DeleteCollectionThumbnailJob"
    REGENERATE_COLLECTION_DESCRIPTION = "RegenerateCollectionDescriptionJob"
    EVAL_MESSAGE = "EvalMessageJob"
    EVAL_COLLECTION = "EvalCollectionJob"
    RUN_EXTRACTOR = "RunExtractorJob"
    RUN_EXTRACTOR_ON_UPLOADS = "RunExtractorOnUploadsJob"
    MIGRATE_COLLECTION_CHAT_SESSIONS = "MigrateCollectionChatSessionsJob"
    MIGRATE_SCHEDULED_CONNECTORS_TO_COLLECTION = "MigrateScheduledConnectorsToCollectionJob"
    EXPORT_FEEDBACK_CSV = "ExportFeedbackCSVJob"
    BUILD_SYSTEM_PROMPT = "BuildSystemPromptJob"
    BUILD_COLLECTION_GRAPH = "BuildCollectionGraphJob"
    SCHEDULED_TASK_EXECUTION = "ScheduledTaskExecutionJob"
