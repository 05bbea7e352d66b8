"""Answers pinned by a fixture: a known reply, with chosen references, for a question in a collection."""

from __future__ import annotations

from ..domain import Chunk, Passage, ScoredPassage
from ..errors import BadRequest
from ..store import CollectionRecord, ScriptedAnswer, ScriptedReference, Store, question_key
from .knowledge import chunks_of

__all__ = ["ScriptedAnswer", "ScriptedReference", "normalise_question", "pin_answer", "scripted_reply"]

# The name the tests and fixtures know the matching rule by.
normalise_question = question_key


def _squash(text: str) -> str:
    return " ".join(text.split())


def pin_answer(store: Store, script: ScriptedAnswer) -> None:
    """Pin an answer (a later one for the same question and collection replaces it), or raise
    ``BadRequest`` if its collection, documents or chunks do not exist."""
    collection = store.get_collection(script.collection_id) if script.collection_id else None
    if script.collection_id and collection is None:
        where = f"scripted answer to {script.question!r}"
        raise BadRequest(f"{where}: collection {script.collection_id} not found")
    for ref in script.references:
        _resolve(store, script, collection, ref)
    store.add_script(script)


def scripted_reply(
    store: Store, collection: CollectionRecord | None, question: str
) -> tuple[str, list[ScoredPassage]] | None:
    """The pinned answer and cited passages for a question in a collection, if there is one."""
    script = store.find_script(collection.id if collection else None, question_key(question))
    if script is None:
        return None
    passages = []
    for ref in script.references:
        try:
            passages.append(_resolve(store, script, collection, ref))
        except BadRequest:
            continue  # its document went away since the answer was pinned: cite the rest
    return script.answer, passages


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
