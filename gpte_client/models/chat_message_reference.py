from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatMessageReference")


@_attrs_define
class ChatMessageReference:
    """A document chunk an answer was grounded in.

    Example:
        {'collection_id': 'a7c3e9f1-2b4d-4e6f-8a1c-3e5f7a9b1c2d', 'document_id': 'c9e1a3b5-7d2f-4b6c-8e0a-2c4e6a8b0d3f',
            'document_name': 'vacation-policy.pdf', 'chunk_id': 2, 'score': 0.83, 'pages': '[2]', 'content': 'Full-time
            employees accrue 1.5 days of paid vacation for each month of service.', 'were_references_deleted': False, 'uri':
            None}

    Attributes:
        document_id (str): The cited document.
        document_name (str): Name of the cited document.
        chunk_id (int): Which chunk of the document is cited.
        pages (str): Pages the chunk spans, as a JSON list in a string.
        score (float): Relevance of the chunk to the question; higher is closer.
        were_references_deleted (bool): True when the cited document has since been deleted.
        collection_id (None | str | Unset): Collection of the cited document.
        content (None | str | Unset): Text of the cited chunk.
        uri (None | str | Unset): Where the document came from, if known.
    """

    document_id: str
    document_name: str
    chunk_id: int
    pages: str
    score: float
    were_references_deleted: bool
    collection_id: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    uri: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        document_name = self.document_name

        chunk_id = self.chunk_id

        pages = self.pages

        score = self.score

        were_references_deleted = self.were_references_deleted

        collection_id: None | str | Unset
        if isinstance(self.collection_id, Unset):
            collection_id = UNSET
        else:
            collection_id = self.collection_id

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        uri: None | str | Unset
        if isinstance(self.uri, Unset):
            uri = UNSET
        else:
            uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_id": document_id,
                "document_name": document_name,
                "chunk_id": chunk_id,
                "pages": pages,
                "score": score,
                "were_references_deleted": were_references_deleted,
            }
        )
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
        if content is not UNSET:
            field_dict["content"] = content
        if uri is not UNSET:
            field_dict["uri"] = uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = d.pop("document_id")

        document_name = d.pop("document_name")

        chunk_id = d.pop("chunk_id")

        pages = d.pop("pages")

        score = d.pop("score")

        were_references_deleted = d.pop("were_references_deleted")

        def _parse_collection_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collection_id = _parse_collection_id(d.pop("collection_id", UNSET))

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uri = _parse_uri(d.pop("uri", UNSET))

        chat_message_reference = cls(
            document_id=document_id,
            document_name=document_name,
            chunk_id=chunk_id,
            pages=pages,
            score=score,
            were_references_deleted=were_references_deleted,
            collection_id=collection_id,
            content=content,
            uri=uri,
        )

        chat_message_reference.additional_properties = d
        return chat_message_reference

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
