"""Question/answer feedback: given on an answer, listed and counted."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, get, post
from litestar.params import FromPath, QueryParameter

from ..http.body import read_body
from ..services.feedback import FeedbackFilter
from ..wire import Count, QAFeedback, UpdateQAFeedbackRequest
from .params import Limit, Offset
from .request import ApiRequest

__all__ = ["FeedbackController"]

# Not Optional: Litestar would read the literal string "null" as None and accept it.
_Flag = Annotated[bool, QueryParameter()]
_Text = Annotated[str | None, QueryParameter(min_length=1)]


class FeedbackController(Controller):
    """Operations under ``/question_answer_feedbacks``."""

    path = "/question_answer_feedbacks"
    tags = ("Chat",)

    @get("/", operation_id="list_question_answer_feedbacks")
    async def list_question_answer_feedbacks(
        self,
        request: ApiRequest,
        offset: Offset = 0,
        limit: Limit = 100,
        collection_id: _Text = None,
        interval: _Text = None,
        no_collection: _Flag = False,
    ) -> list[QAFeedback]:
        selected = FeedbackFilter(collection_id, interval, no_collection)
        return await request.run(request.services.feedback.page, request.user, selected, offset, limit)

    @get("/count", operation_id="get_question_answer_feedback_count")
    async def get_question_answer_feedback_count(
        self,
        request: ApiRequest,
        collection_id: _Text = None,
        interval: _Text = None,
        no_collection: _Flag = False,
    ) -> Count:
        selected = FeedbackFilter(collection_id, interval, no_collection)
        return await request.run(request.services.feedback.count, request.user, selected)

    @post("/{answer_id:str}", operation_id="update_question_answer_feedback", status_code=204)
    async def update_question_answer_feedback(self, request: ApiRequest, answer_id: FromPath[str]) -> None:
        body = await read_body(request, UpdateQAFeedbackRequest)
        await request.run(
            request.services.feedback.update, request.user, answer_id, body.expected_answer, body.user_comment
        )
