from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SetCollectionSizeLimitRequest")


@_attrs_define
class SetCollectionSizeLimitRequest:
    """The most bytes of documents a collection may hold.

    Example:
        {'size_limit': '1GiB'}

    Attributes:
        size_limit (str): Bytes, as `12345`, `1GB` (powers of 1000) or `1GiB` (powers of 1024); a limit over 2^63-1
            bytes is stored as that.
    """

    size_limit: str

    def to_dict(self) -> dict[str, Any]:
        size_limit = self.size_limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "size_limit": size_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        size_limit = d.pop("size_limit")

        set_collection_size_limit_request = cls(
            size_limit=size_limit,
        )

        return set_collection_size_limit_request
