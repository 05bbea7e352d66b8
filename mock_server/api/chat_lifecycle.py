"""A chat session's lifecycle: fork, guardrails, archive, expiry date and keep-forever; the admins' list of
archived sessions."""

from __future__ import annotations

from typing import Annotated

import msgspec
from litestar import Controller, Response, delete, get, post, put
from litestar.params import FromPath, QueryParameter

from ..http.body import read_body, read_optional_body
from ..wire import (
    ArchivedChatSessions,
    ChatSession,
    ForkChatSessionRequest,
    UpdateChatSessionKeepForeverRequest,
    UpdateExpiryDateRequest,
)
from .params import Limit, Offset
from .request import ApiRequest

__all__ = ["ArchivedChatSessionController", "ChatLifecycleController"]

# Empty filters nothing: the SDK's list_archived_chat_sessions sends `filter=` unless given a text.
_Filter = Annotated[str | None, QueryParameter()]
_Flag = Annotated[bool, QueryParameter()]
_SortColumn = Annotated[str, QueryParameter(min_length=1)]


class ChatLifecycleController(Controller):
    """Lifecycle operations under ``/chats/{session_id}``."""

    path = "/chats/{session_id:str}"
    tags = ("Chat",)

    @post("/fork", operation_id="fork_chat_session", status_code=201)
    async def fork_chat_session(self, request: ApiRequest, session_id: FromPath[str]) -> ChatSession:
        body = await read_optional_body(request, ForkChatSessionRequest)
        message_id = body.message_id if body and isinstance(body.message_id, str) else None
        return await request.run(request.services.history.fork, request.user, session_id, message_id)

    @get("/guardrails", operation_id="get_chat_session_guardrails")
    async def get_chat_session_guardrails(
        self, request: ApiRequest, session_id: FromPath[str]
    ) -> Response[bytes]:
        found = await request.run(request.services.lifecycle.guardrails, request.user, session_id)
        # JSON null when nothing is configured, as the vendor does.
        return Response(msgspec.json.encode(found), media_type="application/json")

    @post("/archive", operation_id="archive_chat_session", status_code=204)
    async def archive_chat_session(self, request: ApiRequest, session_id: FromPath[str]) -> None:
        await request.run(request.services.lifecycle.archive, request.user, session_id)

    @post("/unarchive", operation_id="unarchive_chat_session", status_code=204)
    async def unarchive_chat_session(self, request: ApiRequest, session_id: FromPath[str]) -> None:
        await request.run(request.services.lifecycle.unarchive, request.user, session_id)

    @put("/expiry_date", operation_id="update_chat_session_expiry_date", status_code=204)
    async def update_chat_session_expiry_date(self, request: ApiRequest, session_id: FromPath[str]) -> None:
        body = await read_body(request, UpdateExpiryDateRequest)
        timezone = body.timezone if isinstance(body.timezone, str) else None
        await request.run(
            request.services.lifecycle.set_expiry, request.user, session_id, body.expiry_date, timezone
        )

    @delete("/expiry_date", operation_id="delete_chat_session_expiry_date", status_code=204)
    async def delete_chat_session_expiry_date(self, request: ApiRequest, session_id: FromPath[str]) -> None:
        await request.run(request.services.lifecycle.clear_expiry, request.user, session_id)

    @put("/keep_forever", operation_id="update_chat_session_keep_forever", status_code=204)
    async def update_chat_session_keep_forever(self, request: ApiRequest, session_id: FromPath[str]) -> None:
        body = await read_body(request, UpdateChatSessionKeepForeverRequest)
        await request.run(
            request.services.lifecycle.keep_forever, request.user, session_id, body.keep_forever
        )


class ArchivedChatSessionController(Controller):
    """The admins' list of archived chat sessions."""

    path = "/admin/chats/archived"
    tags = ("Chat",)

    @get("/", operation_id="list_archived_chat_sessions_as_admin")
    async def list_archived_chat_sessions_as_admin(
        self,
        request: ApiRequest,
        offset: Offset = 0,
        limit: Limit = 100,
        filter: _Filter = None,
        sort_column: _SortColumn = "archived_at",
        ascending: _Flag = False,
    ) -> ArchivedChatSessions:
        return await request.run(
            request.services.lifecycle.archived, request.user, filter, sort_column, ascending, offset, limit
        )
