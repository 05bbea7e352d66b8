from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pii_detection_action import PiiDetectionAction, check_pii_detection_action
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guardrails_settings_guardrails_entities_type_0 import (
        GuardrailsSettingsGuardrailsEntitiesType0,
    )


T = TypeVar("T", bound="GuardrailsSettings")


@_attrs_define
class GuardrailsSettings:
    """Guardrails and PII handling of a collection, as stored.

    Example:
        {'disallowed_regex_patterns': [], 'presidio_labels_to_flag': [], 'pii_labels_to_flag': [],
            'pii_detection_parse_action': 'allow', 'pii_detection_llm_input_action': 'allow',
            'pii_detection_llm_output_action': 'allow', 'prompt_guard_labels_to_flag': [], 'guardrails_labels_to_flag': [],
            'guardrails_entities': None}

    Attributes:
        disallowed_regex_patterns (list[str]): Regular expressions for custom PII.
        presidio_labels_to_flag (list[str]): Presidio entity labels treated as PII.
        pii_labels_to_flag (list[str]): Labels of the built-in PII model treated as PII.
        pii_detection_parse_action (PiiDetectionAction): What to do with PII found while parsing documents.
        pii_detection_llm_input_action (PiiDetectionAction): What to do with PII found in LLM input.
        pii_detection_llm_output_action (PiiDetectionAction): What to do with PII found in LLM output.
        prompt_guard_labels_to_flag (list[str]): Prompt-guard labels that block a prompt.
        guardrails_labels_to_flag (list[str]): Guardrail labels that block a prompt.
        guardrails_entities (GuardrailsSettingsGuardrailsEntitiesType0 | None | Unset): Guardrail entity names and their
            descriptions.
    """

    disallowed_regex_patterns: list[str]
    presidio_labels_to_flag: list[str]
    pii_labels_to_flag: list[str]
    pii_detection_parse_action: PiiDetectionAction
    pii_detection_llm_input_action: PiiDetectionAction
    pii_detection_llm_output_action: PiiDetectionAction
    prompt_guard_labels_to_flag: list[str]
    guardrails_labels_to_flag: list[str]
    guardrails_entities: GuardrailsSettingsGuardrailsEntitiesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.guardrails_settings_guardrails_entities_type_0 import (
            GuardrailsSettingsGuardrailsEntitiesType0,  # noqa: PLC0415
        )

        disallowed_regex_patterns = self.disallowed_regex_patterns

        presidio_labels_to_flag = self.presidio_labels_to_flag

        pii_labels_to_flag = self.pii_labels_to_flag

        pii_detection_parse_action: str = self.pii_detection_parse_action

        pii_detection_llm_input_action: str = self.pii_detection_llm_input_action

        pii_detection_llm_output_action: str = self.pii_detection_llm_output_action

        prompt_guard_labels_to_flag = self.prompt_guard_labels_to_flag

        guardrails_labels_to_flag = self.guardrails_labels_to_flag

        guardrails_entities: dict[str, Any] | None | Unset
        if isinstance(self.guardrails_entities, Unset):
            guardrails_entities = UNSET
        elif isinstance(self.guardrails_entities, GuardrailsSettingsGuardrailsEntitiesType0):
            guardrails_entities = self.guardrails_entities.to_dict()
        else:
            guardrails_entities = self.guardrails_entities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "disallowed_regex_patterns": disallowed_regex_patterns,
                "presidio_labels_to_flag": presidio_labels_to_flag,
                "pii_labels_to_flag": pii_labels_to_flag,
                "pii_detection_parse_action": pii_detection_parse_action,
                "pii_detection_llm_input_action": pii_detection_llm_input_action,
                "pii_detection_llm_output_action": pii_detection_llm_output_action,
                "prompt_guard_labels_to_flag": prompt_guard_labels_to_flag,
                "guardrails_labels_to_flag": guardrails_labels_to_flag,
            }
        )
        if guardrails_entities is not UNSET:
            field_dict["guardrails_entities"] = guardrails_entities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guardrails_settings_guardrails_entities_type_0 import (
            GuardrailsSettingsGuardrailsEntitiesType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        disallowed_regex_patterns = cast(list[str], d.pop("disallowed_regex_patterns"))

        presidio_labels_to_flag = cast(list[str], d.pop("presidio_labels_to_flag"))

        pii_labels_to_flag = cast(list[str], d.pop("pii_labels_to_flag"))

        pii_detection_parse_action = check_pii_detection_action(d.pop("pii_detection_parse_action"))

        pii_detection_llm_input_action = check_pii_detection_action(d.pop("pii_detection_llm_input_action"))

        pii_detection_llm_output_action = check_pii_detection_action(d.pop("pii_detection_llm_output_action"))

        prompt_guard_labels_to_flag = cast(list[str], d.pop("prompt_guard_labels_to_flag"))

        guardrails_labels_to_flag = cast(list[str], d.pop("guardrails_labels_to_flag"))

        def _parse_guardrails_entities(
            data: object,
        ) -> GuardrailsSettingsGuardrailsEntitiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                guardrails_entities_type_0 = GuardrailsSettingsGuardrailsEntitiesType0.from_dict(data)

                return guardrails_entities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GuardrailsSettingsGuardrailsEntitiesType0 | None | Unset, data)

        guardrails_entities = _parse_guardrails_entities(d.pop("guardrails_entities", UNSET))

        guardrails_settings = cls(
            disallowed_regex_patterns=disallowed_regex_patterns,
            presidio_labels_to_flag=presidio_labels_to_flag,
            pii_labels_to_flag=pii_labels_to_flag,
            pii_detection_parse_action=pii_detection_parse_action,
            pii_detection_llm_input_action=pii_detection_llm_input_action,
            pii_detection_llm_output_action=pii_detection_llm_output_action,
            prompt_guard_labels_to_flag=prompt_guard_labels_to_flag,
            guardrails_labels_to_flag=guardrails_labels_to_flag,
            guardrails_entities=guardrails_entities,
        )

        guardrails_settings.additional_properties = d
        return guardrails_settings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
