"""Documents as collection content: read, list, count, rename, delete, their collections, metadata
(the user's and the ingestion's), what the mock does not record about them (layout, OCR, source file,
guardrails) and the caller's chat sessions on them."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, delete, get, patch, post, put
from litestar.params import FromPath, FromQuery, QueryParameter

from ..http.body import decode_json, read_body, read_optional_body
from ..services.documents import DocumentFilter, DocumentSort
from ..wire import (
    ChatSession,
    ChunkSearchResult,
    Collection,
    Count,
    DeleteDocumentsJobRequest,
    Document,
    DocumentUpdateRequest,
    JobDetails,
)
from .params import Limit, Offset, Timeout
from .request import ApiRequest

__all__ = ["DocumentController"]

_Sort = Annotated[DocumentSort, QueryParameter()]


def _metadata_filter(raw: str | None) -> dict[str, Any] | None:
    return None if raw is None else decode_json(raw.encode(), dict[str, Any], what="metadata_filter")


class DocumentController(Controller):
    """Operations under ``/documents``."""

    path = "/documents"
    tags = ("Documents",)

    @get("/", operation_id="list_documents")
    async def list_documents(
        self,
        request: ApiRequest,
        offset: Offset = 0,
        limit: Limit = 100,
        sort_column: _Sort = "updated_at",
        ascending: FromQuery[bool] = False,
        with_summaries: FromQuery[bool] = False,
        metadata_filter: FromQuery[str | None] = None,
        username: FromQuery[str | None] = None,
        status: FromQuery[str | None] = None,
        source: FromQuery[str | None] = None,
        chat_session_id: FromQuery[str | None] = None,
        group_by_source_chat: FromQuery[bool] = False,
    ) -> list[Document]:
        selected = DocumentFilter(
            _metadata_filter(metadata_filter), username, status, source, chat_session_id
        )
        return await request.run(
            request.services.documents.page, request.user, offset, limit, sort_column, ascending, selected
        )

    @get("/count", operation_id="get_document_count")
    async def get_document_count(
        self,
        request: ApiRequest,
        owned: FromQuery[bool] = False,
        chat_session_id: FromQuery[str | None] = None,
    ) -> Count:
        return await request.run(request.services.documents.count, request.user, owned, chat_session_id)

    @post("/delete_job", operation_id="create_delete_document_job", status_code=201)
    async def create_delete_document_job(self, request: ApiRequest) -> JobDetails:
        body = await read_body(request, DeleteDocumentsJobRequest)
        return await request.run(request.services.job_ops.delete_documents, request.user, body.document_ids)

    @get("/{document_id:str}", operation_id="get_document")
    async def get_document(self, request: ApiRequest, document_id: FromPath[str]) -> Document:
        return await request.run(request.services.documents.get, request.user, document_id)

    @patch("/{document_id:str}", operation_id="update_document")
    async def update_document(self, request: ApiRequest, document_id: FromPath[str]) -> Document:
        body = await read_body(request, DocumentUpdateRequest)
        return await request.run(request.services.documents.update, request.user, document_id, body)

    @delete("/{document_id:str}", operation_id="delete_document", status_code=204)
    async def delete_document(
        self, request: ApiRequest, document_id: FromPath[str], timeout: Timeout = 300
    ) -> None:
        await request.run(request.services.documents.delete, request.user, document_id)

    @get("/{document_id:str}/collections", operation_id="list_collections_for_document")
    async def list_collections_for_document(
        self, request: ApiRequest, document_id: FromPath[str], offset: Offset = 0, limit: Limit = 100
    ) -> list[Collection]:
        return await request.run(
            request.services.documents.collections, request.user, document_id, offset, limit
        )

    @get("/{document_id:str}/chunks", operation_id="list_document_chunks")
    async def list_document_chunks(
        self, request: ApiRequest, document_id: FromPath[str], collection_id: FromQuery[str]
    ) -> list[ChunkSearchResult]:
        return await request.run(
            request.services.chunks.of_document, request.user, document_id, collection_id
        )

    @get("/{document_id:str}/metadata", operation_id="get_document_metadata")
    async def get_document_metadata(self, request: ApiRequest, document_id: FromPath[str]) -> dict[str, Any]:
        return await request.run(request.services.documents.metadata, request.user, document_id)

    @get("/{document_id:str}/internal_metadata", operation_id="get_document_internal_metadata")
    async def get_document_internal_metadata(
        self, request: ApiRequest, document_id: FromPath[str]
    ) -> dict[str, Any]:
        return await request.run(request.services.documents.ingestion_metadata, request.user, document_id)

    # The mock records no page layout, OCR model, source file or ingestion guardrails for a document (it
    # reads text without OCR and keeps files as uploaded): 204, as the vendor's server answers for none.
    @get("/{document_id:str}/page_layout", operation_id="get_document_page_layout", status_code=204)
    async def get_document_page_layout(self, request: ApiRequest, document_id: FromPath[str]) -> None:
        await request.run(request.services.documents.check_visible, request.user, document_id)

    @get("/{document_id:str}/page_ocr_model", operation_id="get_document_page_ocr_model", status_code=204)
    async def get_document_page_ocr_model(self, request: ApiRequest, document_id: FromPath[str]) -> None:
        await request.run(request.services.documents.check_visible, request.user, document_id)

    @get("/{document_id:str}/user_source_file", operation_id="get_document_user_source_file", status_code=204)
    async def get_document_user_source_file(self, request: ApiRequest, document_id: FromPath[str]) -> None:
        await request.run(request.services.documents.check_visible, request.user, document_id)

    @get(
        "/{document_id:str}/guardrails_settings",
        operation_id="get_document_guardrails_settings",
        status_code=204,
    )
    async def get_document_guardrails_settings(self, request: ApiRequest, document_id: FromPath[str]) -> None:
        await request.run(request.services.documents.check_visible, request.user, document_id)

    @put("/{document_id:str}/metadata", operation_id="update_document_metadata", status_code=204)
    async def update_document_metadata(self, request: ApiRequest, document_id: FromPath[str]) -> None:
        metadata = await read_optional_body(request, dict[str, Any])
        await request.run(request.services.documents.store_metadata, request.user, document_id, metadata)

    @get("/{document_id:str}/chats", operation_id="list_chat_sessions_for_document")
    async def list_chat_sessions_for_document(
        self, request: ApiRequest, document_id: FromPath[str], offset: Offset = 0, limit: Limit = 100
    ) -> list[ChatSession]:
        return await request.run(
            request.services.documents.sessions, request.user, document_id, offset, limit
        )

    @get("/{document_id:str}/chats/count", operation_id="get_chat_session_count_for_document")
    async def get_chat_session_count_for_document(
        self, request: ApiRequest, document_id: FromPath[str]
    ) -> Count:
        return await request.run(request.services.documents.session_count, request.user, document_id)
