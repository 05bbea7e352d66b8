from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message_meta import ChatMessageMeta


T = TypeVar("T", bound="ChatMessage")


@_attrs_define
class ChatMessage:
    """A question or an answer in a chat session.

    Example:
        {'id': 'f4a6c8e0-3d5f-4a7b-8e9c-7c9e1b3d5f7a', 'content': 'New employees accrue 1.5 vacation days per month of
            service.', 'votes': 0, 'created_at': '2026-11-21T09:30:02Z', 'has_references': True, 'total_references': 1,
            'username': 'demo', 'reply_to': 'e2f4a6c8-1b3d-4f5a-9c7e-5a7c9e1b3d5f', 'error': None}

    Attributes:
        id (str): Unique id of the message.
        content (str): Text of the message.
        votes (int): Net user votes on the message.
        created_at (datetime.datetime): When the message was stored.
        has_references (bool): Whether the answer cites document chunks.
        total_references (int): How many chunks the answer cites.
        username (None | str | Unset): Who wrote the question; on answers, the session owner.
        reply_to (None | str | Unset): On an answer, the id of the question it answers; null on questions.
        type_list (list[ChatMessageMeta] | None | Unset): Metadata attached to the message, when requested.
        error (None | str | Unset): Why producing this answer failed, if it did.
        llm_args (None | str | Unset): On a question, the LLM arguments it was sent with, as a JSON document in a string
            (`"null"` when it had none); on an answer, always the string `"null"`.
    """

    id: str
    content: str
    votes: int
    created_at: datetime.datetime
    has_references: bool
    total_references: int
    username: None | str | Unset = UNSET
    reply_to: None | str | Unset = UNSET
    type_list: list[ChatMessageMeta] | None | Unset = UNSET
    error: None | str | Unset = UNSET
    llm_args: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        content = self.content

        votes = self.votes

        created_at = self.created_at.isoformat()

        has_references = self.has_references

        total_references = self.total_references

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        reply_to: None | str | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = self.reply_to

        type_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.type_list, Unset):
            type_list = UNSET
        elif isinstance(self.type_list, list):
            type_list = []
            for type_list_type_0_item_data in self.type_list:
                type_list_type_0_item = type_list_type_0_item_data.to_dict()
                type_list.append(type_list_type_0_item)

        else:
            type_list = self.type_list

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        llm_args: None | str | Unset
        if isinstance(self.llm_args, Unset):
            llm_args = UNSET
        else:
            llm_args = self.llm_args

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "content": content,
                "votes": votes,
                "created_at": created_at,
                "has_references": has_references,
                "total_references": total_references,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if type_list is not UNSET:
            field_dict["type_list"] = type_list
        if error is not UNSET:
            field_dict["error"] = error
        if llm_args is not UNSET:
            field_dict["llm_args"] = llm_args

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_message_meta import ChatMessageMeta  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        content = d.pop("content")

        votes = d.pop("votes")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        has_references = d.pop("has_references")

        total_references = d.pop("total_references")

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_reply_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reply_to = _parse_reply_to(d.pop("reply_to", UNSET))

        def _parse_type_list(data: object) -> list[ChatMessageMeta] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                type_list_type_0 = []
                _type_list_type_0 = data
                for type_list_type_0_item_data in _type_list_type_0:
                    type_list_type_0_item = ChatMessageMeta.from_dict(type_list_type_0_item_data)

                    type_list_type_0.append(type_list_type_0_item)

                return type_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatMessageMeta] | None | Unset, data)

        type_list = _parse_type_list(d.pop("type_list", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_llm_args(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        llm_args = _parse_llm_args(d.pop("llm_args", UNSET))

        chat_message = cls(
            id=id,
            content=content,
            votes=votes,
            created_at=created_at,
            has_references=has_references,
            total_references=total_references,
            username=username,
            reply_to=reply_to,
            type_list=type_list,
            error=error,
            llm_args=llm_args,
        )

        chat_message.additional_properties = d
        return chat_message

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
