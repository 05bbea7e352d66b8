"""Public records and group sharing (1.7.5): collections' and prompt templates', and the system
templates' default and visibility."""

from __future__ import annotations

from typing import Annotated, Literal

from litestar import Controller, delete, get, post, put
from litestar.params import FromPath, FromQuery, QueryParameter

from ..http.body import read_body, read_optional_body
from ..wire import (
    GroupSharePermission,
    PromptTemplate,
    ResetAndShareRequest,
    ResetAndShareWithGroupsRequest,
    ShareCollectionRequest,
    UpdateCollectionPrivacyRequest,
    UpdateDefaultPromptTemplateVisibilityRequest,
    UpdatePromptTemplatePrivacyRequest,
)
from .params import Limit, Offset, SortColumn
from .request import ApiRequest

__all__ = ["CollectionSharingController", "TemplateSharingController"]

# Not Optional: Litestar would read the literal string "null" as None and accept it.
_TemplateType = Annotated[Literal["all", "user", "system"], QueryParameter()]
_Filter = Annotated[str | None, QueryParameter(name="filter")]


class CollectionSharingController(Controller):
    """Operations under ``/collections`` on public access and group sharing."""

    path = "/collections"
    tags = ("Collections",)

    @post("/{collection_id:str}/is_public", operation_id="update_collection_privacy", status_code=204)
    async def update_collection_privacy(self, request: ApiRequest, collection_id: FromPath[str]) -> None:
        body = await read_body(request, UpdateCollectionPrivacyRequest)
        permissions = body.permissions if isinstance(body.permissions, list) else None
        await request.run(
            request.services.sharing.set_collection_privacy,
            request.user,
            collection_id,
            body.is_public,
            permissions,
        )

    @get("/{collection_id:str}/public_permissions", operation_id="list_collection_public_permissions")
    async def list_collection_public_permissions(
        self, request: ApiRequest, collection_id: FromPath[str]
    ) -> list[str]:
        return await request.run(request.services.sharing.public_permissions, request.user, collection_id)

    @get("/{collection_id:str}/group_permissions", operation_id="get_collection_group_permissions")
    async def get_collection_group_permissions(
        self, request: ApiRequest, collection_id: FromPath[str]
    ) -> list[GroupSharePermission]:
        return await request.run(request.services.sharing.collection_groups, request.user, collection_id)

    @put(
        "/{collection_id:str}/group_permissions/{group_id:str}",
        operation_id="share_collection_with_group",
        status_code=204,
    )
    async def share_collection_with_group(
        self, request: ApiRequest, collection_id: FromPath[str], group_id: FromPath[str]
    ) -> None:
        options = await read_optional_body(request, ShareCollectionRequest)
        permissions = options.permissions if options and isinstance(options.permissions, list) else None
        await request.run(
            request.services.sharing.share_collection, request.user, collection_id, group_id, permissions
        )

    @delete(
        "/{collection_id:str}/group_permissions/{group_id:str}",
        operation_id="unshare_collection_from_group",
        status_code=204,
    )
    async def unshare_collection_from_group(
        self, request: ApiRequest, collection_id: FromPath[str], group_id: FromPath[str]
    ) -> None:
        await request.run(request.services.sharing.unshare_collection, request.user, collection_id, group_id)


class TemplateSharingController(Controller):
    """Operations under ``/prompt_templates`` on public access, groups, visibility and the default."""

    path = "/prompt_templates"
    tags = ("Prompt Templates",)

    @get("/default", operation_id="get_default_prompt_template")
    async def get_default_prompt_template(self, request: ApiRequest) -> PromptTemplate:
        return await request.run(request.services.templates.get_default)

    @get("/all", operation_id="list_all_prompt_templates")
    async def list_all_prompt_templates(
        self,
        request: ApiRequest,
        offset: Offset = 0,
        limit: Limit = 100,
        sort_column: SortColumn = "updated_at",
        ascending: FromQuery[bool] = True,
        template_type: _TemplateType = "all",
        text: _Filter = None,
    ) -> list[PromptTemplate]:
        return await request.run(
            request.services.sharing.list_all_templates,
            request.user,
            offset,
            limit,
            sort_column,
            ascending,
            template_type,
            text,
        )

    @post(
        "/{prompt_template_id:str}/is_public", operation_id="update_prompt_template_privacy", status_code=204
    )
    async def update_prompt_template_privacy(
        self, request: ApiRequest, prompt_template_id: FromPath[str]
    ) -> None:
        body = await read_body(request, UpdatePromptTemplatePrivacyRequest)
        await request.run(
            request.services.sharing.set_template_privacy, request.user, prompt_template_id, body.is_public
        )

    @put(
        "/{prompt_template_id:str}/is_visible",
        operation_id="update_default_prompt_template_visibility",
        status_code=204,
    )
    async def update_default_prompt_template_visibility(
        self, request: ApiRequest, prompt_template_id: FromPath[str]
    ) -> None:
        body = await read_body(request, UpdateDefaultPromptTemplateVisibilityRequest)
        await request.run(
            request.services.sharing.set_visibility, request.user, prompt_template_id, body.is_visible
        )

    @put(
        "/{prompt_template_id:str}/permissions",
        operation_id="reset_and_share_prompt_template",
        status_code=204,
    )
    async def reset_and_share_prompt_template(
        self, request: ApiRequest, prompt_template_id: FromPath[str]
    ) -> None:
        body = await read_body(request, ResetAndShareRequest)
        await request.run(
            request.services.sharing.reset_template_users, request.user, prompt_template_id, body.usernames
        )

    @get("/{prompt_template_id:str}/group_permissions", operation_id="get_prompt_template_group_permissions")
    async def get_prompt_template_group_permissions(
        self, request: ApiRequest, prompt_template_id: FromPath[str]
    ) -> list[GroupSharePermission]:
        return await request.run(request.services.sharing.template_groups, request.user, prompt_template_id)

    @put(
        "/{prompt_template_id:str}/group_permissions",
        operation_id="reset_and_share_prompt_template_with_groups",
        status_code=204,
    )
    async def reset_and_share_prompt_template_with_groups(
        self, request: ApiRequest, prompt_template_id: FromPath[str]
    ) -> None:
        body = await read_body(request, ResetAndShareWithGroupsRequest)
        await request.run(
            request.services.sharing.reset_template_groups, request.user, prompt_template_id, body.groups
        )

    @put(
        "/{prompt_template_id:str}/group_permissions/{group_id:str}",
        operation_id="share_prompt_template_with_group",
        status_code=204,
    )
    async def share_prompt_template_with_group(
        self, request: ApiRequest, prompt_template_id: FromPath[str], group_id: FromPath[str]
    ) -> None:
        await request.run(request.services.sharing.share_template, request.user, prompt_template_id, group_id)

    @delete(
        "/{prompt_template_id:str}/group_permissions/{group_id:str}",
        operation_id="unshare_prompt_template_from_group",
        status_code=204,
    )
    async def unshare_prompt_template_from_group(
        self, request: ApiRequest, prompt_template_id: FromPath[str], group_id: FromPath[str]
    ) -> None:
        await request.run(
            request.services.sharing.unshare_template, request.user, prompt_template_id, group_id
        )
