"""Per-collection search indexes over document chunks, built on first use and dropped on change."""

from __future__ import annotations

import datetime as dt

from ..domain import Chunk, LexicalIndex, Passage, ScoredPassage, chunk_document
from ..store import CollectionRecord, DocumentRecord, Store

__all__ = ["Knowledge", "chunks_of"]

_DEFAULT_CHUNK_TOKENS = 320


class Knowledge:
    """Answers "which chunks of this collection best match this text", caching an index per collection."""

    def __init__(self, store: Store) -> None:
        self._store = store
        # Each index with the collection's updated_at when built: every change to a collection's documents
        # or chunking moves it, so an index another process made stale is noticed and built again.
        self._indexes: dict[str, tuple[dt.datetime, LexicalIndex]] = {}

    def forget(self, collection_id: str) -> None:
        """Drop a collection's index after its documents or chunking changed."""
        self._indexes.pop(collection_id, None)

    def clear(self) -> None:
        """Drop every index."""
        self._indexes.clear()

    def search(self, collection: CollectionRecord, query: str, k: int) -> list[ScoredPassage]:
        """Return the ``k`` best-matching chunks of the collection's documents."""
        cached = self._indexes.get(collection.id)
        if cached is None or cached[0] != collection.updated_at:
            cached = self._indexes[collection.id] = (collection.updated_at, self._build(collection))
        return cached[1].search(query, k)

    def _build(self, collection: CollectionRecord) -> LexicalIndex:
        index = LexicalIndex()
        for document_id in collection.document_ids:
            document = self._store.get_document(document_id)
            if document is None:
                continue
            chunks = chunks_of(collection, document)
            index.add(
                Passage(
                    document_id=document.id,
                    document_name=document.name,
                    collection_id=collection.id,
                    chunk_id=chunk.index,
                    pages=chunk.pages,
                    text=chunk.text,
                )
                for chunk in chunks
            )
        return index


def chunks_of(collection: CollectionRecord, document: DocumentRecord) -> list[Chunk]:
    """Split a document as the collection's chunking settings say, as retrieval sees it."""
    settings = collection.settings
    return chunk_document(
        document.pages,
        max_tokens=settings.max_tokens_per_chunk or _DEFAULT_CHUNK_TOKENS,
        overlap_tokens=settings.chunk_overlap_tokens or 0,
    )
