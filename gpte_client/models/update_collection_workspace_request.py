from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdateCollectionWorkspaceRequest")


@_attrs_define
class UpdateCollectionWorkspaceRequest:
    """The workspace a collection and its chat sessions belong to.

    Example:
        {'workspace': 'research'}

    Attributes:
        workspace (str): Name of the workspace.
    """

    workspace: str

    def to_dict(self) -> dict[str, Any]:
        workspace = self.workspace

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "workspace": workspace,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workspace = d.pop("workspace")

        update_collection_workspace_request = cls(
            workspace=workspace,
        )

        return update_collection_workspace_request
