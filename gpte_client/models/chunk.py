from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Chunk")


@_attrs_define
class Chunk:
    """A chunk of a document in a collection.

    Example:
        {'text': 'Full-time employees accrue 1.5 days of paid vacation for each month of service.', 'id': 3, 'name':
            'vacation-policy.pdf', 'size': 81, 'pages': '[2]'}

    Attributes:
        text (str): The chunk's text.
        id (int): The chunk's id in its collection, from 1.
        name (str): Name of the document it is from.
        size (int): Size of the text in bytes (UTF-8).
        pages (str): Pages the chunk spans, as a JSON list in a string.
        start_time (float | None | Unset): Start of a transcript chunk in seconds; null for text.
        end_time (float | None | Unset): End of a transcript chunk in seconds; null for text.
    """

    text: str
    id: int
    name: str
    size: int
    pages: str
    start_time: float | None | Unset = UNSET
    end_time: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        id = self.id

        name = self.name

        size = self.size

        pages = self.pages

        start_time: float | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: float | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "id": id,
                "name": name,
                "size": size,
                "pages": pages,
            }
        )
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        id = d.pop("id")

        name = d.pop("name")

        size = d.pop("size")

        pages = d.pop("pages")

        def _parse_start_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        chunk = cls(
            text=text,
            id=id,
            name=name,
            size=size,
            pages=pages,
            start_time=start_time,
            end_time=end_time,
        )

        chunk.additional_properties = d
        return chunk

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
