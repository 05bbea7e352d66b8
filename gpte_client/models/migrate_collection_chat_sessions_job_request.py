from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MigrateCollectionChatSessionsJobRequest")


@_attrs_define
class MigrateCollectionChatSessionsJobRequest:
    """The collection a job moves chat sessions to.

    Example:
        {'target_collection_id': 'b8d4f0a2-3c5e-4f7a-9b2d-4f6a8c0e2b4d'}

    Attributes:
        target_collection_id (str): Id of the collection the sessions move to.
    """

    target_collection_id: str

    def to_dict(self) -> dict[str, Any]:
        target_collection_id = self.target_collection_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "target_collection_id": target_collection_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_collection_id = d.pop("target_collection_id")

        migrate_collection_chat_sessions_job_request = cls(
            target_collection_id=target_collection_id,
        )

        return migrate_collection_chat_sessions_job_request
