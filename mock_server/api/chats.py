"""Chat sessions, their collection and template, messages, suggestions and completions."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, Response, delete, get, patch, post, put
from litestar.params import FromPath, QueryParameter
from litestar.response import Stream

from ..http.body import read_body, read_optional_body
from ..wire import (
    ChatCompletion,
    ChatCompletionRequest,
    ChatMessage,
    ChatSession,
    ChatSessionUpdateRequest,
    CollectionChangeRequest,
    Count,
    CreateChatSessionRequest,
    DeleteChatSessionsJobRequest,
    JobDetails,
    PromptTemplateChangeRequest,
    SuggestedQuestion,
)
from .params import Limit, Offset, Timeout
from .request import ApiRequest
from .streaming import answer_stream, wants_stream

__all__ = ["ChatSessionController"]

_CollectionQuery = Annotated[str | None, QueryParameter(min_length=1)]


class ChatSessionController(Controller):
    """Operations under ``/chats``."""

    path = "/chats"
    tags = ("Chat",)

    @get("/", operation_id="list_chat_sessions")
    async def list_chat_sessions(
        self, request: ApiRequest, offset: Offset = 0, limit: Limit = 100
    ) -> list[ChatSession]:
        return await request.run(request.services.sessions.page, request.user, offset, limit)

    @get("/count", operation_id="get_chat_session_count")
    async def get_chat_session_count(self, request: ApiRequest) -> Count:
        return await request.run(request.services.sessions.count, request.user)

    @post("/", operation_id="create_chat_session", status_code=201)
    async def create_chat_session(
        self,
        request: ApiRequest,
        collection_id: _CollectionQuery = None,
    ) -> ChatSession:
        extras = await read_optional_body(request, CreateChatSessionRequest)
        workspace = extras.workspace if extras and isinstance(extras.workspace, str) else None
        return await request.run(request.services.sessions.create, request.user, collection_id, workspace)

    @post("/delete_job", operation_id="create_delete_chat_session_job", status_code=201)
    async def create_delete_chat_session_job(self, request: ApiRequest) -> JobDetails:
        body = await read_body(request, DeleteChatSessionsJobRequest)
        return await request.run(
            request.services.job_ops.delete_chat_sessions, request.user, body.session_ids
        )

    @get("/{session_id:str}", operation_id="get_chat_session")
    async def get_chat_session(self, request: ApiRequest, session_id: FromPath[str]) -> ChatSession:
        return await request.run(request.services.sessions.get, request.user, session_id)

    @patch("/{session_id:str}", operation_id="update_chat_session")
    async def update_chat_session(self, request: ApiRequest, session_id: FromPath[str]) -> ChatSession:
        body = await read_optional_body(request, ChatSessionUpdateRequest)
        return await request.run(
            request.services.sessions.rename, request.user, session_id, body.name if body else None
        )

    @delete("/{session_id:str}", operation_id="delete_chat_session", status_code=204)
    async def delete_chat_session(
        self, request: ApiRequest, session_id: FromPath[str], timeout: Timeout = 300
    ) -> None:
        await request.run(request.services.sessions.delete, request.user, session_id)

    @put("/{session_id:str}/collection", operation_id="update_chat_session_collection")
    async def update_chat_session_collection(
        self, request: ApiRequest, session_id: FromPath[str]
    ) -> ChatSession:
        body = await read_body(request, CollectionChangeRequest)
        return await request.run(
            request.services.sessions.set_collection, request.user, session_id, body.collection_id
        )

    @delete("/{session_id:str}/collection", operation_id="delete_chat_session_collection", status_code=200)
    async def delete_chat_session_collection(
        self, request: ApiRequest, session_id: FromPath[str]
    ) -> ChatSession:
        return await request.run(request.services.sessions.set_collection, request.user, session_id, None)

    @put("/{session_id:str}/prompt_template", operation_id="update_chat_session_prompt_template")
    async def update_chat_session_prompt_template(
        self, request: ApiRequest, session_id: FromPath[str]
    ) -> ChatSession:
        body = await read_body(request, PromptTemplateChangeRequest)
        return await request.run(
            request.services.sessions.set_template, request.user, session_id, body.prompt_template_id
        )

    @delete(
        "/{session_id:str}/prompt_template",
        operation_id="delete_chat_session_prompt_template",
        status_code=200,
    )
    async def delete_chat_session_prompt_template(
        self, request: ApiRequest, session_id: FromPath[str]
    ) -> ChatSession:
        return await request.run(request.services.sessions.set_template, request.user, session_id, None)

    @get("/{session_id:str}/messages", operation_id="get_chat_session_messages")
    async def get_chat_session_messages(
        self,
        request: ApiRequest,
        session_id: FromPath[str],
        offset: Offset = 0,
        limit: Limit = 100,
    ) -> list[ChatMessage]:
        return await request.run(request.services.sessions.messages, request.user, session_id, offset, limit)

    @get("/{session_id:str}/questions", operation_id="list_questions_for_chat_session")
    async def list_questions_for_chat_session(
        self, request: ApiRequest, session_id: FromPath[str], limit: Limit = 100
    ) -> list[SuggestedQuestion]:
        return await request.run(request.services.sessions.questions, request.user, session_id, limit)

    @post("/{session_id:str}/completions", operation_id="get_completion", status_code=200)
    async def get_completion(
        self,
        request: ApiRequest,
        session_id: FromPath[str],
    ) -> Response[ChatCompletion] | Stream:
        body = await read_body(request, ChatCompletionRequest)
        answer = await request.run(request.services.completions.answer, request.user, session_id, body)
        if wants_stream(request):
            return answer_stream(answer, request.runtime)
        return Response(ChatCompletion(body=answer.reply.content, message_id=answer.reply.id))
