from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.include_chat_history import IncludeChatHistory, check_include_chat_history
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_request_llm_args_type_0 import ChatCompletionRequestLlmArgsType0
    from ..models.chat_completion_request_rag_config_type_0 import ChatCompletionRequestRagConfigType0
    from ..models.chat_completion_request_self_reflection_config_type_0 import (
        ChatCompletionRequestSelfReflectionConfigType0,
    )
    from ..models.tag_filter import TagFilter


T = TypeVar("T", bound="ChatCompletionRequest")


@_attrs_define
class ChatCompletionRequest:
    """A question to ask in a chat session.

    Example:
        {'message': 'How many vacation days do new employees get?', 'llm_args': {'max_new_tokens': 256},
            'pre_prompt_query': 'Pay attention and remember the information below.\\n', 'prompt_query': 'According to only
            the information in the document sources provided within the context above,'}

    Attributes:
        message (str): The user's question or instruction.
        system_prompt (None | str | Unset): System prompt for models that take one; `auto` means the model's default.
        pre_prompt_query (None | str | Unset): Text placed before the retrieved document excerpts.
        prompt_query (None | str | Unset): Text placed before the user's message, after the excerpts.
        image_batch_final_prompt (None | str | Unset): Prompt for the final step of image batch processing.
        image_batch_image_prompt (None | str | Unset): Prompt applied to each image batch.
        llm (None | str | Unset): Name of the LLM to use; `auto` lets the server choose.
        llm_args (ChatCompletionRequestLlmArgsType0 | None | Unset): Generation arguments passed to the LLM, such as
            `temperature`, `seed` and `max_new_tokens` (the answer is cut after that many tokens).
        self_reflection_config (ChatCompletionRequestSelfReflectionConfigType0 | None | Unset): Settings for a second
            LLM pass that critiques the answer.
        rag_config (ChatCompletionRequestRagConfigType0 | None | Unset): Retrieval settings, such as `rag_type`
            (`llm_only` answers without retrieval).
        include_chat_history (IncludeChatHistory | None | Unset): Whether earlier turns of the session go into the
            prompt. `on`/`off` and `true`/`false` are the newer and older spellings of the same switch (h2ogpte 1.7.5 still
            sends `true`/`false` here); `auto` is the default.
        tags (list[str] | None | TagFilter | Unset): Restricts retrieval to tagged documents: a list of tags (any of
            them), or a TagFilter.
    """

    message: str
    system_prompt: None | str | Unset = UNSET
    pre_prompt_query: None | str | Unset = UNSET
    prompt_query: None | str | Unset = UNSET
    image_batch_final_prompt: None | str | Unset = UNSET
    image_batch_image_prompt: None | str | Unset = UNSET
    llm: None | str | Unset = UNSET
    llm_args: ChatCompletionRequestLlmArgsType0 | None | Unset = UNSET
    self_reflection_config: ChatCompletionRequestSelfReflectionConfigType0 | None | Unset = UNSET
    rag_config: ChatCompletionRequestRagConfigType0 | None | Unset = UNSET
    include_chat_history: IncludeChatHistory | None | Unset = UNSET
    tags: list[str] | None | TagFilter | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_request_llm_args_type_0 import ChatCompletionRequestLlmArgsType0  # noqa: PLC0415
        from ..models.chat_completion_request_rag_config_type_0 import ChatCompletionRequestRagConfigType0  # noqa: PLC0415
        from ..models.chat_completion_request_self_reflection_config_type_0 import (
            ChatCompletionRequestSelfReflectionConfigType0,  # noqa: PLC0415
        )
        from ..models.tag_filter import TagFilter  # noqa: PLC0415

        message = self.message

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

        image_batch_final_prompt: None | str | Unset
        if isinstance(self.image_batch_final_prompt, Unset):
            image_batch_final_prompt = UNSET
        else:
            image_batch_final_prompt = self.image_batch_final_prompt

        image_batch_image_prompt: None | str | Unset
        if isinstance(self.image_batch_image_prompt, Unset):
            image_batch_image_prompt = UNSET
        else:
            image_batch_image_prompt = self.image_batch_image_prompt

        llm: None | str | Unset
        if isinstance(self.llm, Unset):
            llm = UNSET
        else:
            llm = self.llm

        llm_args: dict[str, Any] | None | Unset
        if isinstance(self.llm_args, Unset):
            llm_args = UNSET
        elif isinstance(self.llm_args, ChatCompletionRequestLlmArgsType0):
            llm_args = self.llm_args.to_dict()
        else:
            llm_args = self.llm_args

        self_reflection_config: dict[str, Any] | None | Unset
        if isinstance(self.self_reflection_config, Unset):
            self_reflection_config = UNSET
        elif isinstance(self.self_reflection_config, ChatCompletionRequestSelfReflectionConfigType0):
            self_reflection_config = self.self_reflection_config.to_dict()
        else:
            self_reflection_config = self.self_reflection_config

        rag_config: dict[str, Any] | None | Unset
        if isinstance(self.rag_config, Unset):
            rag_config = UNSET
        elif isinstance(self.rag_config, ChatCompletionRequestRagConfigType0):
            rag_config = self.rag_config.to_dict()
        else:
            rag_config = self.rag_config

        include_chat_history: None | str | Unset
        if isinstance(self.include_chat_history, Unset):
            include_chat_history = UNSET
        elif isinstance(self.include_chat_history, str):
            include_chat_history = self.include_chat_history
        else:
            include_chat_history = self.include_chat_history

        tags: dict[str, Any] | list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        elif isinstance(self.tags, TagFilter):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
            }
        )
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if pre_prompt_query is not UNSET:
            field_dict["pre_prompt_query"] = pre_prompt_query
        if prompt_query is not UNSET:
            field_dict["prompt_query"] = prompt_query
        if image_batch_final_prompt is not UNSET:
            field_dict["image_batch_final_prompt"] = image_batch_final_prompt
        if image_batch_image_prompt is not UNSET:
            field_dict["image_batch_image_prompt"] = image_batch_image_prompt
        if llm is not UNSET:
            field_dict["llm"] = llm
        if llm_args is not UNSET:
            field_dict["llm_args"] = llm_args
        if self_reflection_config is not UNSET:
            field_dict["self_reflection_config"] = self_reflection_config
        if rag_config is not UNSET:
            field_dict["rag_config"] = rag_config
        if include_chat_history is not UNSET:
            field_dict["include_chat_history"] = include_chat_history
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_request_llm_args_type_0 import ChatCompletionRequestLlmArgsType0  # noqa: PLC0415
        from ..models.chat_completion_request_rag_config_type_0 import ChatCompletionRequestRagConfigType0  # noqa: PLC0415
        from ..models.chat_completion_request_self_reflection_config_type_0 import (
            ChatCompletionRequestSelfReflectionConfigType0,  # noqa: PLC0415
        )
        from ..models.tag_filter import TagFilter  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

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

        def _parse_image_batch_final_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_batch_final_prompt = _parse_image_batch_final_prompt(d.pop("image_batch_final_prompt", UNSET))

        def _parse_image_batch_image_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_batch_image_prompt = _parse_image_batch_image_prompt(d.pop("image_batch_image_prompt", UNSET))

        def _parse_llm(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        llm = _parse_llm(d.pop("llm", UNSET))

        def _parse_llm_args(data: object) -> ChatCompletionRequestLlmArgsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_args_type_0 = ChatCompletionRequestLlmArgsType0.from_dict(data)

                return llm_args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionRequestLlmArgsType0 | None | Unset, data)

        llm_args = _parse_llm_args(d.pop("llm_args", UNSET))

        def _parse_self_reflection_config(
            data: object,
        ) -> ChatCompletionRequestSelfReflectionConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                self_reflection_config_type_0 = ChatCompletionRequestSelfReflectionConfigType0.from_dict(data)

                return self_reflection_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionRequestSelfReflectionConfigType0 | None | Unset, data)

        self_reflection_config = _parse_self_reflection_config(d.pop("self_reflection_config", UNSET))

        def _parse_rag_config(data: object) -> ChatCompletionRequestRagConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rag_config_type_0 = ChatCompletionRequestRagConfigType0.from_dict(data)

                return rag_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionRequestRagConfigType0 | None | Unset, data)

        rag_config = _parse_rag_config(d.pop("rag_config", UNSET))

        def _parse_include_chat_history(data: object) -> IncludeChatHistory | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                include_chat_history_type_1 = check_include_chat_history(data)

                return include_chat_history_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncludeChatHistory | None | Unset, data)

        include_chat_history = _parse_include_chat_history(d.pop("include_chat_history", UNSET))

        def _parse_tags(data: object) -> list[str] | None | TagFilter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_1 = TagFilter.from_dict(data)

                return tags_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | TagFilter | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        chat_completion_request = cls(
            message=message,
            system_prompt=system_prompt,
            pre_prompt_query=pre_prompt_query,
            prompt_query=prompt_query,
            image_batch_final_prompt=image_batch_final_prompt,
            image_batch_image_prompt=image_batch_image_prompt,
            llm=llm,
            llm_args=llm_args,
            self_reflection_config=self_reflection_config,
            rag_config=rag_config,
            include_chat_history=include_chat_history,
            tags=tags,
        )

        return chat_completion_request
