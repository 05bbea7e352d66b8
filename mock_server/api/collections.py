"""Collections, their settings, documents, sessions, thumbnail, template and sharing."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from litestar import Controller, delete, get, patch, post, put
from litestar.params import FromPath, FromQuery, QueryParameter

from ..errors import PayloadTooLarge
from ..http.body import decode_json, read_body, read_optional_body
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
    PromptTemplateChangeRequest,
    ShareCollectionRequest,
    SharePermission,
    SuggestedQuestion,
)
from .history_words import in_readers_words
from .multipart import read_file_part
from .params import Limit, Offset, SortColumn, Timeout
from .request import ApiRequest

__all__ = ["CollectionController"]

MAX_THUMBNAIL_BYTES = 5 * 1024 * 1024
# Not Optional: Litestar would read the literal string "null" as None and accept it.
_IngestMode = Annotated[Literal["standard", "agent_only"], QueryParameter()]


def _json_filter(raw: str | None) -> dict[str, Any] | None:
    """The ``metadata_filter`` parameter: a JSON object serialised into the query string."""
    if raw is None:
        return None
    return decode_json(raw.encode(), dict[str, Any], what="metadata_filter")


class CollectionController(Controller):
    """Operations under ``/collections``."""

    path = "/collections"
    tags = ("Collections",)

    @get("/", operation_id="list_collections")
    async def list_collections(
        self,
        request: ApiRequest,
        offset: Offset = 0,
        limit: Limit = 100,
        sort_column: SortColumn = "updated_at",
        ascending: FromQuery[bool] = False,
        metadata_filter: FromQuery[str | None] = None,
        name_filter: FromQuery[str | None] = None,
        current_user_only: FromQuery[bool] = False,
    ) -> list[Collection]:
        return await request.run(
            request.services.collections.page,
            request.user,
            offset,
            limit,
            sort_column,
            ascending,
            name_filter,
            current_user_only,
            _json_filter(metadata_filter),
        )

    @get("/count", operation_id="get_collection_count")
    async def get_collection_count(self, request: ApiRequest) -> Count:
        return await request.run(request.services.collections.count, request.user)

    @post("/", operation_id="create_collection", status_code=201)
    async def create_collection(self, request: ApiRequest) -> Collection:
        return await request.run(
            request.services.collections.create,
            request.user,
            await read_body(request, CollectionCreateRequest),
        )

    @get("/{collection_id:str}", operation_id="get_collection")
    async def get_collection(self, request: ApiRequest, collection_id: FromPath[str]) -> Collection:
        return await request.run(request.services.collections.get, request.user, collection_id)

    @patch("/{collection_id:str}", operation_id="update_collection")
    async def update_collection(self, request: ApiRequest, collection_id: FromPath[str]) -> Collection:
        body = await read_body(request, CollectionUpdateRequest)
        return await request.run(request.services.collections.update, request.user, collection_id, body)

    @delete("/{collection_id:str}", operation_id="delete_collection", status_code=204)
    async def delete_collection(
        self, request: ApiRequest, collection_id: FromPath[str], timeout: Timeout = 300
    ) -> None:
        await request.run(request.services.collections.delete, request.user, collection_id)

    @get("/{collection_id:str}/settings", operation_id="get_collection_settings")
    async def get_collection_settings(
        self, request: ApiRequest, collection_id: FromPath[str]
    ) -> CollectionSettings:
        return await request.run(request.services.collections.settings, request.user, collection_id)

    @put("/{collection_id:str}/settings", operation_id="update_collection_settings", status_code=204)
    async def update_collection_settings(self, request: ApiRequest, collection_id: FromPath[str]) -> None:
        body = await read_optional_body(request, CollectionSettingsInput)
        await request.run(
            request.services.collections.store_settings,
            request.user,
            collection_id,
            body or CollectionSettingsInput(),
        )

    @get("/{collection_id:str}/chat_settings", operation_id="get_collection_chat_settings")
    async def get_collection_chat_settings(
        self, request: ApiRequest, collection_id: FromPath[str]
    ) -> ChatSettings:
        stored = await request.run(request.services.collections.chat_settings, request.user, collection_id)
        return in_readers_words(
            stored, request.headers.get("x-client-version"), request.headers.get("user-agent")
        )

    @put(
        "/{collection_id:str}/chat_settings", operation_id="update_collection_chat_settings", status_code=204
    )
    async def update_collection_chat_settings(
        self, request: ApiRequest, collection_id: FromPath[str]
    ) -> None:
        body = await read_optional_body(request, ChatSettings)
        await request.run(
            request.services.collections.store_chat_settings,
            request.user,
            collection_id,
            body or ChatSettings(),
        )

    @put("/{collection_id:str}/prompt_template", operation_id="update_collection_prompt_template")
    async def update_collection_prompt_template(
        self, request: ApiRequest, collection_id: FromPath[str]
    ) -> Collection:
        body = await read_body(request, PromptTemplateChangeRequest)
        return await request.run(
            request.services.collections.set_template, request.user, collection_id, body.prompt_template_id
        )

    @delete(
        "/{collection_id:str}/prompt_template",
        operation_id="delete_collection_prompt_template",
        status_code=200,
    )
    async def delete_collection_prompt_template(
        self, request: ApiRequest, collection_id: FromPath[str]
    ) -> Collection:
        return await request.run(request.services.collections.set_template, request.user, collection_id, None)

    @put("/{collection_id:str}/thumbnail", operation_id="update_collection_thumbnail", status_code=204)
    async def update_collection_thumbnail(
        self,
        request: ApiRequest,
        collection_id: FromPath[str],
        timeout: Timeout = 300,
    ) -> None:
        part = await read_file_part(request, "file")
        if len(part.data) > MAX_THUMBNAIL_BYTES:
            raise PayloadTooLarge("Thumbnails may be at most 5 MiB")
        await request.run(
            request.services.collections.set_thumbnail,
            request.user,
            collection_id,
            part.data,
            part.content_type,
        )

    @delete("/{collection_id:str}/thumbnail", operation_id="delete_collection_thumbnail", status_code=204)
    async def delete_collection_thumbnail(
        self, request: ApiRequest, collection_id: FromPath[str], timeout: Timeout = 300
    ) -> None:
        await request.run(request.services.collections.remove_thumbnail, request.user, collection_id)

    @get("/{collection_id:str}/documents", operation_id="list_documents_for_collection")
    async def list_documents_for_collection(
        self,
        request: ApiRequest,
        collection_id: FromPath[str],
        offset: Offset = 0,
        limit: Limit = 100,
        metadata_filter: FromQuery[str | None] = None,
    ) -> list[Document]:
        return await request.run(
            request.services.collections.documents,
            request.user,
            collection_id,
            offset,
            limit,
            _json_filter(metadata_filter),
        )

    @get("/{collection_id:str}/documents/count", operation_id="get_document_count_for_collection")
    async def get_document_count_for_collection(
        self, request: ApiRequest, collection_id: FromPath[str]
    ) -> Count:
        return await request.run(request.services.collections.document_count, request.user, collection_id)

    @put(
        "/{collection_id:str}/documents/{document_id:str}",
        operation_id="insert_document_into_collection",
        status_code=204,
    )
    async def insert_document_into_collection(
        self,
        request: ApiRequest,
        collection_id: FromPath[str],
        document_id: FromPath[str],
        timeout: Timeout = 300,
        gen_doc_summaries: FromQuery[bool] = False,
        gen_doc_questions: FromQuery[bool] = False,
        copy_document: FromQuery[bool] = False,
        preserve_metadata: FromQuery[bool] = False,
        ocr_model: FromQuery[str] = "auto",
        tesseract_lang: FromQuery[str | None] = None,
        keep_tables_as_one_chunk: FromQuery[bool] = False,
        chunk_by_page: FromQuery[bool] = False,
        handwriting_check: FromQuery[bool] = False,
        ingest_mode: _IngestMode = "standard",
    ) -> None:
        await request.run(
            request.services.collections.insert_document, request.user, collection_id, document_id
        )

    @delete(
        "/{collection_id:str}/documents/{document_id:str}",
        operation_id="delete_document_from_collection",
        status_code=204,
    )
    async def delete_document_from_collection(
        self,
        request: ApiRequest,
        collection_id: FromPath[str],
        document_id: FromPath[str],
        timeout: Timeout = 300,
    ) -> None:
        await request.run(
            request.services.collections.remove_document, request.user, collection_id, document_id
        )

    @get("/{collection_id:str}/chats", operation_id="list_chat_sessions_for_collection")
    async def list_chat_sessions_for_collection(
        self,
        request: ApiRequest,
        collection_id: FromPath[str],
        offset: Offset = 0,
        limit: Limit = 100,
        username: FromQuery[str | None] = None,
    ) -> list[ChatSession]:
        return await request.run(
            request.services.collections.sessions, request.user, collection_id, offset, limit, username
        )

    @get("/{collection_id:str}/chats/count", operation_id="get_chat_session_count_for_collection")
    async def get_chat_session_count_for_collection(
        self, request: ApiRequest, collection_id: FromPath[str]
    ) -> Count:
        return await request.run(request.services.collections.session_count, request.user, collection_id)

    @get("/{collection_id:str}/questions", operation_id="list_questions_for_collection")
    async def list_questions_for_collection(
        self, request: ApiRequest, collection_id: FromPath[str], limit: Limit = 100
    ) -> list[SuggestedQuestion]:
        return await request.run(request.services.collections.questions, request.user, collection_id, limit)

    @get("/{collection_id:str}/permissions", operation_id="get_collection_permissions")
    async def get_collection_permissions(
        self, request: ApiRequest, collection_id: FromPath[str]
    ) -> list[SharePermission]:
        return await request.run(request.services.collections.permissions, request.user, collection_id)

    @put("/{collection_id:str}/permissions/{username:str}", operation_id="share_collection", status_code=204)
    async def share_collection(
        self,
        request: ApiRequest,
        collection_id: FromPath[str],
        username: FromPath[str],
    ) -> None:
        options = await read_optional_body(request, ShareCollectionRequest)
        permissions = options.permissions if options and isinstance(options.permissions, list) else None
        await request.run(
            request.services.collections.share, request.user, collection_id, username, permissions
        )

    @delete(
        "/{collection_id:str}/permissions/{username:str}", operation_id="unshare_collection", status_code=204
    )
    async def unshare_collection(
        self, request: ApiRequest, collection_id: FromPath[str], username: FromPath[str]
    ) -> None:
        await request.run(request.services.collections.unshare, request.user, collection_id, username)

    @delete("/{collection_id:str}/permissions", operation_id="unshare_collection_for_all", status_code=204)
    async def unshare_collection_for_all(self, request: ApiRequest, collection_id: FromPath[str]) -> None:
        await request.run(request.services.collections.unshare, request.user, collection_id, None)
