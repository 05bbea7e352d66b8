from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatMessageMeta")


@_attrs_define
class ChatMessageMeta:
    """A piece of metadata recorded with a message.

    Example:
        {'message_type': 'usage_stats', 'content': '{"input_tokens": 412, "output_tokens": 14, "llm": "mock-llm-7b"}'}

    Attributes:
        message_type (str): Kind of metadata, e.g. `prompt_template`, `usage_stats`, `llm`.
        content (str): The metadata itself, usually a JSON document in a string.
    """

    message_type: str
    content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_type": message_type,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_type = d.pop("message_type")

        content = d.pop("content")

        chat_message_meta = cls(
            message_type=message_type,
            content=content,
        )

        chat_message_meta.additional_properties = d
        return chat_message_meta

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
