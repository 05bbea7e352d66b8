from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.pii_detection_action import PiiDetectionAction, check_pii_detection_action
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guardrails_settings_input_column_redaction_custom_entities_type_0 import (
        GuardrailsSettingsInputColumnRedactionCustomEntitiesType0,
    )
    from ..models.guardrails_settings_input_custom_pii_entities_type_0 import (
        GuardrailsSettingsInputCustomPiiEntitiesType0,
    )
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
        exception_message (None | str | Unset): Message shown instead of an answer that a guardrail blocked.
        show_violated_responses (bool | None | Unset): Show the blocked answer together with the violation.
        guardrails_on_transcriptions (bool | None | Unset): Apply guardrails to audio transcriptions too.
        vision_guardrails_enabled (bool | None | Unset): Apply guardrails to images sent to vision models.
        guardrails_vision_llm (None | str | Unset): Vision model that checks images; `auto` picks one.
        column_redaction_config (list[list[str]] | None | Unset): Pairs of (column name, entity) to redact in tables.
        guardrails_llm (None | str | Unset): LLM that classifies prompts for the guardrails.
        guardrails_safe_category (None | str | Unset): Category the guardrail LLM reports for a safe prompt.
        column_redaction_custom_entities_to_flag (list[str] | None | Unset): Custom table entities to redact.
        column_redaction_custom_entities (GuardrailsSettingsInputColumnRedactionCustomEntitiesType0 | None | Unset):
            Custom table entity names and their descriptions.
        custom_pii_entities_to_flag (list[str] | None | Unset): Custom PII entities to flag.
        custom_pii_entities (GuardrailsSettingsInputCustomPiiEntitiesType0 | None | Unset): Custom PII entity names and
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
    exception_message: None | str | Unset = UNSET
    show_violated_responses: bool | None | Unset = UNSET
    guardrails_on_transcriptions: bool | None | Unset = UNSET
    vision_guardrails_enabled: bool | None | Unset = UNSET
    guardrails_vision_llm: None | str | Unset = UNSET
    column_redaction_config: list[list[str]] | None | Unset = UNSET
    guardrails_llm: None | str | Unset = UNSET
    guardrails_safe_category: None | str | Unset = UNSET
    column_redaction_custom_entities_to_flag: list[str] | None | Unset = UNSET
    column_redaction_custom_entities: (
        GuardrailsSettingsInputColumnRedactionCustomEntitiesType0 | None | Unset
    ) = UNSET
    custom_pii_entities_to_flag: list[str] | None | Unset = UNSET
    custom_pii_entities: GuardrailsSettingsInputCustomPiiEntitiesType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.guardrails_settings_input_column_redaction_custom_entities_type_0 import (
            GuardrailsSettingsInputColumnRedactionCustomEntitiesType0,  # noqa: PLC0415
        )
        from ..models.guardrails_settings_input_custom_pii_entities_type_0 import (
            GuardrailsSettingsInputCustomPiiEntitiesType0,  # noqa: PLC0415
        )
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

        exception_message: None | str | Unset
        if isinstance(self.exception_message, Unset):
            exception_message = UNSET
        else:
            exception_message = self.exception_message

        show_violated_responses: bool | None | Unset
        if isinstance(self.show_violated_responses, Unset):
            show_violated_responses = UNSET
        else:
            show_violated_responses = self.show_violated_responses

        guardrails_on_transcriptions: bool | None | Unset
        if isinstance(self.guardrails_on_transcriptions, Unset):
            guardrails_on_transcriptions = UNSET
        else:
            guardrails_on_transcriptions = self.guardrails_on_transcriptions

        vision_guardrails_enabled: bool | None | Unset
        if isinstance(self.vision_guardrails_enabled, Unset):
            vision_guardrails_enabled = UNSET
        else:
            vision_guardrails_enabled = self.vision_guardrails_enabled

        guardrails_vision_llm: None | str | Unset
        if isinstance(self.guardrails_vision_llm, Unset):
            guardrails_vision_llm = UNSET
        else:
            guardrails_vision_llm = self.guardrails_vision_llm

        column_redaction_config: list[list[str]] | None | Unset
        if isinstance(self.column_redaction_config, Unset):
            column_redaction_config = UNSET
        elif isinstance(self.column_redaction_config, list):
            column_redaction_config = []
            for column_redaction_config_type_0_item_data in self.column_redaction_config:
                column_redaction_config_type_0_item = column_redaction_config_type_0_item_data

                column_redaction_config.append(column_redaction_config_type_0_item)

        else:
            column_redaction_config = self.column_redaction_config

        guardrails_llm: None | str | Unset
        if isinstance(self.guardrails_llm, Unset):
            guardrails_llm = UNSET
        else:
            guardrails_llm = self.guardrails_llm

        guardrails_safe_category: None | str | Unset
        if isinstance(self.guardrails_safe_category, Unset):
            guardrails_safe_category = UNSET
        else:
            guardrails_safe_category = self.guardrails_safe_category

        column_redaction_custom_entities_to_flag: list[str] | None | Unset
        if isinstance(self.column_redaction_custom_entities_to_flag, Unset):
            column_redaction_custom_entities_to_flag = UNSET
        elif isinstance(self.column_redaction_custom_entities_to_flag, list):
            column_redaction_custom_entities_to_flag = self.column_redaction_custom_entities_to_flag

        else:
            column_redaction_custom_entities_to_flag = self.column_redaction_custom_entities_to_flag

        column_redaction_custom_entities: dict[str, Any] | None | Unset
        if isinstance(self.column_redaction_custom_entities, Unset):
            column_redaction_custom_entities = UNSET
        elif isinstance(
            self.column_redaction_custom_entities, GuardrailsSettingsInputColumnRedactionCustomEntitiesType0
        ):
            column_redaction_custom_entities = self.column_redaction_custom_entities.to_dict()
        else:
            column_redaction_custom_entities = self.column_redaction_custom_entities

        custom_pii_entities_to_flag: list[str] | None | Unset
        if isinstance(self.custom_pii_entities_to_flag, Unset):
            custom_pii_entities_to_flag = UNSET
        elif isinstance(self.custom_pii_entities_to_flag, list):
            custom_pii_entities_to_flag = self.custom_pii_entities_to_flag

        else:
            custom_pii_entities_to_flag = self.custom_pii_entities_to_flag

        custom_pii_entities: dict[str, Any] | None | Unset
        if isinstance(self.custom_pii_entities, Unset):
            custom_pii_entities = UNSET
        elif isinstance(self.custom_pii_entities, GuardrailsSettingsInputCustomPiiEntitiesType0):
            custom_pii_entities = self.custom_pii_entities.to_dict()
        else:
            custom_pii_entities = self.custom_pii_entities

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
        if exception_message is not UNSET:
            field_dict["exception_message"] = exception_message
        if show_violated_responses is not UNSET:
            field_dict["show_violated_responses"] = show_violated_responses
        if guardrails_on_transcriptions is not UNSET:
            field_dict["guardrails_on_transcriptions"] = guardrails_on_transcriptions
        if vision_guardrails_enabled is not UNSET:
            field_dict["vision_guardrails_enabled"] = vision_guardrails_enabled
        if guardrails_vision_llm is not UNSET:
            field_dict["guardrails_vision_llm"] = guardrails_vision_llm
        if column_redaction_config is not UNSET:
            field_dict["column_redaction_config"] = column_redaction_config
        if guardrails_llm is not UNSET:
            field_dict["guardrails_llm"] = guardrails_llm
        if guardrails_safe_category is not UNSET:
            field_dict["guardrails_safe_category"] = guardrails_safe_category
        if column_redaction_custom_entities_to_flag is not UNSET:
            field_dict["column_redaction_custom_entities_to_flag"] = column_redaction_custom_entities_to_flag
        if column_redaction_custom_entities is not UNSET:
            field_dict["column_redaction_custom_entities"] = column_redaction_custom_entities
        if custom_pii_entities_to_flag is not UNSET:
            field_dict["custom_pii_entities_to_flag"] = custom_pii_entities_to_flag
        if custom_pii_entities is not UNSET:
            field_dict["custom_pii_entities"] = custom_pii_entities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guardrails_settings_input_column_redaction_custom_entities_type_0 import (
            GuardrailsSettingsInputColumnRedactionCustomEntitiesType0,  # noqa: PLC0415
        )
        from ..models.guardrails_settings_input_custom_pii_entities_type_0 import (
            GuardrailsSettingsInputCustomPiiEntitiesType0,  # noqa: PLC0415
        )
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

        def _parse_exception_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exception_message = _parse_exception_message(d.pop("exception_message", UNSET))

        def _parse_show_violated_responses(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_violated_responses = _parse_show_violated_responses(d.pop("show_violated_responses", UNSET))

        def _parse_guardrails_on_transcriptions(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        guardrails_on_transcriptions = _parse_guardrails_on_transcriptions(
            d.pop("guardrails_on_transcriptions", UNSET)
        )

        def _parse_vision_guardrails_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        vision_guardrails_enabled = _parse_vision_guardrails_enabled(
            d.pop("vision_guardrails_enabled", UNSET)
        )

        def _parse_guardrails_vision_llm(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        guardrails_vision_llm = _parse_guardrails_vision_llm(d.pop("guardrails_vision_llm", UNSET))

        def _parse_column_redaction_config(data: object) -> list[list[str]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                column_redaction_config_type_0 = []
                _column_redaction_config_type_0 = data
                for column_redaction_config_type_0_item_data in _column_redaction_config_type_0:
                    column_redaction_config_type_0_item = cast(
                        list[str], column_redaction_config_type_0_item_data
                    )

                    column_redaction_config_type_0.append(column_redaction_config_type_0_item)

                return column_redaction_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[str]] | None | Unset, data)

        column_redaction_config = _parse_column_redaction_config(d.pop("column_redaction_config", UNSET))

        def _parse_guardrails_llm(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        guardrails_llm = _parse_guardrails_llm(d.pop("guardrails_llm", UNSET))

        def _parse_guardrails_safe_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        guardrails_safe_category = _parse_guardrails_safe_category(d.pop("guardrails_safe_category", UNSET))

        def _parse_column_redaction_custom_entities_to_flag(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                column_redaction_custom_entities_to_flag_type_0 = cast(list[str], data)

                return column_redaction_custom_entities_to_flag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        column_redaction_custom_entities_to_flag = _parse_column_redaction_custom_entities_to_flag(
            d.pop("column_redaction_custom_entities_to_flag", UNSET)
        )

        def _parse_column_redaction_custom_entities(
            data: object,
        ) -> GuardrailsSettingsInputColumnRedactionCustomEntitiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                column_redaction_custom_entities_type_0 = (
                    GuardrailsSettingsInputColumnRedactionCustomEntitiesType0.from_dict(data)
                )

                return column_redaction_custom_entities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GuardrailsSettingsInputColumnRedactionCustomEntitiesType0 | None | Unset, data)

        column_redaction_custom_entities = _parse_column_redaction_custom_entities(
            d.pop("column_redaction_custom_entities", UNSET)
        )

        def _parse_custom_pii_entities_to_flag(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_pii_entities_to_flag_type_0 = cast(list[str], data)

                return custom_pii_entities_to_flag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        custom_pii_entities_to_flag = _parse_custom_pii_entities_to_flag(
            d.pop("custom_pii_entities_to_flag", UNSET)
        )

        def _parse_custom_pii_entities(
            data: object,
        ) -> GuardrailsSettingsInputCustomPiiEntitiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_pii_entities_type_0 = GuardrailsSettingsInputCustomPiiEntitiesType0.from_dict(data)

                return custom_pii_entities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GuardrailsSettingsInputCustomPiiEntitiesType0 | None | Unset, data)

        custom_pii_entities = _parse_custom_pii_entities(d.pop("custom_pii_entities", UNSET))

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
            exception_message=exception_message,
            show_violated_responses=show_violated_responses,
            guardrails_on_transcriptions=guardrails_on_transcriptions,
            vision_guardrails_enabled=vision_guardrails_enabled,
            guardrails_vision_llm=guardrails_vision_llm,
            column_redaction_config=column_redaction_config,
            guardrails_llm=guardrails_llm,
            guardrails_safe_category=guardrails_safe_category,
            column_redaction_custom_entities_to_flag=column_redaction_custom_entities_to_flag,
            column_redaction_custom_entities=column_redaction_custom_entities,
            custom_pii_entities_to_flag=custom_pii_entities_to_flag,
            custom_pii_entities=custom_pii_entities,
        )

        return guardrails_settings_input
