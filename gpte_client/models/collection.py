from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rag_type import RagType, check_rag_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection_metadata_dict_type_0 import CollectionMetadataDictType0


T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection:
    """A set of documents to chat with.

    Example:
        {'id': 'a7c3e9f1-2b4d-4e6f-8a1c-3e5f7a9b1c2d', 'name': 'Employee handbook', 'description': 'Policies every new
            hire should read.', 'embedding_model': 'BAAI/bge-large-en-v1.5', 'document_count': 3, 'document_size': 48213,
            'created_at': '2026-11-20T08:00:00Z', 'updated_at': '2026-11-21T09:30:00Z', 'user_count': 1, 'is_public': False,
            'username': 'demo', 'sessions_count': 2, 'status': 'active', 'prompt_template_id':
            '5b8d2f4a-6c1e-4a3b-9d7f-0e2c4a6b8d1f', 'thumbnail': None}

    Attributes:
        id (str): Unique id of the collection.
        name (str): Display name.
        description (str): What the collection holds.
        embedding_model (str): Embedding model used to index the documents.
        document_count (int): Documents in the collection.
        document_size (int): Total size of those documents in bytes.
        created_at (datetime.datetime): When the collection was created.
        updated_at (datetime.datetime): When the collection or its documents last changed.
        user_count (int): Users with access, the owner included.
        is_public (bool): Whether every user can read the collection.
        username (str): Owner of the collection.
        sessions_count (int): Chat sessions that use the collection.
        status (str): Lifecycle status, `archived` once archived, else `expiring` while an expiry date is set, else
            `active`.
        prompt_template_id (None | str | Unset): Prompt template applied to the collection's sessions.
        thumbnail (None | str | Unset): Path of the collection's thumbnail image, if one was uploaded.
        description_auto_generated (bool | None | Unset): Whether the description was written by the LLM.
        size_limit (int | None | Unset): Most bytes of documents the collection may hold.
        expiry_date (datetime.datetime | None | Unset): When the collection expires, if ever.
        inactivity_interval (int | None | Unset): Days of inactivity after which the collection expires.
        rag_type (None | RagType | Unset): Default retrieval strategy.
        metadata_dict (CollectionMetadataDictType0 | None | Unset): Free-form metadata.
        workspace (None | str | Unset): Workspace the collection belongs to.
        exempt_from_chat_expiry (bool | None | Unset): Whether its sessions never expire.
    """

    id: str
    name: str
    description: str
    embedding_model: str
    document_count: int
    document_size: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    user_count: int
    is_public: bool
    username: str
    sessions_count: int
    status: str
    prompt_template_id: None | str | Unset = UNSET
    thumbnail: None | str | Unset = UNSET
    description_auto_generated: bool | None | Unset = UNSET
    size_limit: int | None | Unset = UNSET
    expiry_date: datetime.datetime | None | Unset = UNSET
    inactivity_interval: int | None | Unset = UNSET
    rag_type: None | RagType | Unset = UNSET
    metadata_dict: CollectionMetadataDictType0 | None | Unset = UNSET
    workspace: None | str | Unset = UNSET
    exempt_from_chat_expiry: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.collection_metadata_dict_type_0 import CollectionMetadataDictType0  # noqa: PLC0415

        id = self.id

        name = self.name

        description = self.description

        embedding_model = self.embedding_model

        document_count = self.document_count

        document_size = self.document_size

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        user_count = self.user_count

        is_public = self.is_public

        username = self.username

        sessions_count = self.sessions_count

        status = self.status

        prompt_template_id: None | str | Unset
        if isinstance(self.prompt_template_id, Unset):
            prompt_template_id = UNSET
        else:
            prompt_template_id = self.prompt_template_id

        thumbnail: None | str | Unset
        if isinstance(self.thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = self.thumbnail

        description_auto_generated: bool | None | Unset
        if isinstance(self.description_auto_generated, Unset):
            description_auto_generated = UNSET
        else:
            description_auto_generated = self.description_auto_generated

        size_limit: int | None | Unset
        if isinstance(self.size_limit, Unset):
            size_limit = UNSET
        else:
            size_limit = self.size_limit

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

        rag_type: None | str | Unset
        if isinstance(self.rag_type, Unset):
            rag_type = UNSET
        elif isinstance(self.rag_type, str):
            rag_type = self.rag_type
        else:
            rag_type = self.rag_type

        metadata_dict: dict[str, Any] | None | Unset
        if isinstance(self.metadata_dict, Unset):
            metadata_dict = UNSET
        elif isinstance(self.metadata_dict, CollectionMetadataDictType0):
            metadata_dict = self.metadata_dict.to_dict()
        else:
            metadata_dict = self.metadata_dict

        workspace: None | str | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        else:
            workspace = self.workspace

        exempt_from_chat_expiry: bool | None | Unset
        if isinstance(self.exempt_from_chat_expiry, Unset):
            exempt_from_chat_expiry = UNSET
        else:
            exempt_from_chat_expiry = self.exempt_from_chat_expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "embedding_model": embedding_model,
                "document_count": document_count,
                "document_size": document_size,
                "created_at": created_at,
                "updated_at": updated_at,
                "user_count": user_count,
                "is_public": is_public,
                "username": username,
                "sessions_count": sessions_count,
                "status": status,
            }
        )
        if prompt_template_id is not UNSET:
            field_dict["prompt_template_id"] = prompt_template_id
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if description_auto_generated is not UNSET:
            field_dict["description_auto_generated"] = description_auto_generated
        if size_limit is not UNSET:
            field_dict["size_limit"] = size_limit
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if inactivity_interval is not UNSET:
            field_dict["inactivity_interval"] = inactivity_interval
        if rag_type is not UNSET:
            field_dict["rag_type"] = rag_type
        if metadata_dict is not UNSET:
            field_dict["metadata_dict"] = metadata_dict
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if exempt_from_chat_expiry is not UNSET:
            field_dict["exempt_from_chat_expiry"] = exempt_from_chat_expiry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collection_metadata_dict_type_0 import CollectionMetadataDictType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        embedding_model = d.pop("embedding_model")

        document_count = d.pop("document_count")

        document_size = d.pop("document_size")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        user_count = d.pop("user_count")

        is_public = d.pop("is_public")

        username = d.pop("username")

        sessions_count = d.pop("sessions_count")

        status = d.pop("status")

        def _parse_prompt_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_template_id = _parse_prompt_template_id(d.pop("prompt_template_id", UNSET))

        def _parse_thumbnail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail = _parse_thumbnail(d.pop("thumbnail", UNSET))

        def _parse_description_auto_generated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        description_auto_generated = _parse_description_auto_generated(
            d.pop("description_auto_generated", UNSET)
        )

        def _parse_size_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size_limit = _parse_size_limit(d.pop("size_limit", UNSET))

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

        def _parse_rag_type(data: object) -> None | RagType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rag_type_type_1 = check_rag_type(data)

                return rag_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RagType | Unset, data)

        rag_type = _parse_rag_type(d.pop("rag_type", UNSET))

        def _parse_metadata_dict(data: object) -> CollectionMetadataDictType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_dict_type_0 = CollectionMetadataDictType0.from_dict(data)

                return metadata_dict_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CollectionMetadataDictType0 | None | Unset, data)

        metadata_dict = _parse_metadata_dict(d.pop("metadata_dict", UNSET))

        def _parse_workspace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workspace = _parse_workspace(d.pop("workspace", UNSET))

        def _parse_exempt_from_chat_expiry(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        exempt_from_chat_expiry = _parse_exempt_from_chat_expiry(d.pop("exempt_from_chat_expiry", UNSET))

        collection = cls(
            id=id,
            name=name,
            description=description,
            embedding_model=embedding_model,
            document_count=document_count,
            document_size=document_size,
            created_at=created_at,
            updated_at=updated_at,
            user_count=user_count,
            is_public=is_public,
            username=username,
            sessions_count=sessions_count,
            status=status,
            prompt_template_id=prompt_template_id,
            thumbnail=thumbnail,
            description_auto_generated=description_auto_generated,
            size_limit=size_limit,
            expiry_date=expiry_date,
            inactivity_interval=inactivity_interval,
            rag_type=rag_type,
            metadata_dict=metadata_dict,
            workspace=workspace,
            exempt_from_chat_expiry=exempt_from_chat_expiry,
        )

        collection.additional_properties = d
        return collection

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
