from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptTemplateBase")


@_attrs_define
class PromptTemplateBase:
    """Changes to a prompt template; omitted fields stay as they are.

    Example:
        {'description': 'Short answers that always cite the policy.'}

    Attributes:
        name (None | str | Unset): Display name.
        description (None | str | Unset): What the template is for.
        lang (None | str | Unset): Language code of the prompts.
        system_prompt (None | str | Unset): System prompt sent to the LLM.
        pre_prompt_query (None | str | Unset): Text placed before retrieved excerpts.
        prompt_query (None | str | Unset): Text placed before the user's question.
        hyde_no_rag_llm_prompt_extension (None | str | Unset): Extension used for HyDE retrieval.
        pre_prompt_summary (None | str | Unset): Text placed before excerpts when summarising.
        prompt_summary (None | str | Unset): Instruction for summarising.
        system_prompt_reflection (None | str | Unset): System prompt for self-reflection.
        prompt_reflection (None | str | Unset): Prompt for self-reflection.
        auto_gen_description_prompt (None | str | Unset): Prompt that writes collection descriptions.
        auto_gen_document_summary_pre_prompt_summary (None | str | Unset): Text placed before a document when
            summarising it.
        auto_gen_document_summary_prompt_summary (None | str | Unset): Instruction for summarising a document.
        auto_gen_document_sample_questions_prompt (None | str | Unset): Prompt that writes sample questions for a
            document.
        default_sample_questions (list[str] | None | Unset): Questions suggested when no documents are available.
        image_batch_image_prompt (None | str | Unset): Prompt applied to each image batch.
        image_batch_final_prompt (None | str | Unset): Prompt for the final image batch step.
    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    lang: None | str | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    pre_prompt_query: None | str | Unset = UNSET
    prompt_query: None | str | Unset = UNSET
    hyde_no_rag_llm_prompt_extension: None | str | Unset = UNSET
    pre_prompt_summary: None | str | Unset = UNSET
    prompt_summary: None | str | Unset = UNSET
    system_prompt_reflection: None | str | Unset = UNSET
    prompt_reflection: None | str | Unset = UNSET
    auto_gen_description_prompt: None | str | Unset = UNSET
    auto_gen_document_summary_pre_prompt_summary: None | str | Unset = UNSET
    auto_gen_document_summary_prompt_summary: None | str | Unset = UNSET
    auto_gen_document_sample_questions_prompt: None | str | Unset = UNSET
    default_sample_questions: list[str] | None | Unset = UNSET
    image_batch_image_prompt: None | str | Unset = UNSET
    image_batch_final_prompt: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        lang: None | str | Unset
        if isinstance(self.lang, Unset):
            lang = UNSET
        else:
            lang = self.lang

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        pre_prompt_query: None | str | Unset
        if isinstance(self.pre_prompt_query, Unset):
            pre_prompt_query = UNSET
        else:
            pre_prompt_query = self.pre_prompt_query

        prompt_query: None | str | Unset
        if isinstance(self.prompt_query, Unset):
            prompt_query = UNSET
        else:
            prompt_query = self.prompt_query

        hyde_no_rag_llm_prompt_extension: None | str | Unset
        if isinstance(self.hyde_no_rag_llm_prompt_extension, Unset):
            hyde_no_rag_llm_prompt_extension = UNSET
        else:
            hyde_no_rag_llm_prompt_extension = self.hyde_no_rag_llm_prompt_extension

        pre_prompt_summary: None | str | Unset
        if isinstance(self.pre_prompt_summary, Unset):
            pre_prompt_summary = UNSET
        else:
            pre_prompt_summary = self.pre_prompt_summary

        prompt_summary: None | str | Unset
        if isinstance(self.prompt_summary, Unset):
            prompt_summary = UNSET
        else:
            prompt_summary = self.prompt_summary

        system_prompt_reflection: None | str | Unset
        if isinstance(self.system_prompt_reflection, Unset):
            system_prompt_reflection = UNSET
        else:
            system_prompt_reflection = self.system_prompt_reflection

        prompt_reflection: None | str | Unset
        if isinstance(self.prompt_reflection, Unset):
            prompt_reflection = UNSET
        else:
            prompt_reflection = self.prompt_reflection

        auto_gen_description_prompt: None | str | Unset
        if isinstance(self.auto_gen_description_prompt, Unset):
            auto_gen_description_prompt = UNSET
        else:
            auto_gen_description_prompt = self.auto_gen_description_prompt

        auto_gen_document_summary_pre_prompt_summary: None | str | Unset
        if isinstance(self.auto_gen_document_summary_pre_prompt_summary, Unset):
            auto_gen_document_summary_pre_prompt_summary = UNSET
        else:
            auto_gen_document_summary_pre_prompt_summary = self.auto_gen_document_summary_pre_prompt_summary

        auto_gen_document_summary_prompt_summary: None | str | Unset
        if isinstance(self.auto_gen_document_summary_prompt_summary, Unset):
            auto_gen_document_summary_prompt_summary = UNSET
        else:
            auto_gen_document_summary_prompt_summary = self.auto_gen_document_summary_prompt_summary

        auto_gen_document_sample_questions_prompt: None | str | Unset
        if isinstance(self.auto_gen_document_sample_questions_prompt, Unset):
            auto_gen_document_sample_questions_prompt = UNSET
        else:
            auto_gen_document_sample_questions_prompt = self.auto_gen_document_sample_questions_prompt

        default_sample_questions: list[str] | None | Unset
        if isinstance(self.default_sample_questions, Unset):
            default_sample_questions = UNSET
        elif isinstance(self.default_sample_questions, list):
            default_sample_questions = self.default_sample_questions

        else:
            default_sample_questions = self.default_sample_questions

        image_batch_image_prompt: None | str | Unset
        if isinstance(self.image_batch_image_prompt, Unset):
            image_batch_image_prompt = UNSET
        else:
            image_batch_image_prompt = self.image_batch_image_prompt

        image_batch_final_prompt: None | str | Unset
        if isinstance(self.image_batch_final_prompt, Unset):
            image_batch_final_prompt = UNSET
        else:
            image_batch_final_prompt = self.image_batch_final_prompt

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if lang is not UNSET:
            field_dict["lang"] = lang
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if pre_prompt_query is not UNSET:
            field_dict["pre_prompt_query"] = pre_prompt_query
        if prompt_query is not UNSET:
            field_dict["prompt_query"] = prompt_query
        if hyde_no_rag_llm_prompt_extension is not UNSET:
            field_dict["hyde_no_rag_llm_prompt_extension"] = hyde_no_rag_llm_prompt_extension
        if pre_prompt_summary is not UNSET:
            field_dict["pre_prompt_summary"] = pre_prompt_summary
        if prompt_summary is not UNSET:
            field_dict["prompt_summary"] = prompt_summary
        if system_prompt_reflection is not UNSET:
            field_dict["system_prompt_reflection"] = system_prompt_reflection
        if prompt_reflection is not UNSET:
            field_dict["prompt_reflection"] = prompt_reflection
        if auto_gen_description_prompt is not UNSET:
            field_dict["auto_gen_description_prompt"] = auto_gen_description_prompt
        if auto_gen_document_summary_pre_prompt_summary is not UNSET:
            field_dict["auto_gen_document_summary_pre_prompt_summary"] = (
                auto_gen_document_summary_pre_prompt_summary
            )
        if auto_gen_document_summary_prompt_summary is not UNSET:
            field_dict["auto_gen_document_summary_prompt_summary"] = auto_gen_document_summary_prompt_summary
        if auto_gen_document_sample_questions_prompt is not UNSET:
            field_dict["auto_gen_document_sample_questions_prompt"] = (
                auto_gen_document_sample_questions_prompt
            )
        if default_sample_questions is not UNSET:
            field_dict["default_sample_questions"] = default_sample_questions
        if image_batch_image_prompt is not UNSET:
            field_dict["image_batch_image_prompt"] = image_batch_image_prompt
        if image_batch_final_prompt is not UNSET:
            field_dict["image_batch_final_prompt"] = image_batch_final_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_lang(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lang = _parse_lang(d.pop("lang", UNSET))

        def _parse_system_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_prompt = _parse_system_prompt(d.pop("system_prompt", UNSET))

        def _parse_pre_prompt_query(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pre_prompt_query = _parse_pre_prompt_query(d.pop("pre_prompt_query", UNSET))

        def _parse_prompt_query(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_query = _parse_prompt_query(d.pop("prompt_query", UNSET))

        def _parse_hyde_no_rag_llm_prompt_extension(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hyde_no_rag_llm_prompt_extension = _parse_hyde_no_rag_llm_prompt_extension(
            d.pop("hyde_no_rag_llm_prompt_extension", UNSET)
        )

        def _parse_pre_prompt_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pre_prompt_summary = _parse_pre_prompt_summary(d.pop("pre_prompt_summary", UNSET))

        def _parse_prompt_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_summary = _parse_prompt_summary(d.pop("prompt_summary", UNSET))

        def _parse_system_prompt_reflection(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_prompt_reflection = _parse_system_prompt_reflection(d.pop("system_prompt_reflection", UNSET))

        def _parse_prompt_reflection(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_reflection = _parse_prompt_reflection(d.pop("prompt_reflection", UNSET))

        def _parse_auto_gen_description_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auto_gen_description_prompt = _parse_auto_gen_description_prompt(
            d.pop("auto_gen_description_prompt", UNSET)
        )

        def _parse_auto_gen_document_summary_pre_prompt_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auto_gen_document_summary_pre_prompt_summary = _parse_auto_gen_document_summary_pre_prompt_summary(
            d.pop("auto_gen_document_summary_pre_prompt_summary", UNSET)
        )

        def _parse_auto_gen_document_summary_prompt_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auto_gen_document_summary_prompt_summary = _parse_auto_gen_document_summary_prompt_summary(
            d.pop("auto_gen_document_summary_prompt_summary", UNSET)
        )

        def _parse_auto_gen_document_sample_questions_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auto_gen_document_sample_questions_prompt = _parse_auto_gen_document_sample_questions_prompt(
            d.pop("auto_gen_document_sample_questions_prompt", UNSET)
        )

        def _parse_default_sample_questions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                default_sample_questions_type_0 = cast(list[str], data)

                return default_sample_questions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        default_sample_questions = _parse_default_sample_questions(d.pop("default_sample_questions", UNSET))

        def _parse_image_batch_image_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_batch_image_prompt = _parse_image_batch_image_prompt(d.pop("image_batch_image_prompt", UNSET))

        def _parse_image_batch_final_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_batch_final_prompt = _parse_image_batch_final_prompt(d.pop("image_batch_final_prompt", UNSET))

        prompt_template_base = cls(
            name=name,
            description=description,
            lang=lang,
            system_prompt=system_prompt,
            pre_prompt_query=pre_prompt_query,
            prompt_query=prompt_query,
            hyde_no_rag_llm_prompt_extension=hyde_no_rag_llm_prompt_extension,
            pre_prompt_summary=pre_prompt_summary,
            prompt_summary=prompt_summary,
            system_prompt_reflection=system_prompt_reflection,
            prompt_reflection=prompt_reflection,
            auto_gen_description_prompt=auto_gen_description_prompt,
            auto_gen_document_summary_pre_prompt_summary=auto_gen_document_summary_pre_prompt_summary,
            auto_gen_document_summary_prompt_summary=auto_gen_document_summary_prompt_summary,
            auto_gen_document_sample_questions_prompt=auto_gen_document_sample_questions_prompt,
            default_sample_questions=default_sample_questions,
            image_batch_image_prompt=image_batch_image_prompt,
            image_batch_final_prompt=image_batch_final_prompt,
        )

        return prompt_template_base
