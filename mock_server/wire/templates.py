"""Wire types of prompt templates."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from msgspec import UNSET, Meta, UnsetType

from .base import (
    RequestBody,
    WireModel,
)

__all__ = [
    "PromptTemplate",
    "PromptTemplateBase",
    "PromptTemplateCreateRequest",
]


class PromptTemplate(WireModel):
    """Prompts that shape how the LLM answers."""

    id: str
    is_default: bool
    is_public: bool
    # Optional in the spec as in the REST models, yet always sent (defaults are encoded): the SDK's
    # PromptTemplate requires both.
    name: str = ""
    is_system_default: bool = False
    description: str | None = None
    lang: str | None = None
    system_prompt: str | None = None
    pre_prompt_query: str | None = None
    prompt_query: str | None = None
    hyde_no_rag_llm_prompt_extension: str | None = None
    pre_prompt_summary: str | None = None
    prompt_summary: str | None = None
    system_prompt_reflection: str | None = None
    prompt_reflection: str | None = None
    auto_gen_description_prompt: str | None = None
    auto_gen_document_summary_pre_prompt_summary: str | None = None
    auto_gen_document_summary_prompt_summary: str | None = None
    auto_gen_document_sample_questions_prompt: str | None = None
    default_sample_questions: list[str] | None = None
    image_batch_image_prompt: str | None = None
    image_batch_final_prompt: str | None = None
    user_count: int | None = None
    group_count: Annotated[int, Meta(ge=0)] | None = None
    username: str | None = None
    user_id: str | None = None
    updated_at: dt.datetime | None = None
    created_at: dt.datetime | None = None
    visible: bool | None = None


class PromptTemplateBase(RequestBody):
    """Changes to a prompt template; omitted fields stay as they are."""

    name: Annotated[str, Meta(max_length=1000)] | UnsetType | None = UNSET
    description: str | UnsetType | None = UNSET
    lang: str | UnsetType | None = UNSET
    system_prompt: str | UnsetType | None = UNSET
    pre_prompt_query: str | UnsetType | None = UNSET
    prompt_query: str | UnsetType | None = UNSET
    hyde_no_rag_llm_prompt_extension: str | UnsetType | None = UNSET
    pre_prompt_summary: str | UnsetType | None = UNSET
    prompt_summary: str | UnsetType | None = UNSET
    system_prompt_reflection: str | UnsetType | None = UNSET
    prompt_reflection: str | UnsetType | None = UNSET
    auto_gen_description_prompt: str | UnsetType | None = UNSET
    auto_gen_document_summary_pre_prompt_summary: str | UnsetType | None = UNSET
    auto_gen_document_summary_prompt_summary: str | UnsetType | None = UNSET
    auto_gen_document_sample_questions_prompt: str | UnsetType | None = UNSET
    default_sample_questions: list[str] | UnsetType | None = UNSET
    image_batch_image_prompt: str | UnsetType | None = UNSET
    image_batch_final_prompt: str | UnsetType | None = UNSET


class PromptTemplateCreateRequest(RequestBody):
    """A new prompt template."""

    name: Annotated[str, Meta(min_length=1, max_length=1000)]
    description: str | UnsetType | None = UNSET
    lang: str | UnsetType | None = UNSET
    system_prompt: str | UnsetType | None = UNSET
    pre_prompt_query: str | UnsetType | None = UNSET
    prompt_query: str | UnsetType | None = UNSET
    hyde_no_rag_llm_prompt_extension: str | UnsetType | None = UNSET
    pre_prompt_summary: str | UnsetType | None = UNSET
    prompt_summary: str | UnsetType | None = UNSET
    system_prompt_reflection: str | UnsetType | None = UNSET
    prompt_reflection: str | UnsetType | None = UNSET
    auto_gen_description_prompt: str | UnsetType | None = UNSET
    auto_gen_document_summary_pre_prompt_summary: str | UnsetType | None = UNSET
    auto_gen_document_summary_prompt_summary: str | UnsetType | None = UNSET
    auto_gen_document_sample_questions_prompt: str | UnsetType | None = UNSET
    default_sample_questions: list[str] | UnsetType | None = UNSET
    image_batch_image_prompt: str | UnsetType | None = UNSET
    image_batch_final_prompt: str | UnsetType | None = UNSET
