"""The LLM arguments a question is sent with are kept on the question, where the SDK's models say they are."""

from __future__ import annotations

import json

from mock_server.pytest_plugin import MockServer

from ._sdk import VACATION, sync_client


def test_a_questions_llm_args_are_on_the_question_and_the_reply_has_null(h2ogpte_mock: MockServer) -> None:
    client = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    session_id = client.create_chat_session()
    args = {"temperature": 0.3, "max_new_tokens": 30}
    with client.connect(session_id) as session:
        session.query(VACATION, timeout=30, llm_args=args)
        session.query(VACATION, timeout=30)
    plain_reply, plain, reply, question = client.list_chat_messages_full(session_id, 0, 10)
    assert (question.reply_to, reply.reply_to, plain_reply.reply_to) == (None, question.id, plain.id)
    assert json.loads(question.llm_args) == args and json.loads(plain.llm_args) is None
    # h2ogpte 1.7.5's ChatMessage: reply messages have llm_args = "null" (the literal string).
    assert reply.llm_args == plain_reply.llm_args == "null"
