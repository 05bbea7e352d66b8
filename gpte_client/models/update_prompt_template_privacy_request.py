from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdatePromptTemplatePrivacyRequest")


@_attrs_define
class UpdatePromptTemplatePrivacyRequest:
    """Make a prompt template public or private.

    Example:
        {'is_public': True}

    Attributes:
        is_public (bool): True to let every user use it.
    """

    is_public: bool

    def to_dict(self) -> dict[str, Any]:
        is_public = self.is_public

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "is_public": is_public,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_public = d.pop("is_public")

        update_prompt_template_privacy_request = cls(
            is_public=is_public,
        )

        return update_prompt_template_privacy_request
