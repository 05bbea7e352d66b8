from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeleteDocumentsJobRequest")


@_attrs_define
class DeleteDocumentsJobRequest:
    """The documents a job deletes, or takes out of a collection.

    Example:
        {'document_ids': ['c9e1a3b5-7d2f-4b6c-8e0a-2c4e6a8b0d3f']}

    Attributes:
        document_ids (list[str]): Ids of the documents.
    """

    document_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        document_ids = self.document_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "document_ids": document_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_ids = cast(list[str], d.pop("document_ids"))

        delete_documents_job_request = cls(
            document_ids=document_ids,
        )

        return delete_documents_job_request
