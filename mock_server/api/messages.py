"""Metadata and references of single chat messages."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, get
from litestar.params import Parameter

from ..services import Services
from ..wire import ChatMessageMeta, ChatMessageReference

__all__ = ["MessageController"]

_InfoType = Annotated[str | None, Parameter(query="info_type", min_length=1)]
_RefLimit = Annotated[int | None, Parameter(query="limit", ge=1, le=10000)]


class MessageController(Controller):
    """Operations under ``/messages``."""

    path = "/messages"
    tags = ["Chat"]

    @get("/{message_id:str}/meta", operation_id="get_message_meta")
    async def get_message_meta(
        self, user: str, services: Services, message_id: str, info_type: _InfoType = None
    ) -> list[ChatMessageMeta]:
        return services.sessions.meta(user, message_id, info_type)

    @get("/{message_id:str}/references", operation_id="get_message_references")
    async def get_message_references(
        self, user: str, services: Services, message_id: str, limit: _RefLimit = None
    ) -> list[ChatMessageReference]:
        return services.sessions.references(user, message_id, limit)
