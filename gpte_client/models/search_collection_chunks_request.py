from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchCollectionChunksRequest")


@_attrs_define
class SearchCollectionChunksRequest:
    """A lexical search over a collection's chunks.

    Example:
        {'query': 'vacation days', 'topics': [], 'offset': 0, 'limit': 5}

    Attributes:
        query (str): The words to look for.
        topics (list[str]): Ids of the documents to search; empty searches them all.
        offset (int | Unset): How many matches to skip. Default: 0.
        limit (int | Unset): The most matches to return. Default: 100.
    """

    query: str
    topics: list[str]
    offset: int | Unset = 0
    limit: int | Unset = 100

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        topics = self.topics

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "query": query,
                "topics": topics,
            }
        )
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query")

        topics = cast(list[str], d.pop("topics"))

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        search_collection_chunks_request = cls(
            query=query,
            topics=topics,
            offset=offset,
            limit=limit,
        )

        return search_collection_chunks_request
