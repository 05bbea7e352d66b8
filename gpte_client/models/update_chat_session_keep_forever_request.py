from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdateChatSessionKeepForeverRequest")


@_attrs_define
class UpdateChatSessionKeepForeverRequest:
    """Whether a chat session is kept out of expiry.

    Example:
        {'keep_forever': True}

    Attributes:
        keep_forever (bool): True to exempt the session from expiry.
    """

    keep_forever: bool

    def to_dict(self) -> dict[str, Any]:
        keep_forever = self.keep_forever

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "keep_forever": keep_forever,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keep_forever = d.pop("keep_forever")

        update_chat_session_keep_forever_request = cls(
            keep_forever=keep_forever,
        )

        return update_chat_session_keep_forever_request
