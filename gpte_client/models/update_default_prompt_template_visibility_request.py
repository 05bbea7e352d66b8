from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdateDefaultPromptTemplateVisibilityRequest")


@_attrs_define
class UpdateDefaultPromptTemplateVisibilityRequest:
    """Show or hide a system prompt template.

    Example:
        {'is_visible': False}

    Attributes:
        is_visible (bool): False to hide it.
    """

    is_visible: bool

    def to_dict(self) -> dict[str, Any]:
        is_visible = self.is_visible

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "is_visible": is_visible,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_visible = d.pop("is_visible")

        update_default_prompt_template_visibility_request = cls(
            is_visible=is_visible,
        )

        return update_default_prompt_template_visibility_request
