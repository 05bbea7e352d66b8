from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeleteChatSessionsJobRequest")


@_attrs_define
class DeleteChatSessionsJobRequest:
    """The chat sessions a job deletes.

    Example:
        {'session_ids': ['3f0e5d4c-8b1a-4c2e-9f6d-1a2b3c4d5e6f']}

    Attributes:
        session_ids (list[str]): Ids of the chat sessions to delete.
    """

    session_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        session_ids = self.session_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "session_ids": session_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_ids = cast(list[str], d.pop("session_ids"))

        delete_chat_sessions_job_request = cls(
            session_ids=session_ids,
        )

        return delete_chat_sessions_job_request
