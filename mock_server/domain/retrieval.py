"""Lexical search over document chunks: an incrementally built BM25 index."""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Iterable

import msgspec

from .text import query_terms, tokenize

__all__ = ["BM25_B", "BM25_K1", "LexicalIndex", "Passage", "ScoredPassage"]

BM25_K1 = 1.2
BM25_B = 0.75

_Key = tuple[str, int]


class Passage(msgspec.Struct, frozen=True):
    """A chunk of a document in a collection, as retrieval returns it."""

    document_id: str
    document_name: str
    collection_id: str
    chunk_id: int
    pages: tuple[int, ...]
    text: str


class ScoredPassage(msgspec.Struct, frozen=True):
    """A passage and how well it matches a query, in (0, 1); higher is better."""

    passage: Passage
    score: float


class _Entry(msgspec.Struct, frozen=True):
    passage: Passage
    length: int
    terms: tuple[str, ...]


class LexicalIndex:
    """A BM25 index of passages, keyed by (document id, chunk id), searched through an inverted index."""

    def __init__(self) -> None:
        self._entries: dict[_Key, _Entry] = {}
        # term -> passage key -> how often the term occurs in that passage
        self._postings: dict[str, dict[_Key, int]] = {}
        self._by_document: dict[str, dict[int, None]] = {}
        self._total_length = 0
        # Per passage, BM25's length-normalised k1 term; depends on the average length, so it is
        # computed on the first search after the passages change rather than in every search.
        self._k1_norms: dict[_Key, float] | None = None

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, passages: Iterable[Passage]) -> None:
        """Index ``passages``, replacing any already indexed under the same document and chunk id."""
        self._k1_norms = None
        for passage in passages:
            key = (passage.document_id, passage.chunk_id)
            if key in self._entries:
                self._discard(key)
            terms = tokenize(passage.text)
            counts = Counter(terms)
            self._entries[key] = _Entry(passage, len(terms), tuple(counts))
            self._by_document.setdefault(passage.document_id, {})[passage.chunk_id] = None
            self._total_length += len(terms)
            for term, count in counts.items():
                self._postings.setdefault(term, {})[key] = count

    def remove_document(self, document_id: str) -> int:
        """Drop every passage of the document; return how many there were."""
        chunk_ids = list(self._by_document.get(document_id, {}))
        for chunk_id in chunk_ids:
            self._discard((document_id, chunk_id))
        return len(chunk_ids)

    def _discard(self, key: _Key) -> None:
        self._k1_norms = None
        entry = self._entries.pop(key)
        self._total_length -= entry.length
        for term in entry.terms:
            postings = self._postings[term]
            del postings[key]
            if not postings:
                del self._postings[term]
        chunks = self._by_document[key[0]]
        del chunks[key[1]]
        if not chunks:
            del self._by_document[key[0]]

    def _compute_k1_norms(self) -> dict[_Key, float]:
        average = self._total_length / len(self._entries) or 1.0
        self._k1_norms = {
            key: BM25_K1 * (1.0 - BM25_B + BM25_B * entry.length / average)
            for key, entry in self._entries.items()
        }
        return self._k1_norms

    def search(self, query: str, k: int, min_score: float = 0.0) -> list[ScoredPassage]:
        """Return up to ``k`` passages matching ``query`` best first, ties by document id then chunk id.

        Scores are BM25 (k1=1.2, b=0.75) mapped through ``s / (s + 1)`` into (0, 1), so they read
        like similarity scores; passages scoring below ``min_score`` are left out. A query with no
        indexed terms finds nothing.
        """
        if k <= 0 or not self._entries:
            return []
        # Each distinct query term once, in query order, so float sums do not depend on anything else.
        terms = [t for t in query_terms(query) if t in self._postings]
        if not terms:
            return []
        count = len(self._entries)
        k1_norms = self._k1_norms if self._k1_norms is not None else self._compute_k1_norms()
        raw: dict[_Key, float] = {}
        for term in terms:
            postings = self._postings[term]
            df = len(postings)
            idf = math.log(1.0 + (count - df + 0.5) / (df + 0.5))
            for key, tf in postings.items():
                raw[key] = raw.get(key, 0.0) + idf * tf * (BM25_K1 + 1.0) / (tf + k1_norms[key])
        best = heapq.nsmallest(k, raw.items(), key=lambda item: (-item[1], item[0]))
        found = [ScoredPassage(self._entries[key].passage, score / (score + 1.0)) for key, score in best]
        return [p for p in found if p.score >= min_score]
