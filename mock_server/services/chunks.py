"""A collection's chunks: read by collection-wide id, and searched lexically with BM25."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

import msgspec

from ..domain import Passage
from ..errors import BadRequest, NotFound
from ..store import Store
from ..wire import Chunk, ChunkSearchResult, SearchCollectionChunksRequest
from .access import visible_collection
from .knowledge import Knowledge

__all__ = ["ChunkService", "parse_chunk_ids"]

# As the spec's pattern says: ASCII digits without leading zeros, at most nine each.
_CHUNK_IDS = re.compile(r"[1-9][0-9]{0,8}(,[1-9][0-9]{0,8})*")


def parse_chunk_ids(raw: str) -> list[int]:
    """The ``chunk_ids`` path parameter: comma-separated whole numbers from 1 (percent-decoded already)."""
    if _CHUNK_IDS.fullmatch(raw) is None:
        raise BadRequest(f"chunk_ids must be comma-separated whole numbers from 1, not {raw!r}")
    return [int(part) for part in raw.split(",")]


def _chunk(number: int, passage: Passage) -> Chunk:
    return Chunk(
        text=passage.text,
        id=number,
        name=passage.document_name,
        size=len(passage.text.encode()),
        pages=json.dumps(list(passage.pages)),
    )


class ChunkService:
    """Chunks of collections the caller can read; ids number a collection's chunks from 1, documents in
    the order they were added, each document's chunks in reading order."""

    def __init__(self, store: Store, knowledge: Knowledge) -> None:
        self._store = store
        self._knowledge = knowledge

    def get(self, user: str, collection_id: str, chunk_ids: Sequence[int]) -> list[Chunk]:
        """The chunks with these ids, in the order asked; ``NotFound`` names any the collection lacks."""
        collection = visible_collection(self._store, user, collection_id)
        passages = self._knowledge.passages(collection)
        missing = [n for n in chunk_ids if not 1 <= n <= len(passages)]
        if missing:
            absent = ", ".join(map(str, missing))
            raise NotFound(f"Collection {collection_id} has {len(passages)} chunks; no chunk {absent}")
        return [_chunk(n, passages[n - 1]) for n in chunk_ids]

    def search(
        self, user: str, collection_id: str, body: SearchCollectionChunksRequest
    ) -> list[ChunkSearchResult]:
        """The collection's chunks that match the query, best first (ties by document id, then chunk), of
        the documents in ``topics`` only unless it is empty; a page of them by offset and limit."""
        collection = visible_collection(self._store, user, collection_id)
        passages = self._knowledge.passages(collection)
        topics = set(body.topics)
        found = [
            hit
            for hit in self._knowledge.search(collection, body.query, len(passages))
            if not topics or hit.passage.document_id in topics
        ]
        results = []
        for hit in found[body.offset : body.offset + body.limit]:
            chunk = _chunk(self._knowledge.chunk_number(collection, hit.passage), hit.passage)
            fields = msgspec.structs.asdict(chunk)
            results.append(ChunkSearchResult(**fields, topic=hit.passage.document_id, score=hit.score))
        return results
