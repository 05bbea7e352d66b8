from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.pii_detection_action import PiiDetectionAction, check_pii_detection_action
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guardrails_settings_input_guardrails_entities_type_0 import (
        GuardrailsSettingsInputGuardrailsEntitiesType0,
    )


T = TypeVar("T", bound="GuardrailsSettingsInput")


@_attrs_define
class GuardrailsSettingsInput:
    """Guardrails and PII handling to store; omitted lists are empty and omitted actions `allow`.

    Example:
        {'pii_detection_llm_output_action': 'redact', 'pii_labels_to_flag': ['EMAIL_ADDRESS']}

    Attributes:
        disallowed_regex_patterns (list[str] | None | Unset): Regular expressions for custom PII.
        presidio_labels_to_flag (list[str] | None | Unset): Presidio entity labels treated as PII.
        pii_labels_to_flag (list[str] | None | Unset): Labels of the built-in PII model treated as PII.
        pii_detection_parse_action (None | PiiDetectionAction | Unset): What to do with PII found while parsing
            documents.
        pii_detection_llm_input_action (None | PiiDetectionAction | Unset): What to do with PII found in LLM input.
        pii_detection_llm_output_action (None | PiiDetectionAction | Unset): What to do with PII found in LLM output.
        prompt_guard_labels_to_flag (list[str] | None | Unset): Prompt-guard labels that block a prompt.
        guardrails_labels_to_flag (list[str] | None | Unset): Guardrail labels that block a prompt.
        guardrails_entities (GuardrailsSettingsInputGuardrailsEntitiesType0 | None | Unset): Guardrail entity names and
            their descriptions.
    """

    disallowed_regex_patterns: list[str] | None | Unset = UNSET
    presidio_labels_to_flag: list[str] | None | Unset = UNSET
    pii_labels_to_flag: list[str] | None | Unset = UNSET
    pii_detection_parse_action: None | PiiDetectionAction | Unset = UNSET
    pii_detection_llm_input_action: None | PiiDetectionAction | Unset = UNSET
    pii_detection_llm_output_action: None | PiiDetectionAction | Unset = UNSET
    prompt_guard_labels_to_flag: list[str] | None | Unset = UNSET
    guardrails_labels_to_flag: list[str] | None | Unset = UNSET
    guardrails_entities: GuardrailsSettingsInputGuardrailsEntitiesType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.guardrails_settings_input_guardrails_entities_type_0 import (
            GuardrailsSettingsInputGuardrailsEntitiesType0,  # noqa: PLC0415
        )

        disallowed_regex_patterns: list[str] | None | Unset
        if isinstance(self.disallowed_regex_patterns, Unset):
            disallowed_regex_patterns = UNSET
        elif isinstance(self.disallowed_regex_patterns, list):
            disallowed_regex_patterns = self.disallowed_regex_patterns

        else:
            disallowed_regex_patterns = self.disallowed_regex_patterns

        presidio_labels_to_flag: list[str] | None | Unset
        if isinstance(self.presidio_labels_to_flag, Unset):
            presidio_labels_to_flag = UNSET
        elif isinstance(self.presidio_labels_to_flag, list):
            presidio_labels_to_flag = self.presidio_labels_to_flag

        else:
            presidio_labels_to_flag = self.presidio_labels_to_flag

        pii_labels_to_flag: list[str] | None | Unset
        if isinstance(self.pii_labels_to_flag, Unset):
            pii_labels_to_flag = UNSET
        elif isinstance(self.pii_labels_to_flag, list):
            pii_labels_to_flag = self.pii_labels_to_flag

        else:
            pii_labels_to_flag = self.pii_labels_to_flag

        pii_detection_parse_action: None | str | Unset
        if isinstance(self.pii_detection_parse_action, Unset):
            pii_detection_parse_action = UNSET
        elif isinstance(self.pii_detection_parse_action, str):
            pii_detection_parse_action = self.pii_detection_parse_action
        else:
            pii_detection_parse_action = self.pii_detection_parse_action

        pii_detection_llm_input_action: None | str | Unset
        if isinstance(self.pii_detection_llm_input_action, Unset):
            pii_detection_llm_input_action = UNSET
        elif isinstance(self.pii_detection_llm_input_action, str):
            pii_detection_llm_input_action = self.pii_detection_llm_input_action
        else:
            pii_detection_llm_input_action = self.pii_detection_llm_input_action

        pii_detection_llm_output_action: None | str | Unset
        if isinstance(self.pii_detection_llm_output_action, Unset):
            pii_detection_llm_output_action = UNSET
        elif isinstance(self.pii_detection_llm_output_action, str):
            pii_detection_llm_output_action = self.pii_detection_llm_output_action
        else:
            pii_detection_llm_output_action = self.pii_detection_llm_output_action

        prompt_guard_labels_to_flag: list[str] | None | Unset
        if isinstance(self.prompt_guard_labels_to_flag, Unset):
            prompt_guard_labels_to_flag = UNSET
        elif isinstance(self.prompt_guard_labels_to_flag, list):
            prompt_guard_labels_to_flag = self.prompt_guard_labels_to_flag

        else:
            prompt_guard_labels_to_flag = self.prompt_guard_labels_to_flag

        guardrails_labels_to_flag: list[str] | None | Unset
        if isinstance(self.guardrails_labels_to_flag, Unset):
            guardrails_labels_to_flag = UNSET
        elif isinstance(self.guardrails_labels_to_flag, list):
            guardrails_labels_to_flag = self.guardrails_labels_to_flag

        else:
            guardrails_labels_to_flag = self.guardrails_labels_to_flag

        guardrails_entities: dict[str, Any] | None | Unset
        if isinstance(self.guardrails_entities, Unset):
            guardrails_entities = UNSET
        elif isinstance(self.guardrails_entities, GuardrailsSettingsInputGuardrailsEntitiesType0):
            guardrails_entities = self.guardrails_entities.to_dict()
        else:
            guardrails_entities = self.guardrails_entities

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if disallowed_regex_patterns is not UNSET:
            field_dict["disallowed_regex_patterns"] = disallowed_regex_patterns
        if presidio_labels_to_flag is not UNSET:
            field_dict["presidio_labels_to_flag"] = presidio_labels_to_flag
        if pii_labels_to_flag is not UNSET:
            field_dict["pii_labels_to_flag"] = pii_labels_to_flag
        if pii_detection_parse_action is not UNSET:
            field_dict["pii_detection_parse_action"] = pii_detection_parse_action
        if pii_detection_llm_input_action is not UNSET:
            field_dict["pii_detection_llm_input_action"] = pii_detection_llm_input_action
        if pii_detection_llm_output_action is not UNSET:
            field_dict["pii_detection_llm_output_action"] = pii_detection_llm_output_action
        if prompt_guard_labels_to_flag is not UNSET:
            field_dict["prompt_guard_labels_to_flag"] = prompt_guard_labels_to_flag
        if guardrails_labels_to_flag is not UNSET:
            field_dict["guardrails_labels_to_flag"] = guardrails_labels_to_flag
        if guardrails_entities is not UNSET:
            field_dict["guardrails_entities"] = guardrails_entities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guardrails_settings_input_guardrails_entities_type_0 import (
            GuardrailsSettingsInputGuardrailsEntitiesType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_disallowed_regex_patterns(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                disallowed_regex_patterns_type_0 = cast(list[str], data)

                return disallowed_regex_patterns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        disallowed_regex_patterns = _parse_disallowed_regex_patterns(
            d.pop("disallowed_regex_patterns", UNSET)
        )

        def _parse_presidio_labels_to_flag(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                presidio_labels_to_flag_type_0 = cast(list[str], data)

                return presidio_labels_to_flag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        presidio_labels_to_flag = _parse_presidio_labels_to_flag(d.pop("presidio_labels_to_flag", UNSET))

        def _parse_pii_labels_to_flag(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pii_labels_to_flag_type_0 = cast(list[str], data)

                return pii_labels_to_flag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        pii_labels_to_flag = _parse_pii_labels_to_flag(d.pop("pii_labels_to_flag", UNSET))

        def _parse_pii_detection_parse_action(data: object) -> None | PiiDetectionAction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pii_detection_parse_action_type_1 = check_pii_detection_action(data)

                return pii_detection_parse_action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PiiDetectionAction | Unset, data)

        pii_detection_parse_action = _parse_pii_detection_parse_action(
            d.pop("pii_detection_parse_action", UNSET)
        )

        def _parse_pii_detection_llm_input_action(data: object) -> None | PiiDetectionAction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pii_detection_llm_input_action_type_1 = check_pii_detection_action(data)

                return pii_detection_llm_input_action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PiiDetectionAction | Unset, data)

        pii_detection_llm_input_action = _parse_pii_detection_llm_input_action(
            d.pop("pii_detection_llm_input_action", UNSET)
        )

        def _parse_pii_detection_llm_output_action(data: object) -> None | PiiDetectionAction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pii_detection_llm_output_action_type_1 = check_pii_detection_action(data)

                return pii_detection_llm_output_action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PiiDetectionAction | Unset, data)

        pii_detection_llm_output_action = _parse_pii_detection_llm_output_action(
            d.pop("pii_detection_llm_output_action", UNSET)
        )

        def _parse_prompt_guard_labels_to_flag(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prompt_guard_labels_to_flag_type_0 = cast(list[str], data)

                return prompt_guard_labels_to_flag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        prompt_guard_labels_to_flag = _parse_prompt_guard_labels_to_flag(
            d.pop("prompt_guard_labels_to_flag", UNSET)
        )

        def _parse_guardrails_labels_to_flag(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                guardrails_labels_to_flag_type_0 = cast(list[str], data)

                return guardrails_labels_to_flag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        guardrails_labels_to_flag = _parse_guardrails_labels_to_flag(
            d.pop("guardrails_labels_to_flag", UNSET)
        )

        def _parse_guardrails_entities(
            data: object,
        ) -> GuardrailsSettingsInputGuardrailsEntitiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                guardrails_entities_type_0 = GuardrailsSettingsInputGuardrailsEntitiesType0.from_dict(data)

                return guardrails_entities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GuardrailsSettingsInputGuardrailsEntitiesType0 | None | Unset, data)

        guardrails_entities = _parse_guardrails_entities(d.pop("guardrails_entities", UNSET))

        guardrails_settings_input = cls(
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

        return guardrails_settings_input
