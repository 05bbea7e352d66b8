from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.rag_type import RagType, check_rag_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionUpdateRequest")


@_attrs_define
class CollectionUpdateRequest:
    """Changes to a collection's name, description or retrieval strategy.

    Example:
        {'description': 'HR policies, 2026 edition.'}

    Attributes:
        name (None | str | Unset): New display name; unchanged when omitted.
        description (None | str | Unset): New description; unchanged when omitted.
        rag_type (None | RagType | Unset): New default retrieval strategy.
    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    rag_type: None | RagType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        rag_type: None | str | Unset
        if isinstance(self.rag_type, Unset):
            rag_type = UNSET
        elif isinstance(self.rag_type, str):
            rag_type = self.rag_type
        else:
            rag_type = self.rag_type

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if rag_type is not UNSET:
            field_dict["rag_type"] = rag_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        collection_update_request = cls(
            name=name,
            description=description,
            rag_type=rag_type,
        )

        return collection_update_request
