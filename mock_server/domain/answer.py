"""Composing a plausible answer from retrieved passages, and counting what it cost."""

from __future__ import annotations

import functools
import math
import re
import zlib
from collections.abc import Sequence

import msgspec

from .retrieval import ScoredPassage
from .sentences import sentence_spans
from .text import STOPWORDS, count_tokens, query_terms, split_pieces, tokenize

__all__ = ["Usage", "compose_answer", "truncate_tokens", "usage_for"]

# How many of the best passages an answer may quote, and how many sentences in all.
_MAX_PASSAGES = 3
_MAX_SENTENCES = 3
# Markdown list and quote markers at the start of a sentence, dropped when it is quoted.
_MARKER = re.compile(r"^(?:[-*+>]\s+|\d{1,3}[.)]\s+)+")
_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")

# Openings for the first document quoted; which one is picked depends on the LLM name and question,
# so different "models" phrase the same facts a little differently.
_OPENINGS = ("According to {name}:", "Based on {name}:", "Here is what {name} says:")
_FOLLOW_UPS = ("{name} adds:", "{name} also notes:", "In {name}:")

# General advice by the question's first word, for when no document matched.
_GENERAL = {
    "how": "The usual approach is to follow the official guide for the task step by step and to check "
    "each result before moving on.",
    "what": "The exact definition depends on the organisation or product in question, so the relevant "
    "policy or manual is the authoritative source.",
    "when": "Timing usually depends on the policy or schedule in force, so check the current version "
    "with the team that owns it.",
    "where": "The owning team's documentation or intranet page is normally the place to look.",
    "who": "The team that owns the process is usually the right contact; your manager can point you to it.",
    "why": "The reasons are usually recorded in the decision record or policy that introduced the rule.",
}
_GENERAL_DEFAULT = (
    "The answer depends on the specific policy or product involved, so treat this as general guidance "
    "and confirm it against the relevant documentation."
)


class Usage(msgspec.Struct, frozen=True):
    """Token counts of one LLM call, as :func:`~mock_server.domain.text.count_tokens` measures them."""

    input_tokens: int
    output_tokens: int


class _Candidate(msgspec.Struct, frozen=True):
    rank: int
    position: int
    text: str


class _Quotable(msgspec.Struct, frozen=True):
    """A passage's quotable sentences as (position, text), and per term the sentences holding it."""

    sentences: tuple[tuple[int, str], ...]
    where: dict[str, tuple[int, ...]]


def _pick(options: Sequence[str], question: str, llm: str) -> str:
    # crc32 rather than hash(): the same on every run and every machine.
    return options[zlib.crc32(f"{llm}\n{question}".encode()) % len(options)]


@functools.lru_cache(maxsize=4096)
def _quotable(text: str) -> _Quotable:
    """The quotable sentences of a passage: headings left out, list markers and line breaks removed.

    The same passages are quoted answer after answer, and splitting and stemming them cost more than the
    rest of an answer, so each passage's result is kept.
    """
    sentences: list[tuple[int, str]] = []
    where: dict[str, list[int]] = {}
    for position, span in enumerate(sentence_spans(text)):
        if span.heading:
            continue
        clean = " ".join(_MARKER.sub("", text[span.start : span.end]).split())
        if clean:
            for term in set(tokenize(clean)):
                where.setdefault(term, []).append(len(sentences))
            sentences.append((position, clean))
    return _Quotable(sentences=tuple(sentences), where={term: tuple(ids) for term, ids in where.items()})


def _choose(passages: Sequence[ScoredPassage], question: str) -> list[_Candidate]:
    """The sentences to quote, in passage then text order: the top passage's best, then other good ones.

    A passage's sentences are kept in text order, so a sentence's index orders it as its position does.
    """
    found = [_quotable(p.passage.text) for p in passages[:_MAX_PASSAGES]]
    if not found[0].sentences:
        return []
    # A question word found in few of these sentences says more about which one answers it.
    total = sum(len(f.sentences) for f in found)
    weights: dict[str, float] = {}
    for term in query_terms(question):
        if df := sum(len(f.where.get(term, ())) for f in found):
            weights[term] = math.log(1 + total / df)
    # A sentence scores the weights of the question words it holds, added in question order.
    scores = [[0.0] * len(f.sentences) for f in found]
    hits: dict[tuple[int, int], None] = {}
    for term, weight in weights.items():
        for rank, (row, f) in enumerate(zip(scores, found, strict=True)):
            for index in f.where.get(term, ()):
                row[index] += weight
                hits[rank, index] = None
    # Best match; among equals the earliest sentence, which usually states the rule the rest qualify.
    top = scores[0]
    first = (0, top.index(max(top)))
    # Others must match at least half as well as the first, so weak matches do not pad the answer.
    threshold = top[first[1]] / 2
    good = sorted(
        (-scores[rank][i], rank, i) for rank, i in hits if scores[rank][i] >= threshold and (rank, i) != first
    )
    chosen = sorted([first, *((rank, i) for _, rank, i in good[: _MAX_SENTENCES - 1])])
    return [_Candidate(rank, *found[rank].sentences[i]) for rank, i in chosen]


def _grounded(question: str, passages: Sequence[ScoredPassage], llm: str) -> str:
    chosen = _choose(passages, question)
    if not chosen:
        top = passages[0].passage
        opening = _pick(_OPENINGS, question, llm).format(name=top.document_name)
        return f"{opening} {' '.join(top.text.split())}"
    # One paragraph per document, in the order the documents first appear among the chosen sentences.
    groups: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for candidate in chosen:
        passage = passages[candidate.rank].passage
        groups.setdefault(passage.document_id, []).append(candidate.text)
        names[passage.document_id] = passage.document_name
    paragraphs: list[str] = []
    for document_id, sentences in groups.items():
        frame = _pick(_FOLLOW_UPS if paragraphs else _OPENINGS, question, llm)
        paragraphs.append(f"{frame.format(name=names[document_id])} {' '.join(sentences)}")
    return "\n\n".join(paragraphs)


def _ungrounded(question: str) -> str:
    words = [w for w in _WORD.findall(question) if w.lower() not in STOPWORDS][:6]
    topic = f"“{' '.join(words)}”" if words else "this"
    first = _WORD.search(question)
    advice = _GENERAL.get(first.group().lower() if first else "", _GENERAL_DEFAULT)
    return (
        f"I could not find anything about {topic} in the documents, so this answer is not based on them. "
        f"{advice}"
    )


def truncate_tokens(text: str, max_tokens: int) -> str:
    """Return the longest prefix of ``text``, whole pieces of :func:`split_pieces`, within ``max_tokens``."""
    kept: list[str] = []
    used = 0
    for piece in split_pieces(text):
        used += count_tokens(piece)
        if used > max_tokens:
            break
        kept.append(piece)
    return "".join(kept)


def compose_answer(
    question: str,
    passages: Sequence[ScoredPassage],
    *,
    max_new_tokens: int | None = None,
    llm: str = "mock-llm",
) -> str:
    """Answer ``question`` from ``passages`` (best first), deterministically, as an LLM with RAG might.

    The answer quotes up to three sentences of the top passages that share the most words with the
    question, always including one from the top passage, introduced by the documents' names. Without
    passages it says that no document was used and gives general advice. ``max_new_tokens`` cuts the
    answer on a streaming-piece boundary to at most that many tokens; ``llm`` varies the phrasing.
    """
    text = _grounded(question, passages, llm) if passages else _ungrounded(question)
    return text if max_new_tokens is None else truncate_tokens(text, max_new_tokens)


def usage_for(prompt_parts: Sequence[str], answer: str) -> Usage:
    """Count the tokens of a prompt, given as parts cut at whitespace, and of the answer to it."""
    prompt = sum(_count_part(part) for part in prompt_parts)
    return Usage(input_tokens=prompt, output_tokens=count_tokens(answer))


# Prompt parts repeat from answer to answer (a template's instructions with the same retrieved passages
# run to thousands of characters), so their counts are kept; a repeated string is looked up by its hash.
_count_part = functools.lru_cache(maxsize=256)(count_tokens)
