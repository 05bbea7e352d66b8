from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ResetAndShareRequest")


@_attrs_define
class ResetAndShareRequest:
    """The users a prompt template is shared with from now on.

    Example:
        {'usernames': ['alice']}

    Attributes:
        usernames (list[str]): Their usernames.
    """

    usernames: list[str]

    def to_dict(self) -> dict[str, Any]:
        usernames = self.usernames

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "usernames": usernames,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        usernames = cast(list[str], d.pop("usernames"))

        reset_and_share_request = cls(
            usernames=usernames,
        )

        return reset_and_share_request
