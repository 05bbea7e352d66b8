from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateInsertDocumentToCollectionJobRequest")


@_attrs_define
class CreateInsertDocumentToCollectionJobRequest:
    """The document a job adds to a collection.

    Example:
        {'document_id': 'c9e1a3b5-7d2f-4b6c-8e0a-2c4e6a8b0d3f'}

    Attributes:
        document_id (str): Id of the document to add.
    """

    document_id: str

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "document_id": document_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = d.pop("document_id")

        create_insert_document_to_collection_job_request = cls(
            document_id=document_id,
        )

        return create_insert_document_to_collection_job_request
