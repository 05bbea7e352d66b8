from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_status import DocumentStatus, check_document_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_metadata_dict_type_0 import DocumentMetadataDictType0


T = TypeVar("T", bound="Document")


@_attrs_define
class Document:
    """A document in a collection.

    Example:
        {'id': 'c9e1a3b5-7d2f-4b6c-8e0a-2c4e6a8b0d3f', 'name': 'vacation-policy.pdf', 'username': 'demo', 'type': 'pdf',
            'size': 18342, 'page_count': 4, 'status': 'completed', 'created_at': '2026-11-20T08:05:00Z', 'updated_at':
            '2026-11-20T08:05:00Z', 'uri': None, 'summary': None, 'summary_parameters': None}

    Attributes:
        id (str): Unique id of the document.
        name (str): File name.
        username (str): Who uploaded it.
        type_ (str): File type, such as `pdf` or `txt`.
        size (int): Size in bytes.
        page_count (int): Number of pages.
        status (DocumentStatus): Ingestion status.
        created_at (datetime.datetime): When it was uploaded.
        updated_at (datetime.datetime): When it last changed.
        uri (None | str | Unset): Where it came from.
        summary (None | str | Unset): Generated summary, if any.
        summary_parameters (None | str | Unset): How the summary was made, as JSON in a string.
        connector (None | str | Unset): Connector that imported it.
        original_type (None | str | Unset): Type before conversion.
        metadata_dict (DocumentMetadataDictType0 | None | Unset): Free-form metadata.
        is_encrypted (bool | None | Unset): Whether its content is encrypted at rest.
        usage_stats (None | str | Unset): Usage statistics, when the server keeps them.
        original_mtime (None | str | Unset): When the original file was last modified, if known.
        chat_session_id (None | str | Unset): The chat session an agent made this document in; null for uploaded
            documents.
        chat_session_name (None | str | Unset): That session's name, if the caller can see it.
        chat_session_visible (bool | None | Unset): Whether the caller can open that session.
    """

    id: str
    name: str
    username: str
    type_: str
    size: int
    page_count: int
    status: DocumentStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    uri: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    summary_parameters: None | str | Unset = UNSET
    connector: None | str | Unset = UNSET
    original_type: None | str | Unset = UNSET
    metadata_dict: DocumentMetadataDictType0 | None | Unset = UNSET
    is_encrypted: bool | None | Unset = UNSET
    usage_stats: None | str | Unset = UNSET
    original_mtime: None | str | Unset = UNSET
    chat_session_id: None | str | Unset = UNSET
    chat_session_name: None | str | Unset = UNSET
    chat_session_visible: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.document_metadata_dict_type_0 import DocumentMetadataDictType0  # noqa: PLC0415

        id = self.id

        name = self.name

        username = self.username

        type_ = self.type_

        size = self.size

        page_count = self.page_count

        status: str = self.status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        uri: None | str | Unset
        if isinstance(self.uri, Unset):
            uri = UNSET
        else:
            uri = self.uri

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        summary_parameters: None | str | Unset
        if isinstance(self.summary_parameters, Unset):
            summary_parameters = UNSET
        else:
            summary_parameters = self.summary_parameters

        connector: None | str | Unset
        if isinstance(self.connector, Unset):
            connector = UNSET
        else:
            connector = self.connector

        original_type: None | str | Unset
        if isinstance(self.original_type, Unset):
            original_type = UNSET
        else:
            original_type = self.original_type

        metadata_dict: dict[str, Any] | None | Unset
        if isinstance(self.metadata_dict, Unset):
            metadata_dict = UNSET
        elif isinstance(self.metadata_dict, DocumentMetadataDictType0):
            metadata_dict = self.metadata_dict.to_dict()
        else:
            metadata_dict = self.metadata_dict

        is_encrypted: bool | None | Unset
        if isinstance(self.is_encrypted, Unset):
            is_encrypted = UNSET
        else:
            is_encrypted = self.is_encrypted

        usage_stats: None | str | Unset
        if isinstance(self.usage_stats, Unset):
            usage_stats = UNSET
        else:
            usage_stats = self.usage_stats

        original_mtime: None | str | Unset
        if isinstance(self.original_mtime, Unset):
            original_mtime = UNSET
        else:
            original_mtime = self.original_mtime

        chat_session_id: None | str | Unset
        if isinstance(self.chat_session_id, Unset):
            chat_session_id = UNSET
        else:
            chat_session_id = self.chat_session_id

        chat_session_name: None | str | Unset
        if isinstance(self.chat_session_name, Unset):
            chat_session_name = UNSET
        else:
            chat_session_name = self.chat_session_name

        chat_session_visible: bool | None | Unset
        if isinstance(self.chat_session_visible, Unset):
            chat_session_visible = UNSET
        else:
            chat_session_visible = self.chat_session_visible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "username": username,
                "type": type_,
                "size": size,
                "page_count": page_count,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if summary is not UNSET:
            field_dict["summary"] = summary
        if summary_parameters is not UNSET:
            field_dict["summary_parameters"] = summary_parameters
        if connector is not UNSET:
            field_dict["connector"] = connector
        if original_type is not UNSET:
            field_dict["original_type"] = original_type
        if metadata_dict is not UNSET:
            field_dict["metadata_dict"] = metadata_dict
        if is_encrypted is not UNSET:
            field_dict["is_encrypted"] = is_encrypted
        if usage_stats is not UNSET:
            field_dict["usage_stats"] = usage_stats
        if original_mtime is not UNSET:
            field_dict["original_mtime"] = original_mtime
        if chat_session_id is not UNSET:
            field_dict["chat_session_id"] = chat_session_id
        if chat_session_name is not UNSET:
            field_dict["chat_session_name"] = chat_session_name
        if chat_session_visible is not UNSET:
            field_dict["chat_session_visible"] = chat_session_visible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_metadata_dict_type_0 import DocumentMetadataDictType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        username = d.pop("username")

        type_ = d.pop("type")

        size = d.pop("size")

        page_count = d.pop("page_count")

        status = check_document_status(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uri = _parse_uri(d.pop("uri", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_summary_parameters(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary_parameters = _parse_summary_parameters(d.pop("summary_parameters", UNSET))

        def _parse_connector(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connector = _parse_connector(d.pop("connector", UNSET))

        def _parse_original_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_type = _parse_original_type(d.pop("original_type", UNSET))

        def _parse_metadata_dict(data: object) -> DocumentMetadataDictType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_dict_type_0 = DocumentMetadataDictType0.from_dict(data)

                return metadata_dict_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentMetadataDictType0 | None | Unset, data)

        metadata_dict = _parse_metadata_dict(d.pop("metadata_dict", UNSET))

        def _parse_is_encrypted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_encrypted = _parse_is_encrypted(d.pop("is_encrypted", UNSET))

        def _parse_usage_stats(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usage_stats = _parse_usage_stats(d.pop("usage_stats", UNSET))

        def _parse_original_mtime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_mtime = _parse_original_mtime(d.pop("original_mtime", UNSET))

        def _parse_chat_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chat_session_id = _parse_chat_session_id(d.pop("chat_session_id", UNSET))

        def _parse_chat_session_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chat_session_name = _parse_chat_session_name(d.pop("chat_session_name", UNSET))

        def _parse_chat_session_visible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        chat_session_visible = _parse_chat_session_visible(d.pop("chat_session_visible", UNSET))

        document = cls(
            id=id,
            name=name,
            username=username,
            type_=type_,
            size=size,
            page_count=page_count,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            uri=uri,
            summary=summary,
            summary_parameters=summary_parameters,
            connector=connector,
            original_type=original_type,
            metadata_dict=metadata_dict,
            is_encrypted=is_encrypted,
            usage_stats=usage_stats,
            original_mtime=original_mtime,
            chat_session_id=chat_session_id,
            chat_session_name=chat_session_name,
            chat_session_visible=chat_session_visible,
        )

        document.additional_properties = d
        return document

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
