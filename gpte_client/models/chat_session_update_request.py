from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ChatSessionUpdateRequest")


@_attrs_define
class ChatSessionUpdateRequest:
    """Renames a chat session.

    Example:
        {'name': 'Vacation policy questions'}

    Attributes:
        name (str): New display name of the session.
    """

    name: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        chat_session_update_request = cls(
            name=name,
        )

        return chat_session_update_request
