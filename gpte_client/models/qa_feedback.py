from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QAFeedback")


@_attrs_define
class QAFeedback:
    """An answer that has feedback, with its question.

    Example:
        {'question_content': 'How much vacation do I get?', 'reply_content': 'New employees accrue 1.5 vacation days per
            month of service.', 'question_id': 'e3f5a7c9-2b4d-4f6a-8c0e-6b8d0f2a4c6e', 'reply_id':
            'f4a6c8e0-3d5f-4a7b-8e9c-7c9e1b3d5f7a', 'llm': 'mock-llm-7b', 'votes': -1, 'response_created_at_time':
            '2026-11-21T09:30:00+00:00'}

    Attributes:
        question_content (str): The question's text.
        reply_content (str): The answer's text.
        question_id (str): Id of the question.
        reply_id (str): Id of the answer.
        votes (int): The answer's vote (1, 0 or -1).
        response_created_at_time (str): When the answer was given (ISO 8601 text).
        llm (None | str | Unset): The LLM that gave the answer; the mock always names it (the vendor SDK's
            QuestionReplyData needs it).
        system_prompt (None | str | Unset): The system prompt in force.
        pre_prompt_query (None | str | Unset): The text before the retrieved context.
        prompt_query (None | str | Unset): The text before the question.
        pre_prompt_summary (None | str | Unset): The text before a summary's context.
        prompt_summary (None | str | Unset): The text before a summary's question.
        rag_config (None | str | Unset): The retrieval settings, JSON-encoded.
        collection_documents (list[str] | None | Unset): Names of the documents the answer cites.
        expected_answer (None | str | Unset): The answer the user expected, once given.
        user_comment (None | str | Unset): The user's comment, once given.
        collection_id (None | str | Unset): The session's collection.
        collection_name (None | str | Unset): Name of that collection.
        prompt_template_id (None | str | Unset): The prompt template in force for the answer.
        include_chat_history (None | str | Unset): Whether the chat history was part of the prompt.
        chat_session_id (None | str | Unset): The session of the answer.
        voted_user_id (None | str | Unset): Id of the user who gave the feedback.
        voted_username (None | str | Unset): Name of the user who gave the feedback.
    """

    question_content: str
    reply_content: str
    question_id: str
    reply_id: str
    votes: int
    response_created_at_time: str
    llm: None | str | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    pre_prompt_query: None | str | Unset = UNSET
    prompt_query: None | str | Unset = UNSET
    pre_prompt_summary: None | str | Unset = UNSET
    prompt_summary: None | str | Unset = UNSET
    rag_config: None | str | Unset = UNSET
    collection_documents: list[str] | None | Unset = UNSET
    expected_answer: None | str | Unset = UNSET
    user_comment: None | str | Unset = UNSET
    collection_id: None | str | Unset = UNSET
    collection_name: None | str | Unset = UNSET
    prompt_template_id: None | str | Unset = UNSET
    include_chat_history: None | str | Unset = UNSET
    chat_session_id: None | str | Unset = UNSET
    voted_user_id: None | str | Unset = UNSET
    voted_username: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question_content = self.question_content

        reply_content = self.reply_content

        question_id = self.question_id

        reply_id = self.reply_id

        votes = self.votes

        response_created_at_time = self.response_created_at_time

        llm: None | str | Unset
        if isinstance(self.llm, Unset):
            llm = UNSET
        else:
            llm = self.llm

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        pre_prompt_query: None | str | Unset
        if isinstance(self.pre_prompt_query, Unset):
            pre_prompt_query = UNSET
        else:
            pre_prompt_query = self.pre_prompt_query

        prompt_query: None | str | Unset
        if isinstance(self.prompt_query, Unset):
            prompt_query = UNSET
        else:
            prompt_query = self.prompt_query

        pre_prompt_summary: None | str | Unset
        if isinstance(self.pre_prompt_summary, Unset):
            pre_prompt_summary = UNSET
        else:
            pre_prompt_summary = self.pre_prompt_summary

        prompt_summary: None | str | Unset
        if isinstance(self.prompt_summary, Unset):
            prompt_summary = UNSET
        else:
            prompt_summary = self.prompt_summary

        rag_config: None | str | Unset
        if isinstance(self.rag_config, Unset):
            rag_config = UNSET
        else:
            rag_config = self.rag_config

        collection_documents: list[str] | None | Unset
        if isinstance(self.collection_documents, Unset):
            collection_documents = UNSET
        elif isinstance(self.collection_documents, list):
            collection_documents = self.collection_documents

        else:
            collection_documents = self.collection_documents

        expected_answer: None | str | Unset
        if isinstance(self.expected_answer, Unset):
            expected_answer = UNSET
        else:
            expected_answer = self.expected_answer

        user_comment: None | str | Unset
        if isinstance(self.user_comment, Unset):
            user_comment = UNSET
        else:
            user_comment = self.user_comment

        collection_id: None | str | Unset
        if isinstance(self.collection_id, Unset):
            collection_id = UNSET
        else:
            collection_id = self.collection_id

        collection_name: None | str | Unset
        if isinstance(self.collection_name, Unset):
            collection_name = UNSET
        else:
            collection_name = self.collection_name

        prompt_template_id: None | str | Unset
        if isinstance(self.prompt_template_id, Unset):
            prompt_template_id = UNSET
        else:
            prompt_template_id = self.prompt_template_id

        include_chat_history: None | str | Unset
        if isinstance(self.include_chat_history, Unset):
            include_chat_history = UNSET
        else:
            include_chat_history = self.include_chat_history

        chat_session_id: None | str | Unset
        if isinstance(self.chat_session_id, Unset):
            chat_session_id = UNSET
        else:
            chat_session_id = self.chat_session_id

        voted_user_id: None | str | Unset
        if isinstance(self.voted_user_id, Unset):
            voted_user_id = UNSET
        else:
            voted_user_id = self.voted_user_id

        voted_username: None | str | Unset
        if isinstance(self.voted_username, Unset):
            voted_username = UNSET
        else:
            voted_username = self.voted_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question_content": question_content,
                "reply_content": reply_content,
                "question_id": question_id,
                "reply_id": reply_id,
                "votes": votes,
                "response_created_at_time": response_created_at_time,
            }
        )
        if llm is not UNSET:
            field_dict["llm"] = llm
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if pre_prompt_query is not UNSET:
            field_dict["pre_prompt_query"] = pre_prompt_query
        if prompt_query is not UNSET:
            field_dict["prompt_query"] = prompt_query
        if pre_prompt_summary is not UNSET:
            field_dict["pre_prompt_summary"] = pre_prompt_summary
        if prompt_summary is not UNSET:
            field_dict["prompt_summary"] = prompt_summary
        if rag_config is not UNSET:
            field_dict["rag_config"] = rag_config
        if collection_documents is not UNSET:
            field_dict["collection_documents"] = collection_documents
        if expected_answer is not UNSET:
            field_dict["expected_answer"] = expected_answer
        if user_comment is not UNSET:
            field_dict["user_comment"] = user_comment
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
        if collection_name is not UNSET:
            field_dict["collection_name"] = collection_name
        if prompt_template_id is not UNSET:
            field_dict["prompt_template_id"] = prompt_template_id
        if include_chat_history is not UNSET:
            field_dict["include_chat_history"] = include_chat_history
        if chat_session_id is not UNSET:
            field_dict["chat_session_id"] = chat_session_id
        if voted_user_id is not UNSET:
            field_dict["voted_user_id"] = voted_user_id
        if voted_username is not UNSET:
            field_dict["voted_username"] = voted_username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        question_content = d.pop("question_content")

        reply_content = d.pop("reply_content")

        question_id = d.pop("question_id")

        reply_id = d.pop("reply_id")

        votes = d.pop("votes")

        response_created_at_time = d.pop("response_created_at_time")

        def _parse_llm(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        llm = _parse_llm(d.pop("llm", UNSET))

        def _parse_system_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_prompt = _parse_system_prompt(d.pop("system_prompt", UNSET))

        def _parse_pre_prompt_query(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pre_prompt_query = _parse_pre_prompt_query(d.pop("pre_prompt_query", UNSET))

        def _parse_prompt_query(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_query = _parse_prompt_query(d.pop("prompt_query", UNSET))

        def _parse_pre_prompt_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pre_prompt_summary = _parse_pre_prompt_summary(d.pop("pre_prompt_summary", UNSET))

        def _parse_prompt_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_summary = _parse_prompt_summary(d.pop("prompt_summary", UNSET))

        def _parse_rag_config(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rag_config = _parse_rag_config(d.pop("rag_config", UNSET))

        def _parse_collection_documents(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                collection_documents_type_0 = cast(list[str], data)

                return collection_documents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        collection_documents = _parse_collection_documents(d.pop("collection_documents", UNSET))

        def _parse_expected_answer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expected_answer = _parse_expected_answer(d.pop("expected_answer", UNSET))

        def _parse_user_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_comment = _parse_user_comment(d.pop("user_comment", UNSET))

        def _parse_collection_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collection_id = _parse_collection_id(d.pop("collection_id", UNSET))

        def _parse_collection_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collection_name = _parse_collection_name(d.pop("collection_name", UNSET))

        def _parse_prompt_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_template_id = _parse_prompt_template_id(d.pop("prompt_template_id", UNSET))

        def _parse_include_chat_history(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        include_chat_history = _parse_include_chat_history(d.pop("include_chat_history", UNSET))

        def _parse_chat_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chat_session_id = _parse_chat_session_id(d.pop("chat_session_id", UNSET))

        def _parse_voted_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voted_user_id = _parse_voted_user_id(d.pop("voted_user_id", UNSET))

        def _parse_voted_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voted_username = _parse_voted_username(d.pop("voted_username", UNSET))

        qa_feedback = cls(
            question_content=question_content,
            reply_content=reply_content,
            question_id=question_id,
            reply_id=reply_id,
            votes=votes,
            response_created_at_time=response_created_at_time,
            llm=llm,
            system_prompt=system_prompt,
            pre_prompt_query=pre_prompt_query,
            prompt_query=prompt_query,
            pre_prompt_summary=pre_prompt_summary,
            prompt_summary=prompt_summary,
            rag_config=rag_config,
            collection_documents=collection_documents,
            expected_answer=expected_answer,
            user_comment=user_comment,
            collection_id=collection_id,
            collection_name=collection_name,
            prompt_template_id=prompt_template_id,
            include_chat_history=include_chat_history,
            chat_session_id=chat_session_id,
            voted_user_id=voted_user_id,
            voted_username=voted_username,
        )

        qa_feedback.additional_properties = d
        return qa_feedback

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
