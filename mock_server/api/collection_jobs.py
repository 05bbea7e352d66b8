"""The jobs under ``/collections``: delete collections, remove, add and import documents, change the
thumbnail and move chat sessions. Kept apart from ``collections.py`` only for its length."""

from __future__ import annotations

from typing import Annotated, Literal

from litestar import Controller, delete, post, put
from litestar.params import FromPath, FromQuery, QueryParameter

from ..errors import PayloadTooLarge
from ..http.body import read_body
from ..wire import (
    CreateImportCollectionToCollectionJobRequest,
    CreateInsertDocumentToCollectionJobRequest,
    DeleteCollectionsJobRequest,
    DeleteDocumentsJobRequest,
    JobDetails,
    MigrateCollectionChatSessionsJobRequest,
)
from .collections import MAX_THUMBNAIL_BYTES
from .multipart import read_file_part
from .params import Timeout
from .request import ApiRequest

__all__ = ["CollectionJobController"]

# The ingestion options are accepted for compatibility: the mock indexes a document's text as it is.
_IngestMode = Annotated[Literal["standard", "agent_only"], QueryParameter()]


class CollectionJobController(Controller):
    """The ``*_job`` operations under ``/collections``."""

    path = "/collections"
    tags = ("Collections",)

    @post("/delete_job", operation_id="create_delete_collection_job", status_code=201)
    async def create_delete_collection_job(self, request: ApiRequest) -> JobDetails:
        body = await read_body(request, DeleteCollectionsJobRequest)
        return await request.run(
            request.services.job_ops.delete_collections, request.user, body.collection_ids
        )

    @post(
        "/{collection_id:str}/documents/delete_job",
        operation_id="create_delete_document_from_collection_job",
        status_code=201,
    )
    async def create_delete_document_from_collection_job(
        self, request: ApiRequest, collection_id: FromPath[str]
    ) -> JobDetails:
        body = await read_body(request, DeleteDocumentsJobRequest)
        return await request.run(
            request.services.job_ops.remove_documents, request.user, collection_id, body.document_ids
        )

    @post(
        "/{collection_id:str}/documents/insert_job",
        operation_id="create_insert_document_to_collection_job",
        status_code=201,
    )
    async def create_insert_document_to_collection_job(
        self,
        request: ApiRequest,
        collection_id: FromPath[str],
        copy_document: FromQuery[bool] = False,
        preserve_metadata: FromQuery[bool] = False,
        gen_doc_summaries: FromQuery[bool] = False,
        gen_doc_questions: FromQuery[bool] = False,
        ocr_model: FromQuery[str] = "auto",
        tesseract_lang: FromQuery[str | None] = None,
        keep_tables_as_one_chunk: FromQuery[bool] = False,
        chunk_by_page: FromQuery[bool] = False,
        handwriting_check: FromQuery[bool] = False,
        ingest_mode: _IngestMode = "standard",
        timeout: Timeout = 300,
    ) -> JobDetails:
        body = await read_body(request, CreateInsertDocumentToCollectionJobRequest)
        return await request.run(
            request.services.job_ops.insert_document, request.user, collection_id, body.document_id, timeout
        )

    @put(
        "/{collection_id:str}/thumbnail/job",
        operation_id="create_update_collection_thumbnail_job",
        status_code=201,
    )
    async def create_update_collection_thumbnail_job(
        self, request: ApiRequest, collection_id: FromPath[str], timeout: Timeout = 300
    ) -> JobDetails:
        part = await read_file_part(request, "file")
        if len(part.data) > MAX_THUMBNAIL_BYTES:
            raise PayloadTooLarge("Thumbnails may be at most 5 MiB")
        return await request.run(
            request.services.job_ops.set_thumbnail,
            request.user,
            collection_id,
            part.data,
            part.content_type,
            timeout,
        )

    @delete(
        "/{collection_id:str}/thumbnail/job",
        operation_id="create_delete_collection_thumbnail_job",
        status_code=201,
    )
    async def create_delete_collection_thumbnail_job(
        self, request: ApiRequest, collection_id: FromPath[str]
    ) -> JobDetails:
        return await request.run(request.services.job_ops.remove_thumbnail, request.user, collection_id)

    @post(
        "/{collection_id:str}/migrate_chat_sessions_job",
        operation_id="create_migrate_collection_chat_sessions_job",
        status_code=201,
    )
    async def create_migrate_collection_chat_sessions_job(
        self, request: ApiRequest, collection_id: FromPath[str], timeout: Timeout = 300
    ) -> JobDetails:
        body = await read_body(request, MigrateCollectionChatSessionsJobRequest)
        return await request.run(
            request.services.job_ops.migrate_sessions,
            request.user,
            collection_id,
            body.target_collection_id,
            timeout,
        )

    @post(
        "/{collection_id:str}/import_collection_job",
        operation_id="create_import_collection_to_collection_job",
        status_code=201,
    )
    async def create_import_collection_to_collection_job(
        self,
        request: ApiRequest,
        collection_id: FromPath[str],
        migrate_scheduled_connectors: FromQuery[bool] = False,
        copy_lifecycle_settings: FromQuery[bool] = False,
        skip_reparse: FromQuery[bool] = False,
        copy_document: FromQuery[bool] = False,
        preserve_document_status: FromQuery[bool] = False,
        preserve_metadata: FromQuery[bool] = False,
        gen_doc_summaries: FromQuery[bool] = False,
        gen_doc_questions: FromQuery[bool] = False,
        ocr_model: FromQuery[str] = "auto",
        tesseract_lang: FromQuery[str | None] = None,
        keep_tables_as_one_chunk: FromQuery[bool] = False,
        chunk_by_page: FromQuery[bool] = False,
        handwriting_check: FromQuery[bool] = False,
        ingest_mode: _IngestMode = "standard",
        timeout: Timeout = 300,
    ) -> JobDetails:
        body = await read_body(request, CreateImportCollectionToCollectionJobRequest)
        return await request.run(
            request.services.job_ops.import_collection,
            request.user,
            collection_id,
            body.source_collection_id,
            timeout,
        )
