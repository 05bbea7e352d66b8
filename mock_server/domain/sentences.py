"""Where sentences, list items, headings and paragraphs begin and end in a text."""

from __future__ import annotations

import re

import msgspec

__all__ = ["Span", "sentence_spans", "split_sentences"]

# Blank lines separate paragraphs.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
# Whitespace after ., ! or ? (and any closing quote or bracket) before something that starts a sentence;
# a lowercase next word means an abbreviation such as "e.g." and is not a break.
_SENTENCE_BREAK = re.compile(r"[.!?][\"')\]\u201d\u2019]*(\s+)(?=[\"'(\[\u201c\u2018*_]*[A-Z0-9])")
# A line break before a markdown heading, list item or quote starts a new unit, as does the one after
# a heading, since neither ends with sentence punctuation.
_LINE_BREAK = re.compile(r"\n[^\S\n]*(?=#{1,6}\s|[-*+>]\s|\d{1,3}[.)]\s)")
_AFTER_HEADING = re.compile(r"^[^\S\n]*#{1,6}[^\S\n].*?(\n\s*)", re.MULTILINE)
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s")
# Text extracted from PDFs marks headings only by layout: a short line of its own paragraph that
# starts with a capital or digit and does not end like a sentence.
_PLAIN_HEADING = re.compile(r"[A-Z0-9][^\n]*(?<![.!?:;,])")
_MAX_HEADING_WORDS = 10


class Span(msgspec.Struct, frozen=True):
    """A sentence-like unit of a text: ``text[start:end]``, trimmed of surrounding whitespace."""

    start: int
    end: int
    # True for the first unit of a paragraph or a heading, where a chunk boundary reads best.
    starts_section: bool
    heading: bool


def _breaks(text: str) -> list[tuple[int, int, bool]]:
    """Return every separator as (start, end, is a paragraph break), sorted and merged where they overlap."""
    found = [(m.start(), m.end(), True) for m in _PARAGRAPH_BREAK.finditer(text)]
    found += [(m.start(1), m.end(1), False) for m in _SENTENCE_BREAK.finditer(text)]
    found += [(m.start(), m.end(), False) for m in _LINE_BREAK.finditer(text)]
    found += [(m.start(1), m.end(1), False) for m in _AFTER_HEADING.finditer(text)]
    found.sort()
    merged: list[tuple[int, int, bool]] = []
    for start, end, paragraph in found:
        if merged and start <= merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2] or paragraph)
        else:
            merged.append((start, end, paragraph))
    return merged


def _is_heading(unit: str, whole_paragraph: bool) -> bool:
    if _MARKDOWN_HEADING.match(unit):
        return True
    return (
        whole_paragraph
        and len(unit.split()) <= _MAX_HEADING_WORDS
        and _PLAIN_HEADING.fullmatch(unit) is not None
    )


def sentence_spans(text: str) -> list[Span]:
    """Split ``text`` into sentence-like spans in order; whitespace-only text has none."""
    spans: list[Span] = []
    position, paragraph_start = 0, True
    for start, end, paragraph_end in [*_breaks(text), (len(text), len(text), True)]:
        piece = text[position:start]
        stripped = piece.strip()
        if stripped:
            first = position + piece.index(stripped[0])
            heading = _is_heading(stripped, paragraph_start and paragraph_end)
            spans.append(Span(first, first + len(stripped), paragraph_start or heading, heading))
            paragraph_start = False
        paragraph_start = paragraph_start or paragraph_end
        position = end
    return spans


def split_sentences(text: str) -> list[str]:
    """Return the sentences, headings and list items of ``text``, trimmed, in order."""
    return [text[span.start : span.end] for span in sentence_spans(text)]
