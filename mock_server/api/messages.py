"""Metadata and references of single chat messages."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, get
from litestar.params import FromPath, QueryParameter

from ..wire import ChatMessageMeta, ChatMessageReference
from .request import ApiRequest

__all__ = ["MessageController"]

_InfoType = Annotated[str | None, QueryParameter(min_length=1)]
# Not Optional: Litestar would read the literal string "null" as None and accept it. No answer cites more
# than the maximum, so the maximum as the default means "all of them".
_RefLimit = Annotated[int, QueryParameter(ge=1, le=10000)]


class MessageController(Controller):
    """Operations under ``/messages``."""

    path = "/messages"
    tags = ("Chat",)

    @get("/{message_id:str}/meta", operation_id="get_message_meta")
    async def get_message_meta(
        self, request: ApiRequest, message_id: FromPath[str], info_type: _InfoType = None
    ) -> list[ChatMessageMeta]:
        return await request.run(request.services.sessions.meta, request.user, message_id, info_type)

    @get("/{message_id:str}/references", operation_id="get_message_references")
    async def get_message_references(
        self, request: ApiRequest, message_id: FromPath[str], limit: _RefLimit = 10000
    ) -> list[ChatMessageReference]:
        return await request.run(request.services.sessions.references, request.user, message_id, limit)
