from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateImportCollectionToCollectionJobRequest")


@_attrs_define
class CreateImportCollectionToCollectionJobRequest:
    """The collection whose documents a job adds to another.

    Example:
        {'source_collection_id': 'b8d4f0a2-3c5e-4f7a-9b2d-4f6a8c0e2b4d'}

    Attributes:
        source_collection_id (str): Id of the collection to import from.
    """

    source_collection_id: str

    def to_dict(self) -> dict[str, Any]:
        source_collection_id = self.source_collection_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source_collection_id": source_collection_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_collection_id = d.pop("source_collection_id")

        create_import_collection_to_collection_job_request = cls(
            source_collection_id=source_collection_id,
        )

        return create_import_collection_to_collection_job_request
