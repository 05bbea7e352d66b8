from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForkChatSessionRequest")


@_attrs_define
class ForkChatSessionRequest:
    """Where a fork branches.

    Example:
        {'message_id': 'f4a6c8e0-3d5f-4a7b-8e9c-7c9e1b3d5f7a'}

    Attributes:
        message_id (None | str | Unset): The last message copied into the fork; all of them when omitted or null.
    """

    message_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if message_id is not UNSET:
            field_dict["message_id"] = message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_message_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_id = _parse_message_id(d.pop("message_id", UNSET))

        fork_chat_session_request = cls(
            message_id=message_id,
        )

        return fork_chat_session_request
