from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ResetAndShareWithGroupsRequest")


@_attrs_define
class ResetAndShareWithGroupsRequest:
    """The groups a prompt template is shared with from now on.

    Example:
        {'groups': ['engineering']}

    Attributes:
        groups (list[str]): Their ids.
    """

    groups: list[str]

    def to_dict(self) -> dict[str, Any]:
        groups = self.groups

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "groups": groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        groups = cast(list[str], d.pop("groups"))

        reset_and_share_with_groups_request = cls(
            groups=groups,
        )

        return reset_and_share_with_groups_request
