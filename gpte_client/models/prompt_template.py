from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptTemplate")


@_attrs_define
class PromptTemplate:
    """Prompts that shape how the LLM answers.

    Example:
        {'id': '5b8d2f4a-6c1e-4a3b-9d7f-0e2c4a6b8d1f', 'name': 'Concise HR assistant', 'description': 'Short, policy-
            grounded answers.', 'lang': 'en', 'is_default': False, 'is_public': False, 'is_system_default': False,
            'system_prompt': 'You are an HR assistant. Answer briefly and cite the policy.', 'pre_prompt_query': 'Use the
            policy excerpts below to answer.\\n', 'prompt_query': 'Using only the excerpts above,',
            'default_sample_questions': ['How many vacation days do I get?', 'Who approves remote work?'], 'user_count': 1,
            'username': 'demo', 'updated_at': '2026-11-21T09:30:00Z'}

    Attributes:
        id (str): Unique id of the template.
        is_default (bool): Whether this is the server's default template.
        is_public (bool): Whether every user can read the template.
        name (str | Unset): Display name; always present (`""` when it was cleared).
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
        is_system_default (bool | Unset): Whether this is the system default template, the one
            `get_default_prompt_template` returns; always present.
        visible (bool | None | Unset): Whether a system template is shown to users; a hidden one is listed only to
            admins by `list_all_prompt_templates`.
        user_count (int | None | Unset): Users with access, the owner included.
        group_count (int | None | Unset): Groups the template is shared with.
        user_id (None | str | Unset): Id of the owner (the mock's user ids are their usernames).
        username (None | str | Unset): Owner of the template.
        updated_at (datetime.datetime | None | Unset): When the template last changed.
        created_at (datetime.datetime | None | Unset): When the template was created.
    """

    id: str
    is_default: bool
    is_public: bool
    name: str | Unset = UNSET
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
    is_system_default: bool | Unset = UNSET
    visible: bool | None | Unset = UNSET
    user_count: int | None | Unset = UNSET
    group_count: int | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_default = self.is_default

        is_public = self.is_public

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

        is_system_default = self.is_system_default

        visible: bool | None | Unset
        if isinstance(self.visible, Unset):
            visible = UNSET
        else:
            visible = self.visible

        user_count: int | None | Unset
        if isinstance(self.user_count, Unset):
            user_count = UNSET
        else:
            user_count = self.user_count

        group_count: int | None | Unset
        if isinstance(self.group_count, Unset):
            group_count = UNSET
        else:
            group_count = self.group_count

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "is_default": is_default,
                "is_public": is_public,
            }
        )
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
        if is_system_default is not UNSET:
            field_dict["is_system_default"] = is_system_default
        if visible is not UNSET:
            field_dict["visible"] = visible
        if user_count is not UNSET:
            field_dict["user_count"] = user_count
        if group_count is not UNSET:
            field_dict["group_count"] = group_count
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        is_default = d.pop("is_default")

        is_public = d.pop("is_public")

        name = d.pop("name", UNSET)

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

        is_system_default = d.pop("is_system_default", UNSET)

        def _parse_visible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        visible = _parse_visible(d.pop("visible", UNSET))

        def _parse_user_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_count = _parse_user_count(d.pop("user_count", UNSET))

        def _parse_group_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group_count = _parse_group_count(d.pop("group_count", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        prompt_template = cls(
            id=id,
            is_default=is_default,
            is_public=is_public,
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
            is_system_default=is_system_default,
            visible=visible,
            user_count=user_count,
            group_count=group_count,
            user_id=user_id,
            username=username,
            updated_at=updated_at,
            created_at=created_at,
        )

        prompt_template.additional_properties = d
        return prompt_template

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
