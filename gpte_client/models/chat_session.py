from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_session_source import ChatSessionSource, check_chat_session_source
from ..models.chat_session_status import ChatSessionStatus, check_chat_session_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatSession")


@_attrs_define
class ChatSession:
    """A conversation with the LLM, optionally grounded in one collection.

    Example:
        {'id': '3f0e5d4c-8b1a-4c2e-9f6d-1a2b3c4d5e6f', 'name': 'Onboarding questions', 'collection_id':
            'a7c3e9f1-2b4d-4e6f-8a1c-3e5f7a9b1c2d', 'collection_name': 'Employee handbook', 'prompt_template_id': None,
            'latest_message_content': 'New employees accrue 1.5 vacation days per month of service.', 'updated_at':
            '2026-11-21T09:30:00Z', 'username': 'demo', 'workspace': None, 'status': None, 'keep_forever': False}

    Attributes:
        id (str): Unique id of the chat session.
        updated_at (datetime.datetime): When the session or its history last changed.
        name (None | str | Unset): Display name; null until the user names the session.
        collection_id (None | str | Unset): The collection the session retrieves from, or null for a plain LLM chat.
        collection_name (None | str | Unset): Name of that collection, for display.
        prompt_template_id (None | str | Unset): The prompt template set on the session itself, if any.
        latest_message_content (None | str | Unset): Text of the newest message in the session.
        username (None | str | Unset): Owner of the session.
        workspace (None | str | Unset): Workspace the session belongs to.
        status (ChatSessionStatus | None | Unset): Lifecycle status reported by newer servers.
        expiry_date (datetime.datetime | None | Unset): When the session is due to expire, if ever.
        inactivity_interval (int | None | Unset): Days of inactivity after which the session expires.
        keep_forever (bool | None | Unset): Whether the session is exempt from expiry.
        archived_at (datetime.datetime | None | Unset): When the session was archived, if it was.
        source (ChatSessionSource | None | Unset): What created the session.
    """

    id: str
    updated_at: datetime.datetime
    name: None | str | Unset = UNSET
    collection_id: None | str | Unset = UNSET
    collection_name: None | str | Unset = UNSET
    prompt_template_id: None | str | Unset = UNSET
    latest_message_content: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    workspace: None | str | Unset = UNSET
    status: ChatSessionStatus | None | Unset = UNSET
    expiry_date: datetime.datetime | None | Unset = UNSET
    inactivity_interval: int | None | Unset = UNSET
    keep_forever: bool | None | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    source: ChatSessionSource | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        updated_at = self.updated_at.isoformat()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        collection_id: None | str | Unset
        if isinstance(self.collection_id, Unset):
            collection_id = UNSET
        else:
            collection_id = self.collection_id

        collection_name: None | str | Unset
        if isinstance(self.collection_name, Unset):
            collection_name = UNSET
        else:
            collection_name = self.collection_name

        prompt_template_id: None | str | Unset
        if isinstance(self.prompt_template_id, Unset):
            prompt_template_id = UNSET
        else:
            prompt_template_id = self.prompt_template_id

        latest_message_content: None | str | Unset
        if isinstance(self.latest_message_content, Unset):
            latest_message_content = UNSET
        else:
            latest_message_content = self.latest_message_content

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        workspace: None | str | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        else:
            workspace = self.workspace

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        inactivity_interval: int | None | Unset
        if isinstance(self.inactivity_interval, Unset):
            inactivity_interval = UNSET
        else:
            inactivity_interval = self.inactivity_interval

        keep_forever: bool | None | Unset
        if isinstance(self.keep_forever, Unset):
            keep_forever = UNSET
        else:
            keep_forever = self.keep_forever

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, str):
            source = self.source
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "updated_at": updated_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
        if collection_name is not UNSET:
            field_dict["collection_name"] = collection_name
        if prompt_template_id is not UNSET:
            field_dict["prompt_template_id"] = prompt_template_id
        if latest_message_content is not UNSET:
            field_dict["latest_message_content"] = latest_message_content
        if username is not UNSET:
            field_dict["username"] = username
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if status is not UNSET:
            field_dict["status"] = status
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if inactivity_interval is not UNSET:
            field_dict["inactivity_interval"] = inactivity_interval
        if keep_forever is not UNSET:
            field_dict["keep_forever"] = keep_forever
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_collection_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collection_id = _parse_collection_id(d.pop("collection_id", UNSET))

        def _parse_collection_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collection_name = _parse_collection_name(d.pop("collection_name", UNSET))

        def _parse_prompt_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_template_id = _parse_prompt_template_id(d.pop("prompt_template_id", UNSET))

        def _parse_latest_message_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        latest_message_content = _parse_latest_message_content(d.pop("latest_message_content", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_workspace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workspace = _parse_workspace(d.pop("workspace", UNSET))

        def _parse_status(data: object) -> ChatSessionStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_chat_session_status(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatSessionStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_expiry_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiry_date_type_0 = datetime.datetime.fromisoformat(data)

                return expiry_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("expiry_date", UNSET))

        def _parse_inactivity_interval(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        inactivity_interval = _parse_inactivity_interval(d.pop("inactivity_interval", UNSET))

        def _parse_keep_forever(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        keep_forever = _parse_keep_forever(d.pop("keep_forever", UNSET))

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_at = _parse_archived_at(d.pop("archived_at", UNSET))

        def _parse_source(data: object) -> ChatSessionSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_1 = check_chat_session_source(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatSessionSource | None | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        chat_session = cls(
            id=id,
            updated_at=updated_at,
            name=name,
            collection_id=collection_id,
            collection_name=collection_name,
            prompt_template_id=prompt_template_id,
            latest_message_content=latest_message_content,
            username=username,
            workspace=workspace,
            status=status,
            expiry_date=expiry_date,
            inactivity_interval=inactivity_interval,
            keep_forever=keep_forever,
            archived_at=archived_at,
            source=source,
        )

        chat_session.additional_properties = d
        return chat_session

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
