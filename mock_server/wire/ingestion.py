"""Uploads, their ingestion, and chunks of a collection's documents."""

from __future__ import annotations

from typing import Annotated, Any

from msgspec import Meta

from .base import RequestBody, WireModel

__all__ = [
    "Chunk",
    "ChunkSearchResult",
    "IngestUploadBody",
    "SearchCollectionChunksRequest",
    "UploadedFile",
]


class UploadedFile(WireModel):
    """A file uploaded and waiting to be ingested into a collection."""

    id: str
    filename: str


class IngestUploadBody(RequestBody):
    """Metadata for the documents an ingestion makes, keyed by upload id."""

    metadata: dict[str, dict[str, Any]] | None = None


class SearchCollectionChunksRequest(RequestBody):
    """A lexical search over a collection's chunks, optionally of some of its documents only."""

    query: str
    topics: list[str]
    offset: Annotated[int, Meta(ge=0)] = 0
    limit: Annotated[int, Meta(ge=0)] = 100


class Chunk(WireModel):
    """A chunk of a document in a collection, by its 1-based id in the collection."""

    text: str
    id: int
    name: str
    size: Annotated[int, Meta(ge=0)]
    pages: str
    start_time: float | None = None
    end_time: float | None = None


class ChunkSearchResult(WireModel):
    """A chunk that matched a search, with its document (``topic``) and score."""

    text: str
    id: int
    name: str
    size: Annotated[int, Meta(ge=0)]
    pages: str
    topic: str
    score: float
    start_time: float | None = None
    end_time: float | None = None
