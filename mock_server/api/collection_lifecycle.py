"""A collection's lifecycle, limits, workspace and metadata (1.7.5), and the admins' list of all."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, delete, get, post, put
from litestar.params import FromPath, FromQuery, QueryParameter

from ..http.body import read_body, read_optional_body
from ..wire import (
    Collection,
    SetCollectionSizeLimitRequest,
    UpdateCollectionExemptFromChatExpiryRequest,
    UpdateCollectionExpiryRequest,
    UpdateCollectionInactivityIntervalRequest,
    UpdateCollectionWorkspaceRequest,
)
from .params import Limit, Offset, SortColumn
from .request import ApiRequest

__all__ = ["CollectionLifecycleController"]

_Filter = Annotated[str | None, QueryParameter(name="filter")]


class CollectionLifecycleController(Controller):
    """Operations under ``/collections`` that change a collection's lifecycle fields."""

    path = "/collections"
    tags = ("Collections",)

    @get("/all", operation_id="list_all_collections")
    async def list_all_collections(
        self,
        request: ApiRequest,
        offset: Offset = 0,
        limit: Limit = 100,
        sort_column: SortColumn = "updated_at",
        ascending: FromQuery[bool] = False,
        text: _Filter = None,
    ) -> list[Collection]:
        return await request.run(
            request.services.collection_lifecycle.list_all,
            request.user,
            offset,
            limit,
            sort_column,
            ascending,
            text,
        )

    @post("/{collection_id:str}/archive", operation_id="archive_collection", status_code=204)
    async def archive_collection(self, request: ApiRequest, collection_id: FromPath[str]) -> None:
        await request.run(request.services.collection_lifecycle.archive, request.user, collection_id)

    @post("/{collection_id:str}/unarchive", operation_id="unarchive_collection", status_code=204)
    async def unarchive_collection(self, request: ApiRequest, collection_id: FromPath[str]) -> None:
        await request.run(request.services.collection_lifecycle.unarchive, request.user, collection_id)

    @put("/{collection_id:str}/expiry_date", operation_id="update_collection_expiry_date", status_code=204)
    async def update_collection_expiry_date(self, request: ApiRequest, collection_id: FromPath[str]) -> None:
        body = await read_body(request, UpdateCollectionExpiryRequest)
        timezone = body.timezone if isinstance(body.timezone, str) else None
        await request.run(
            request.services.collection_lifecycle.set_expiry,
            request.user,
            collection_id,
            body.expiry_date,
            timezone,
        )

    @delete("/{collection_id:str}/expiry_date", operation_id="delete_collection_expiry_date", status_code=204)
    async def delete_collection_expiry_date(self, request: ApiRequest, collection_id: FromPath[str]) -> None:
        await request.run(request.services.collection_lifecycle.clear_expiry, request.user, collection_id)

    @put(
        "/{collection_id:str}/inactivity_interval",
        operation_id="update_collection_inactivity_interval",
        status_code=204,
    )
    async def update_collection_inactivity_interval(
        self, request: ApiRequest, collection_id: FromPath[str]
    ) -> None:
        body = await read_body(request, UpdateCollectionInactivityIntervalRequest)
        await request.run(
            request.services.collection_lifecycle.set_inactivity,
            request.user,
            collection_id,
            body.inactivity_interval,
        )

    @delete(
        "/{collection_id:str}/inactivity_interval",
        operation_id="delete_collection_inactivity_interval",
        status_code=204,
    )
    async def delete_collection_inactivity_interval(
        self, request: ApiRequest, collection_id: FromPath[str]
    ) -> None:
        await request.run(
            request.services.collection_lifecycle.set_inactivity, request.user, collection_id, None
        )

    @put(
        "/{collection_id:str}/exempt_from_chat_expiry",
        operation_id="update_collection_exempt_from_chat_expiry",
        status_code=204,
    )
    async def update_collection_exempt_from_chat_expiry(
        self, request: ApiRequest, collection_id: FromPath[str]
    ) -> None:
        body = await read_body(request, UpdateCollectionExemptFromChatExpiryRequest)
        await request.run(
            request.services.collection_lifecycle.set_exempt, request.user, collection_id, body.exempt
        )

    @put("/{collection_id:str}/size_limit", operation_id="set_collection_size_limit", status_code=204)
    async def set_collection_size_limit(self, request: ApiRequest, collection_id: FromPath[str]) -> None:
        body = await read_body(request, SetCollectionSizeLimitRequest)
        await request.run(
            request.services.collection_lifecycle.set_size_limit, request.user, collection_id, body.size_limit
        )

    @delete("/{collection_id:str}/size_limit", operation_id="remove_collection_size_limit", status_code=204)
    async def remove_collection_size_limit(self, request: ApiRequest, collection_id: FromPath[str]) -> None:
        await request.run(
            request.services.collection_lifecycle.set_size_limit, request.user, collection_id, None
        )

    @get("/{collection_id:str}/metadata", operation_id="get_collection_metadata")
    async def get_collection_metadata(
        self, request: ApiRequest, collection_id: FromPath[str]
    ) -> dict[str, Any]:
        return await request.run(request.services.collection_lifecycle.metadata, request.user, collection_id)

    @put("/{collection_id:str}/metadata", operation_id="update_collection_metadata", status_code=204)
    async def update_collection_metadata(self, request: ApiRequest, collection_id: FromPath[str]) -> None:
        metadata = await read_optional_body(request, dict[str, Any])
        await request.run(
            request.services.collection_lifecycle.set_metadata, request.user, collection_id, metadata
        )

    @put("/{collection_id:str}/workspace", operation_id="update_collection_workspace", status_code=204)
    async def update_collection_workspace(self, request: ApiRequest, collection_id: FromPath[str]) -> None:
        body = await read_body(request, UpdateCollectionWorkspaceRequest)
        await request.run(
            request.services.collection_lifecycle.set_workspace, request.user, collection_id, body.workspace
        )

    @delete(
        "/{collection_id:str}/prompt_settings",
        operation_id="reset_collection_prompt_settings",
        status_code=204,
    )
    async def reset_collection_prompt_settings(
        self, request: ApiRequest, collection_id: FromPath[str]
    ) -> None:
        await request.run(
            request.services.collection_lifecycle.reset_prompt_settings, request.user, collection_id
        )
