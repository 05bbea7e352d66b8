"""Metadata and references of single chat messages."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, delete, get, post, put
from litestar.params import FromPath, QueryParameter

from ..http.body import read_body
from ..services.generation import Action
from ..wire import ChatMessageMeta, ChatMessageReference, MessageVoteUpdateRequest
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

    @put("/{message_id:str}/votes", operation_id="set_message_votes", status_code=204)
    async def set_message_votes(self, request: ApiRequest, message_id: FromPath[str]) -> None:
        body = await read_body(request, MessageVoteUpdateRequest)
        await request.run(request.services.history.set_votes, request.user, message_id, body.votes)

    @delete("/{message_ids:str}", operation_id="delete_messages", status_code=204)
    async def delete_messages(self, request: ApiRequest, message_ids: FromPath[str]) -> None:
        await request.run(request.services.history.delete_messages, request.user, message_ids)

    @post("/{question_id:str}/stop", operation_id="stop_chat_message", status_code=204)
    async def stop_chat_message(self, request: ApiRequest, question_id: FromPath[str]) -> None:
        await request.run(request.services.generation.control, request.user, question_id, Action.STOP)

    @post("/{question_id:str}/finish", operation_id="finish_chat_message", status_code=204)
    async def finish_chat_message(self, request: ApiRequest, question_id: FromPath[str]) -> None:
        await request.run(request.services.generation.control, request.user, question_id, Action.FINISH)

    @post("/{question_id:str}/pause", operation_id="pause_chat_message", status_code=204)
    async def pause_chat_message(self, request: ApiRequest, question_id: FromPath[str]) -> None:
        await request.run(request.services.generation.control, request.user, question_id, Action.PAUSE)

    @post("/{question_id:str}/resume", operation_id="resume_chat_message", status_code=204)
    async def resume_chat_message(self, request: ApiRequest, question_id: FromPath[str]) -> None:
        await request.run(request.services.generation.control, request.user, question_id, Action.RESUME)
