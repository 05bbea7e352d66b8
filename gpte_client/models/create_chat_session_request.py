from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateChatSessionRequest")


@_attrs_define
class CreateChatSessionRequest:
    """Optional extras for a new chat session.

    Example:
        {'workspace': None}

    Attributes:
        workspace (None | str | Unset): Workspace for the new session; the collection's or the default one when omitted.
    """

    workspace: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        workspace: None | str | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        else:
            workspace = self.workspace

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if workspace is not UNSET:
            field_dict["workspace"] = workspace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_workspace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workspace = _parse_workspace(d.pop("workspace", UNSET))

        create_chat_session_request = cls(
            workspace=workspace,
        )

        return create_chat_session_request
