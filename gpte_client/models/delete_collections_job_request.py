from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeleteCollectionsJobRequest")


@_attrs_define
class DeleteCollectionsJobRequest:
    """The collections a job deletes.

    Example:
        {'collection_ids': ['a7c3e9f1-2b4d-4e6f-8a1c-3e5f7a9b1c2d']}

    Attributes:
        collection_ids (list[str]): Ids of the collections to delete.
    """

    collection_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        collection_ids = self.collection_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "collection_ids": collection_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        collection_ids = cast(list[str], d.pop("collection_ids"))

        delete_collections_job_request = cls(
            collection_ids=collection_ids,
        )

        return delete_collections_job_request
