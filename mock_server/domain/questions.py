"""Sample questions a user might ask about a set of documents, drawn from their headings and phrases."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence

from .sentences import sentence_spans
from .text import STOPWORDS

__all__ = ["suggest_questions"]

_HASHES = re.compile(r"^#+\s*|\s+#+$")
_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+")
_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
# A capitalised word after a lowercase word or a comma is a name, not the start of a sentence.
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z0-9,;)] )[A-Z][\w'-]*")
_HOW_TO = re.compile(r"^how to\s+", re.IGNORECASE)
# A heading that opens with a determiner and goes on for a while describes a situation, such as
# "The display is blank", and is asked about as a problem.
_SITUATION = re.compile(r"^(?:the|a|an|my|your)\s+\S+\s+\S+\s+\S+", re.IGNORECASE)
_MAX_HEADING_WORDS = 8
# Headings that name a kind of section rather than a subject make poor questions.
_GENERIC_LIST = """
    action items, appendix, background, conclusion, consequences, contact, contacts, contents, context,
    decision, details, faq, getting started, glossary, introduction, notes, overview, purpose,
    questions, references, scope, status, summary, timeline
"""
_GENERIC = frozenset(w.strip() for w in _GENERIC_LIST.split(","))
_TEMPLATES = (
    "What do the documents say about {topic}?",
    "What should I know about {topic}?",
    "Can you summarize {topic}?",
)


def _headings(text: str) -> list[str]:
    return [_HASHES.sub("", text[s.start : s.end]) for s in sentence_spans(text) if s.heading]


def _round_robin(lists: Sequence[list[str]]) -> Iterator[str]:
    """Yield the first item of every list, then every second item, and so on, so each text gets a turn."""
    depth = max((len(items) for items in lists), default=0)
    for i in range(depth):
        for items in lists:
            if i < len(items):
                yield items[i]


def _topic(heading: str, names: frozenset[str]) -> str | None:
    """The heading as a phrase to ask about, or None if it does not name a subject."""
    text = _NUMBERING.sub("", heading.strip()).rstrip(":").strip()
    words = text.split()
    if not words or len(words) > _MAX_HEADING_WORDS or text.lower() in _GENERIC:
        return None
    first = words[0]
    # Keep names and acronyms as written; lower the capital a heading gives any other first word.
    if first[1:] == first[1:].lower() and first.isalpha() and first not in names:
        words[0] = first.lower()
    return " ".join(words)


def _question(topic: str, turn: int) -> str:
    if topic.endswith("?"):
        return topic[0].upper() + topic[1:]
    how = _HOW_TO.match(topic)
    if how:
        return f"How do I {topic[how.end() :]}?"
    if _SITUATION.match(topic):
        return f"What should I do if {topic}?"
    return _TEMPLATES[turn % len(_TEMPLATES)].format(topic=topic)


def _phrases(texts: Sequence[str]) -> list[str]:
    """Two-word phrases of content words used more than once, most frequent first, then first seen."""
    counts: Counter[str] = Counter()
    for text in texts:
        for sentence in re.split(r"[.!?;:,()\n]+", text):
            words = [w.lower() for w in _WORD.findall(sentence)]
            for left, right in itertools.pairwise(words):
                if all(w.isalpha() and len(w) > 2 and w not in STOPWORDS for w in (left, right)):
                    counts[f"{left} {right}"] += 1
    # Counter keeps first-insertion order, so among equal counts the earliest phrase wins.
    ranked = sorted(enumerate(counts.items()), key=lambda item: (-item[1][1], item[0]))
    return [phrase for _, (phrase, count) in ranked if count > 1]


def suggest_questions(texts: Sequence[str], limit: int) -> list[str]:
    """Suggest up to ``limit`` distinct questions about ``texts``, deterministically.

    Questions come from headings (markdown ``#`` lines, or short title lines of their own), one text
    at a time in turn; texts without any headings are asked about the two-word phrases they repeat.
    Returns [] when the texts offer nothing to ask about; the caller then falls back to its
    template's sample questions.
    """
    if limit <= 0:
        return []
    names = frozenset(m.group() for text in texts for m in _MID_SENTENCE_CAPITAL.finditer(text))
    topics = [_topic(h, names) for h in _round_robin([_headings(t) for t in texts])]
    # Repeated phrases are a weaker signal than headings, so they are only used when there are none.
    candidates = [t for t in topics if t is not None] or _phrases(texts)
    questions: list[str] = []
    seen: set[str] = set()
    for topic in candidates:
        key = topic.casefold()
        if key in seen:
            continue
        seen.add(key)
        questions.append(_question(topic, len(questions)))
        if len(questions) == limit:
            break
    return questions
