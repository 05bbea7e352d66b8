from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CollectionChangeRequest")


@_attrs_define
class CollectionChangeRequest:
    """Points a chat session at a collection.

    Example:
        {'collection_id': 'a7c3e9f1-2b4d-4e6f-8a1c-3e5f7a9b1c2d'}

    Attributes:
        collection_id (str): The collection the session should retrieve from from now on.
    """

    collection_id: str

    def to_dict(self) -> dict[str, Any]:
        collection_id = self.collection_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "collection_id": collection_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        collection_id = d.pop("collection_id")

        collection_change_request = cls(
            collection_id=collection_id,
        )

        return collection_change_request
