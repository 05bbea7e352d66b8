"""Answers a fixture pins to questions, as the store keeps them: key them with ``question_key``."""

from __future__ import annotations

import re
from typing import Annotated

import msgspec
from msgspec import Meta

__all__ = ["ScriptedAnswer", "ScriptedReference", "question_key"]

_WORD = re.compile(r"[^\W_]+")


class ScriptedReference(
    msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True, omit_defaults=True
):
    """A document chunk to cite, by ``chunk_id`` (its number among the document's chunks) or by ``text``
    (an excerpt shown as given, cited as the first chunk that contains it)."""

    document_id: str
    chunk_id: Annotated[int, Meta(ge=0)] | None = None
    text: str | None = None
    score: Annotated[float, Meta(gt=0, le=1)] = 1.0


class ScriptedAnswer(
    msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True, omit_defaults=True
):
    """The reply to ``question`` in sessions on ``collection_id`` (None: sessions without a collection)."""

    question: str
    answer: str
    collection_id: str | None = None
    references: tuple[ScriptedReference, ...] = ()


def question_key(text: str) -> str:
    """Case, punctuation and spacing do not matter when matching a question: "What's up?" = "whats up"."""
    return " ".join(_WORD.findall(text.replace("'", "").replace("\u2019", "").casefold()))
