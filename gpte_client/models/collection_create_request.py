from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.vex_encryption import VexEncryption, check_vex_encryption
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_settings import ChatSettings
    from ..models.collection_settings_input import CollectionSettingsInput


T = TypeVar("T", bound="CollectionCreateRequest")


@_attrs_define
class CollectionCreateRequest:
    """A new collection.

    Example:
        {'name': 'Employee handbook', 'description': 'Policies every new hire should read.', 'embedding_model':
            'BAAI/bge-large-en-v1.5'}

    Attributes:
        name (str): Display name.
        description (str): What the collection will hold.
        embedding_model (None | str | Unset): Embedding model; the server default when omitted.
        collection_settings (CollectionSettingsInput | None | Unset): Initial settings.
        chat_settings (ChatSettings | None | Unset): Initial chat defaults.
        expiry_date (datetime.datetime | None | Unset): When the collection should expire.
        workspace (None | str | Unset): Workspace for the collection.
        vex_encryption (None | Unset | VexEncryption): Encryption of the vector index.
    """

    name: str
    description: str
    embedding_model: None | str | Unset = UNSET
    collection_settings: CollectionSettingsInput | None | Unset = UNSET
    chat_settings: ChatSettings | None | Unset = UNSET
    expiry_date: datetime.datetime | None | Unset = UNSET
    workspace: None | str | Unset = UNSET
    vex_encryption: None | Unset | VexEncryption = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_settings import ChatSettings  # noqa: PLC0415
        from ..models.collection_settings_input import CollectionSettingsInput  # noqa: PLC0415

        name = self.name

        description = self.description

        embedding_model: None | str | Unset
        if isinstance(self.embedding_model, Unset):
            embedding_model = UNSET
        else:
            embedding_model = self.embedding_model

        collection_settings: dict[str, Any] | None | Unset
        if isinstance(self.collection_settings, Unset):
            collection_settings = UNSET
        elif isinstance(self.collection_settings, CollectionSettingsInput):
            collection_settings = self.collection_settings.to_dict()
        else:
            collection_settings = self.collection_settings

        chat_settings: dict[str, Any] | None | Unset
        if isinstance(self.chat_settings, Unset):
            chat_settings = UNSET
        elif isinstance(self.chat_settings, ChatSettings):
            chat_settings = self.chat_settings.to_dict()
        else:
            chat_settings = self.chat_settings

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        workspace: None | str | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        else:
            workspace = self.workspace

        vex_encryption: None | str | Unset
        if isinstance(self.vex_encryption, Unset):
            vex_encryption = UNSET
        elif isinstance(self.vex_encryption, str):
            vex_encryption = self.vex_encryption
        else:
            vex_encryption = self.vex_encryption

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )
        if embedding_model is not UNSET:
            field_dict["embedding_model"] = embedding_model
        if collection_settings is not UNSET:
            field_dict["collection_settings"] = collection_settings
        if chat_settings is not UNSET:
            field_dict["chat_settings"] = chat_settings
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if vex_encryption is not UNSET:
            field_dict["vex_encryption"] = vex_encryption

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_settings import ChatSettings  # noqa: PLC0415
        from ..models.collection_settings_input import CollectionSettingsInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        def _parse_embedding_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        embedding_model = _parse_embedding_model(d.pop("embedding_model", UNSET))

        def _parse_collection_settings(data: object) -> CollectionSettingsInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                collection_settings_type_0 = CollectionSettingsInput.from_dict(data)

                return collection_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CollectionSettingsInput | None | Unset, data)

        collection_settings = _parse_collection_settings(d.pop("collection_settings", UNSET))

        def _parse_chat_settings(data: object) -> ChatSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                chat_settings_type_0 = ChatSettings.from_dict(data)

                return chat_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatSettings | None | Unset, data)

        chat_settings = _parse_chat_settings(d.pop("chat_settings", UNSET))

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

        def _parse_workspace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workspace = _parse_workspace(d.pop("workspace", UNSET))

        def _parse_vex_encryption(data: object) -> None | Unset | VexEncryption:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vex_encryption_type_1 = check_vex_encryption(data)

                return vex_encryption_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VexEncryption, data)

        vex_encryption = _parse_vex_encryption(d.pop("vex_encryption", UNSET))

        collection_create_request = cls(
            name=name,
            description=description,
            embedding_model=embedding_model,
            collection_settings=collection_settings,
            chat_settings=chat_settings,
            expiry_date=expiry_date,
            workspace=workspace,
            vex_encryption=vex_encryption,
        )

        return collection_create_request
