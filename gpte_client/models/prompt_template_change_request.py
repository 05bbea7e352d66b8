from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PromptTemplateChangeRequest")


@_attrs_define
class PromptTemplateChangeRequest:
    """Sets the prompt template of a chat session or collection.

    Example:
        {'prompt_template_id': '5b8d2f4a-6c1e-4a3b-9d7f-0e2c4a6b8d1f'}

    Attributes:
        prompt_template_id (str): The prompt template to apply.
    """

    prompt_template_id: str

    def to_dict(self) -> dict[str, Any]:
        prompt_template_id = self.prompt_template_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt_template_id": prompt_template_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_template_id = d.pop("prompt_template_id")

        prompt_template_change_request = cls(
            prompt_template_id=prompt_template_id,
        )

        return prompt_template_change_request
