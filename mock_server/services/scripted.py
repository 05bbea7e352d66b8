"""Answers pinned by a fixture: a known reply, with chosen references, for a question in a collection."""

from __future__ import annotations

import re
from typing import Annotated

import msgspec
from msgspec import Meta

from ..domain import Chunk, Passage, ScoredPassage
from ..errors import BadRequest
from ..store import CollectionRecord, Store
from .knowledge import chunks_of

__all__ = ["ScriptBook", "ScriptedAnswer", "ScriptedReference", "normalise_question"]

_WORD = re.compile(r"[^\W_]+")


class ScriptedReference(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, omit_defaults=True):
    """A document chunk to cite, by ``chunk_id`` (its number among the document's chunks) or by ``text``
    (an excerpt shown as given, cited as the first chunk that contains it)."""

    document_id: str
    chunk_id: Annotated[int, Meta(ge=0)] | None = None
    text: str | None = None
    score: Annotated[float, Meta(gt=0, le=1)] = 1.0


class ScriptedAnswer(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, omit_defaults=True):
    """The reply to ``question`` in sessions on ``collection_id`` (None: sessions without a collection)."""

    question: str
    answer: str
    collection_id: str | None = None
    references: list[ScriptedReference] = []


def normalise_question(text: str) -> str:
    """Case, punctuation and spacing do not matter when matching a question: "What's up?" = "whats up"."""
    return " ".join(_WORD.findall(text.replace("'", "").replace("\u2019", "").casefold()))


def _squash(text: str) -> str:
    return " ".join(text.split())


class ScriptBook:
    """The pinned answers of one server, each with its references resolved to chunks when added."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str | None, str], tuple[ScriptedAnswer, list[ScoredPassage]]] = {}

    def add(self, store: Store, script: ScriptedAnswer) -> None:
        """Pin an answer (a later one for the same question and collection replaces it), or raise
        ``BadRequest`` if its collection, documents or chunks do not exist."""
        collection = store.get_collection(script.collection_id) if script.collection_id else None
        if script.collection_id and collection is None:
            where = f"scripted answer to {script.question!r}"
            raise BadRequest(f"{where}: collection {script.collection_id} not found")
        passages = [self._resolve(store, script, collection, ref) for ref in script.references]
        key = (script.collection_id, normalise_question(script.question))
        self._entries.pop(key, None)
        self._entries[key] = (script, passages)

    def find(self, collection_id: str | None, question: str) -> tuple[str, list[ScoredPassage]] | None:
        """The pinned answer and cited passages for a question in a collection, if there is one."""
        if not self._entries:
            return None
        found = self._entries.get((collection_id, normalise_question(question)))
        return (found[0].answer, found[1]) if found else None

    def scripts(self) -> list[ScriptedAnswer]:
        """Every pinned answer, in the order added."""
        return [script for script, _ in self._entries.values()]

    @staticmethod
    def _resolve(
        store: Store, script: ScriptedAnswer, collection: CollectionRecord | None, ref: ScriptedReference
    ) -> ScoredPassage:
        where = f"scripted answer to {script.question!r}"
        if collection is None:
            raise BadRequest(f"{where}: references need a collection_id")
        document = store.get_document(ref.document_id)
        if document is None:
            raise BadRequest(f"{where}: document {ref.document_id} not found")
        if (ref.chunk_id is None) == (ref.text is None):
            raise BadRequest(f"{where}: a reference gives either chunk_id or text")
        # The same chunks retrieval would cite, so a pinned reference looks like a found one.
        chunks = chunks_of(collection, document)
        chunk: Chunk | None
        if ref.text is not None:
            chunk = next((c for c in chunks if _squash(ref.text) in _squash(c.text)), None)
            missing = f"no chunk of document {document.id} contains the text {ref.text!r}"
        else:
            chunk = chunks[ref.chunk_id] if ref.chunk_id is not None and ref.chunk_id < len(chunks) else None
            missing = f"document {document.id} has no chunk {ref.chunk_id} (it has {len(chunks)})"
        if chunk is None:
            raise BadRequest(f"{where}: {missing}")
        passage = Passage(
            document_id=document.id,
            document_name=document.name,
            collection_id=collection.id,
            chunk_id=chunk.index,
            pages=chunk.pages,
            text=ref.text if ref.text is not None else chunk.text,
        )
        return ScoredPassage(passage=passage, score=ref.score)
