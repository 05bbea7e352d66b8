from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EmbeddingModel")


@_attrs_define
class EmbeddingModel:
    """An embedding model a collection may use.

    Example:
        {'id': 'BAAI/bge-large-en-v1.5', 'display_name': 'bge-large-en-v1.5', 'description': 'Embedding model BAAI/bge-
            large-en-v1.5 (simulated by the mock; retrieval is BM25)', 'languages': ['en']}

    Attributes:
        id (str): The model's identifier.
        display_name (str): The name to show.
        description (str): What the model is.
        languages (list[str]): Languages it supports.
    """

    id: str
    display_name: str
    description: str
    languages: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        description = self.description

        languages = self.languages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "display_name": display_name,
                "description": description,
                "languages": languages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        display_name = d.pop("display_name")

        description = d.pop("description")

        languages = cast(list[str], d.pop("languages"))

        embedding_model = cls(
            id=id,
            display_name=display_name,
            description=description,
            languages=languages,
        )

        embedding_model.additional_properties = d
        return embedding_model

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
