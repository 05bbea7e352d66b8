from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.include_chat_history import IncludeChatHistory, check_include_chat_history
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_settings_llm_args_type_0 import ChatSettingsLlmArgsType0
    from ..models.chat_settings_rag_config_type_0 import ChatSettingsRagConfigType0
    from ..models.chat_settings_self_reflection_config_type_0 import ChatSettingsSelfReflectionConfigType0
    from ..models.tag_filter import TagFilter


T = TypeVar("T", bound="ChatSettings")


@_attrs_define
class ChatSettings:
    """Chat defaults stored on a collection.

    Example:
        {'llm': 'auto', 'llm_args': {'temperature': 0, 'max_new_tokens': 512}, 'self_reflection_config': None,
            'rag_config': {'rag_type': 'rag'}, 'include_chat_history': 'auto', 'tags': ['policy']}

    Attributes:
        llm (None | str | Unset): Default LLM for sessions on the collection.
        llm_args (ChatSettingsLlmArgsType0 | None | Unset): Generation arguments passed to the LLM, such as
            `temperature`, `seed` and `max_new_tokens` (the answer is cut after that many tokens).
        self_reflection_config (ChatSettingsSelfReflectionConfigType0 | None | Unset): Default self-reflection settings.
        rag_config (ChatSettingsRagConfigType0 | None | Unset): Default retrieval settings.
        include_chat_history (IncludeChatHistory | None | Unset): Whether earlier turns of the session go into the
            prompt. `on`/`off` and `true`/`false` are the newer and older spellings of the same switch, and each vendor
            client version refuses the other's. The server returns it in the words of the client that reads it, known by its
            `X-Client-Version` or generated client's `User-Agent` (`OpenAPI-Generator/1.6.14-dev6/python` gets
            `true`/`false`, 1.7 and later get `on`/`off`), and as it was written to a client that names no version. `auto`
            is the default and the only value every client version understands.
        tags (list[str] | None | TagFilter | Unset): Restricts retrieval to tagged documents: a list of tags (any of
            them), or a TagFilter.
    """

    llm: None | str | Unset = UNSET
    llm_args: ChatSettingsLlmArgsType0 | None | Unset = UNSET
    self_reflection_config: ChatSettingsSelfReflectionConfigType0 | None | Unset = UNSET
    rag_config: ChatSettingsRagConfigType0 | None | Unset = UNSET
    include_chat_history: IncludeChatHistory | None | Unset = UNSET
    tags: list[str] | None | TagFilter | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_settings_llm_args_type_0 import ChatSettingsLlmArgsType0  # noqa: PLC0415
        from ..models.chat_settings_rag_config_type_0 import ChatSettingsRagConfigType0  # noqa: PLC0415
        from ..models.chat_settings_self_reflection_config_type_0 import ChatSettingsSelfReflectionConfigType0  # noqa: PLC0415
        from ..models.tag_filter import TagFilter  # noqa: PLC0415

        llm: None | str | Unset
        if isinstance(self.llm, Unset):
            llm = UNSET
        else:
            llm = self.llm

        llm_args: dict[str, Any] | None | Unset
        if isinstance(self.llm_args, Unset):
            llm_args = UNSET
        elif isinstance(self.llm_args, ChatSettingsLlmArgsType0):
            llm_args = self.llm_args.to_dict()
        else:
            llm_args = self.llm_args

        self_reflection_config: dict[str, Any] | None | Unset
        if isinstance(self.self_reflection_config, Unset):
            self_reflection_config = UNSET
        elif isinstance(self.self_reflection_config, ChatSettingsSelfReflectionConfigType0):
            self_reflection_config = self.self_reflection_config.to_dict()
        else:
            self_reflection_config = self.self_reflection_config

        rag_config: dict[str, Any] | None | Unset
        if isinstance(self.rag_config, Unset):
            rag_config = UNSET
        elif isinstance(self.rag_config, ChatSettingsRagConfigType0):
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

        field_dict.update({})
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
        from ..models.chat_settings_llm_args_type_0 import ChatSettingsLlmArgsType0  # noqa: PLC0415
        from ..models.chat_settings_rag_config_type_0 import ChatSettingsRagConfigType0  # noqa: PLC0415
        from ..models.chat_settings_self_reflection_config_type_0 import ChatSettingsSelfReflectionConfigType0  # noqa: PLC0415
        from ..models.tag_filter import TagFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_llm(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        llm = _parse_llm(d.pop("llm", UNSET))

        def _parse_llm_args(data: object) -> ChatSettingsLlmArgsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_args_type_0 = ChatSettingsLlmArgsType0.from_dict(data)

                return llm_args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatSettingsLlmArgsType0 | None | Unset, data)

        llm_args = _parse_llm_args(d.pop("llm_args", UNSET))

        def _parse_self_reflection_config(
            data: object,
        ) -> ChatSettingsSelfReflectionConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                self_reflection_config_type_0 = ChatSettingsSelfReflectionConfigType0.from_dict(data)

                return self_reflection_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatSettingsSelfReflectionConfigType0 | None | Unset, data)

        self_reflection_config = _parse_self_reflection_config(d.pop("self_reflection_config", UNSET))

        def _parse_rag_config(data: object) -> ChatSettingsRagConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rag_config_type_0 = ChatSettingsRagConfigType0.from_dict(data)

                return rag_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatSettingsRagConfigType0 | None | Unset, data)

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

        chat_settings = cls(
            llm=llm,
            llm_args=llm_args,
            self_reflection_config=self_reflection_config,
            rag_config=rag_config,
            include_chat_history=include_chat_history,
            tags=tags,
        )

        return chat_settings
