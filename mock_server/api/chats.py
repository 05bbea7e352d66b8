"""Chat sessions, their collection and template, messages, suggestions and completions."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, Request, Response, delete, get, patch, post, put
from litestar.params import FromPath, QueryParameter
from litestar.response import Stream

from ..wire import (
    ChatCompletion,
    ChatCompletionRequest,
    ChatMessage,
    ChatSession,
    ChatSessionUpdateRequest,
    CollectionChangeRequest,
    Count,
    CreateChatSessionRequest,
    PromptTemplateChangeRequest,
    SuggestedQuestion,
)
from .body import read_body, read_optional_body
from .deps import ServicesDep, SettingsDep, User
from .params import Limit, Offset, Timeout
from .streaming import JSONL, answer_stream

__all__ = ["ChatSessionController"]

_CollectionQuery = Annotated[str | None, QueryParameter(min_length=1)]


class ChatSessionController(Controller):
    """Operations under ``/chats``."""

    path = "/chats"
    tags = ("Chat",)

    @get("/", operation_id="list_chat_sessions")
    async def list_chat_sessions(
        self, user: User, services: ServicesDep, offset: Offset = 0, limit: Limit = 100
    ) -> list[ChatSession]:
        return services.sessions.page(user, offset, limit)

    @get("/count", operation_id="get_chat_session_count")
    async def get_chat_session_count(self, user: User, services: ServicesDep) -> Count:
        return services.sessions.count(user)

    @post("/", operation_id="create_chat_session", status_code=201)
    async def create_chat_session(
        self,
        request: Request[str, str, Any],
        user: User,
        services: ServicesDep,
        collection_id: _CollectionQuery = None,
    ) -> ChatSession:
        extras = await read_optional_body(request, CreateChatSessionRequest)
        workspace = extras.workspace if extras and isinstance(extras.workspace, str) else None
        return services.sessions.create(user, collection_id, workspace)

    @get("/{session_id:str}", operation_id="get_chat_session")
    async def get_chat_session(
        self, user: User, services: ServicesDep, session_id: FromPath[str]
    ) -> ChatSession:
        return services.sessions.get(user, session_id)

    @patch("/{session_id:str}", operation_id="update_chat_session")
    async def update_chat_session(
        self, request: Request[str, str, Any], user: User, services: ServicesDep, session_id: FromPath[str]
    ) -> ChatSession:
        body = await read_optional_body(request, ChatSessionUpdateRequest)
        return services.sessions.rename(user, session_id, body.name if body else None)

    @delete("/{session_id:str}", operation_id="delete_chat_session", status_code=204)
    async def delete_chat_session(
        self, user: User, services: ServicesDep, session_id: FromPath[str], timeout: Timeout = 300
    ) -> None:
        services.sessions.delete(user, session_id)

    @put("/{session_id:str}/collection", operation_id="update_chat_session_collection")
    async def update_chat_session_collection(
        self, request: Request[str, str, Any], user: User, services: ServicesDep, session_id: FromPath[str]
    ) -> ChatSession:
        body = await read_body(request, CollectionChangeRequest)
        return services.sessions.set_collection(user, session_id, body.collection_id)

    @delete("/{session_id:str}/collection", operation_id="delete_chat_session_collection", status_code=200)
    async def delete_chat_session_collection(
        self, user: User, services: ServicesDep, session_id: FromPath[str]
    ) -> ChatSession:
        return services.sessions.set_collection(user, session_id, None)

    @put("/{session_id:str}/prompt_template", operation_id="update_chat_session_prompt_template")
    async def update_chat_session_prompt_template(
        self, request: Request[str, str, Any], user: User, services: ServicesDep, session_id: FromPath[str]
    ) -> ChatSession:
        body = await read_body(request, PromptTemplateChangeRequest)
        return services.sessions.set_template(user, session_id, body.prompt_template_id)

    @delete(
        "/{session_id:str}/prompt_template",
        operation_id="delete_chat_session_prompt_template",
        status_code=200,
    )
    async def delete_chat_session_prompt_template(
        self, user: User, services: ServicesDep, session_id: FromPath[str]
    ) -> ChatSession:
        return services.sessions.set_template(user, session_id, None)

    @get("/{session_id:str}/messages", operation_id="get_chat_session_messages")
    async def get_chat_session_messages(
        self,
        user: User,
        services: ServicesDep,
        session_id: FromPath[str],
        offset: Offset = 0,
        limit: Limit = 100,
    ) -> list[ChatMessage]:
        return services.sessions.messages(user, session_id, offset, limit)

    @get("/{session_id:str}/questions", operation_id="list_questions_for_chat_session")
    async def list_questions_for_chat_session(
        self, user: User, services: ServicesDep, session_id: FromPath[str], limit: Limit = 100
    ) -> list[SuggestedQuestion]:
        return services.sessions.questions(user, session_id, limit)

    @post("/{session_id:str}/completions", operation_id="get_completion", status_code=200)
    async def get_completion(
        self,
        request: Request[str, str, Any],
        user: User,
        services: ServicesDep,
        settings: SettingsDep,
        session_id: FromPath[str],
    ) -> Response[ChatCompletion] | Stream:
        body = await read_body(request, ChatCompletionRequest)
        answer = services.completions.answer(user, session_id, body)
        if request.accept.best_match(["application/json", JSONL], default="application/json") == JSONL:
            return answer_stream(answer, settings)
        return Response(ChatCompletion(body=answer.reply.content, message_id=answer.reply.id))
