"""Per-collection search indexes over document chunks, built on first use and dropped on change."""

from __future__ import annotations

import datetime as dt

import msgspec

from ..domain import Chunk, LexicalIndex, Passage, ScoredPassage, chunk_document
from ..store import CollectionRecord, DocumentRecord, Store

__all__ = ["Knowledge", "chunks_of"]

_DEFAULT_CHUNK_TOKENS = 320


class _Built(msgspec.Struct, frozen=True):
    """A collection's chunks in collection order (documents as added, each one's chunks in order), and
    their index; a chunk's collection-wide id is its position in ``passages`` plus one."""

    updated_at: dt.datetime
    index: LexicalIndex
    passages: tuple[Passage, ...]
    ids: dict[tuple[str, int], int]


class Knowledge:
    """Answers "which chunks of this collection best match this text", caching an index per collection."""

    def __init__(self, store: Store) -> None:
        self._store = store
        # Each index with the collection's updated_at when built: every change to a collection's documents
        # or chunking moves it, so an index another process made stale is noticed and built again.
        self._indexes: dict[str, _Built] = {}

    def forget(self, collection_id: str) -> None:
        """Drop a collection's index after its documents or chunking changed."""
        self._indexes.pop(collection_id, None)

    def clear(self) -> None:
        """Drop every index."""
        self._indexes.clear()

    def search(self, collection: CollectionRecord, query: str, k: int) -> list[ScoredPassage]:
        """Return the ``k`` best-matching chunks of the collection's documents."""
        return self._built(collection).index.search(query, k)

    def passages(self, collection: CollectionRecord) -> tuple[Passage, ...]:
        """Every chunk of the collection, in collection order: chunk id ``n`` is ``passages[n - 1]``."""
        return self._built(collection).passages

    def chunk_number(self, collection: CollectionRecord, passage: Passage) -> int:
        """The 1-based collection-wide id of a chunk a search found."""
        return self._built(collection).ids[passage.document_id, passage.chunk_id]

    def _built(self, collection: CollectionRecord) -> _Built:
        cached = self._indexes.get(collection.id)
        if cached is None or cached.updated_at != collection.updated_at:
            cached = self._indexes[collection.id] = self._build(collection)
        return cached

    def _build(self, collection: CollectionRecord) -> _Built:
        passages: list[Passage] = []
        for document_id in dict.fromkeys(collection.document_ids):
            document = self._store.get_document(document_id)
            # Agent-only documents are held by the collection but bypass retrieval, as the vendor says.
            if document is None or document.ingest_mode == "agent_only":
                continue
            passages.extend(
                Passage(
                    document_id=document.id,
                    document_name=document.name,
                    collection_id=collection.id,
                    chunk_id=chunk.index,
                    pages=chunk.pages,
                    text=chunk.text,
                )
                for chunk in chunks_of(collection, document)
            )
        index = LexicalIndex()
        index.add(passages)
        ids = {(p.document_id, p.chunk_id): n for n, p in enumerate(passages, start=1)}
        return _Built(collection.updated_at, index, tuple(passages), ids)


def chunks_of(collection: CollectionRecord, document: DocumentRecord) -> list[Chunk]:
    """Split a document as the collection's chunking settings say (or page by page, if it was ingested
    so), as retrieval sees it."""
    if document.chunk_by_page:
        pages = [(n, text.strip()) for n, text in enumerate(document.pages, start=1) if text.strip()]
        return [Chunk(index=i, text=text, pages=(n,)) for i, (n, text) in enumerate(pages)]
    settings = collection.settings
    return chunk_document(
        document.pages,
        max_tokens=settings.max_tokens_per_chunk or _DEFAULT_CHUNK_TOKENS,
        overlap_tokens=settings.chunk_overlap_tokens or 0,
    )
