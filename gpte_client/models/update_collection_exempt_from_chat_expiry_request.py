from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdateCollectionExemptFromChatExpiryRequest")


@_attrs_define
class UpdateCollectionExemptFromChatExpiryRequest:
    """Whether a collection's chat sessions never expire.

    Example:
        {'exempt': True}

    Attributes:
        exempt (bool): True to exempt them.
    """

    exempt: bool

    def to_dict(self) -> dict[str, Any]:
        exempt = self.exempt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "exempt": exempt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exempt = d.pop("exempt")

        update_collection_exempt_from_chat_expiry_request = cls(
            exempt=exempt,
        )

        return update_collection_exempt_from_chat_expiry_request
