"""Prompt templates and their sharing."""

from __future__ import annotations

from typing import Annotated, Literal

from litestar import Controller, delete, get, patch, post, put
from litestar.params import FromPath, FromQuery, QueryParameter

from ..http.body import read_body
from ..wire import Count, PromptTemplate, PromptTemplateBase, PromptTemplateCreateRequest, SharePermission
from .params import Limit, Offset, SortColumn
from .request import ApiRequest

__all__ = ["PromptTemplateController"]

# Not Optional: Litestar would read the literal string "null" as None and accept it.
_TemplateType = Annotated[Literal["all", "user", "system"], QueryParameter()]
_Filter = Annotated[str | None, QueryParameter(name="filter")]


class PromptTemplateController(Controller):
    """Operations under ``/prompt_templates``."""

    path = "/prompt_templates"
    tags = ("Prompt Templates",)

    @get("/", operation_id="list_prompt_templates")
    async def list_prompt_templates(
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
            request.services.templates.page,
            request.user,
            offset,
            limit,
            sort_column,
            ascending,
            template_type,
            text,
        )

    @get("/count", operation_id="get_prompt_template_count")
    async def get_prompt_template_count(self, request: ApiRequest) -> Count:
        return await request.run(request.services.templates.count, request.user)

    @post("/", operation_id="create_prompt_template", status_code=201)
    async def create_prompt_template(self, request: ApiRequest) -> PromptTemplate:
        return await request.run(
            request.services.templates.create,
            request.user,
            await read_body(request, PromptTemplateCreateRequest),
        )

    @get("/{prompt_template_id:str}", operation_id="get_prompt_template")
    async def get_prompt_template(
        self, request: ApiRequest, prompt_template_id: FromPath[str]
    ) -> PromptTemplate:
        return await request.run(request.services.templates.get, request.user, prompt_template_id)

    @patch("/{prompt_template_id:str}", operation_id="update_prompt_template")
    async def update_prompt_template(
        self,
        request: ApiRequest,
        prompt_template_id: FromPath[str],
    ) -> PromptTemplate:
        body = await read_body(request, PromptTemplateBase)
        return await request.run(request.services.templates.update, request.user, prompt_template_id, body)

    @delete("/{prompt_template_id:str}", operation_id="delete_prompt_template", status_code=204)
    async def delete_prompt_template(self, request: ApiRequest, prompt_template_id: FromPath[str]) -> None:
        await request.run(request.services.templates.delete, request.user, prompt_template_id)

    @get("/{prompt_template_id:str}/permissions", operation_id="get_prompt_template_permissions")
    async def get_prompt_template_permissions(
        self, request: ApiRequest, prompt_template_id: FromPath[str]
    ) -> list[SharePermission]:
        return await request.run(request.services.templates.permissions, request.user, prompt_template_id)

    @put(
        "/{prompt_template_id:str}/permissions/{username:str}",
        operation_id="share_prompt_template",
        status_code=204,
    )
    async def share_prompt_template(
        self, request: ApiRequest, prompt_template_id: FromPath[str], username: FromPath[str]
    ) -> None:
        await request.run(request.services.templates.share, request.user, prompt_template_id, username)

    @delete(
        "/{prompt_template_id:str}/permissions/{username:str}",
        operation_id="unshare_prompt_template",
        status_code=204,
    )
    async def unshare_prompt_template(
        self, request: ApiRequest, prompt_template_id: FromPath[str], username: FromPath[str]
    ) -> None:
        await request.run(request.services.templates.unshare, request.user, prompt_template_id, username)

    @delete(
        "/{prompt_template_id:str}/permissions",
        operation_id="unshare_prompt_template_for_all",
        status_code=204,
    )
    async def unshare_prompt_template_for_all(
        self, request: ApiRequest, prompt_template_id: FromPath[str]
    ) -> None:
        await request.run(request.services.templates.unshare, request.user, prompt_template_id, None)
