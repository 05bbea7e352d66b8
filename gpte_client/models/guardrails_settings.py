from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pii_detection_action import PiiDetectionAction, check_pii_detection_action
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guardrails_settings_column_redaction_custom_entities_type_0 import (
        GuardrailsSettingsColumnRedactionCustomEntitiesType0,
    )
    from ..models.guardrails_settings_custom_pii_entities_type_0 import (
        GuardrailsSettingsCustomPiiEntitiesType0,
    )
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
        exception_message (None | str | Unset): Message shown instead of an answer that a guardrail blocked.
        show_violated_responses (bool | None | Unset): Show the blocked answer together with the violation.
        guardrails_on_transcriptions (bool | None | Unset): Apply guardrails to audio transcriptions too.
        vision_guardrails_enabled (bool | None | Unset): Apply guardrails to images sent to vision models.
        guardrails_vision_llm (None | str | Unset): Vision model that checks images; `auto` picks one.
        column_redaction_config (list[list[str]] | None | Unset): Pairs of (column name, entity) to redact in tables.
        guardrails_llm (None | str | Unset): LLM that classifies prompts for the guardrails.
        guardrails_safe_category (None | str | Unset): Category the guardrail LLM reports for a safe prompt.
        column_redaction_custom_entities_to_flag (list[str] | None | Unset): Custom table entities to redact.
        column_redaction_custom_entities (GuardrailsSettingsColumnRedactionCustomEntitiesType0 | None | Unset): Custom
            table entity names and their descriptions.
        custom_pii_entities_to_flag (list[str] | None | Unset): Custom PII entities to flag.
        custom_pii_entities (GuardrailsSettingsCustomPiiEntitiesType0 | None | Unset): Custom PII entity names and their
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
    exception_message: None | str | Unset = UNSET
    show_violated_responses: bool | None | Unset = UNSET
    guardrails_on_transcriptions: bool | None | Unset = UNSET
    vision_guardrails_enabled: bool | None | Unset = UNSET
    guardrails_vision_llm: None | str | Unset = UNSET
    column_redaction_config: list[list[str]] | None | Unset = UNSET
    guardrails_llm: None | str | Unset = UNSET
    guardrails_safe_category: None | str | Unset = UNSET
    column_redaction_custom_entities_to_flag: list[str] | None | Unset = UNSET
    column_redaction_custom_entities: GuardrailsSettingsColumnRedactionCustomEntitiesType0 | None | Unset = (
        UNSET
    )
    custom_pii_entities_to_flag: list[str] | None | Unset = UNSET
    custom_pii_entities: GuardrailsSettingsCustomPiiEntitiesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.guardrails_settings_column_redaction_custom_entities_type_0 import (
            GuardrailsSettingsColumnRedactionCustomEntitiesType0,  # noqa: PLC0415
        )
        from ..models.guardrails_settings_custom_pii_entities_type_0 import (
            GuardrailsSettingsCustomPiiEntitiesType0,  # noqa: PLC0415
        )
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
            self.column_redaction_custom_entities, GuardrailsSettingsColumnRedactionCustomEntitiesType0
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
        elif isinstance(self.custom_pii_entities, GuardrailsSettingsCustomPiiEntitiesType0):
            custom_pii_entities = self.custom_pii_entities.to_dict()
        else:
            custom_pii_entities = self.custom_pii_entities

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
        from ..models.guardrails_settings_column_redaction_custom_entities_type_0 import (
            GuardrailsSettingsColumnRedactionCustomEntitiesType0,  # noqa: PLC0415
        )
        from ..models.guardrails_settings_custom_pii_entities_type_0 import (
            GuardrailsSettingsCustomPiiEntitiesType0,  # noqa: PLC0415
        )
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
        ) -> GuardrailsSettingsColumnRedactionCustomEntitiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                column_redaction_custom_entities_type_0 = (
                    GuardrailsSettingsColumnRedactionCustomEntitiesType0.from_dict(data)
                )

                return column_redaction_custom_entities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GuardrailsSettingsColumnRedactionCustomEntitiesType0 | None | Unset, data)

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
        ) -> GuardrailsSettingsCustomPiiEntitiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_pii_entities_type_0 = GuardrailsSettingsCustomPiiEntitiesType0.from_dict(data)

                return custom_pii_entities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GuardrailsSettingsCustomPiiEntitiesType0 | None | Unset, data)

        custom_pii_entities = _parse_custom_pii_entities(d.pop("custom_pii_entities", UNSET))

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
