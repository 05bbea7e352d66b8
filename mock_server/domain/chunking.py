"""Cutting a document's pages into retrieval chunks of bounded token count."""

from __future__ import annotations

import re
from collections.abc import Sequence

import msgspec

from .sentences import sentence_spans
from .text import TOKEN_PATTERN, count_tokens

__all__ = ["Chunk", "chunk_document"]

# Cut points inside an over-long sentence: between words, or between tokens of a word too long by itself.
_WORDS = re.compile(r"\S+")


class Chunk(msgspec.Struct, frozen=True):
    """A piece of a document: its position among the chunks, its text and the 1-based pages it spans."""

    index: int
    text: str
    pages: tuple[int, ...]


class _Unit(msgspec.Struct, frozen=True):
    """A sentence (or part of an over-long one) located on a page."""

    page: int
    start: int
    end: int
    tokens: int
    starts_section: bool
    heading: bool


def _split_long(page: int, text: str, start: int, end: int, limit: int, section: bool) -> list[_Unit]:
    """Cut ``text[start:end]`` into units of at most ``limit`` tokens, at spaces where a word allows."""
    cuts: list[tuple[int, int]] = []
    for word in _WORDS.finditer(text, start, end):
        if count_tokens(word.group()) <= limit:
            cuts.append(word.span())
        else:
            cuts.extend(t.span() for t in TOKEN_PATTERN.finditer(text, *word.span()))
    units: list[_Unit] = []
    first, last, tokens = cuts[0][0], cuts[0][0], 0
    for cut_start, cut_end in cuts:
        cost = count_tokens(text[cut_start:cut_end])
        if tokens and tokens + cost > limit:
            units.append(_Unit(page, first, last, tokens, section and not units, False))
            first, tokens = cut_start, 0
        last = cut_end
        tokens += cost
    units.append(_Unit(page, first, last, tokens, section and not units, False))
    return units


def _units(pages: Sequence[str], limit: int) -> list[_Unit]:
    units: list[_Unit] = []
    for number, text in enumerate(pages, start=1):
        for i, span in enumerate(sentence_spans(text)):
            # A new page is a natural place to start a chunk, like a new paragraph.
            section = span.starts_section or i == 0
            tokens = count_tokens(text[span.start : span.end])
            if tokens <= limit:
                units.append(_Unit(number, span.start, span.end, tokens, section, span.heading))
            else:
                units.extend(_split_long(number, text, span.start, span.end, limit, section))
    return units


def _cut(units: Sequence[_Unit], start: int, fresh: int, end: int, limit: int) -> int:
    """Where to end the chunk ``units[start:end]``, which must keep at least one unit from ``fresh`` on.

    A paragraph or heading start is preferred if the chunk is at least half full by then, and a
    chunk never ends on a heading, which belongs with the text it introduces.
    """
    before = sum(u.tokens for u in units[start:end])
    for j in range(end, fresh, -1):
        if units[j].starts_section and not units[j - 1].heading and 2 * before >= limit:
            return j
        before -= units[j - 1].tokens
    return end - 1 if units[end - 1].heading and end - 1 > fresh else end


def _plan(units: Sequence[_Unit], limit: int, overlap: int) -> list[tuple[int, int]]:
    """Group units into ranges of at most ``limit`` tokens, each after the first starting with up to
    ``overlap`` tokens of whole units repeated from the range before."""
    ranges: list[tuple[int, int]] = []
    # The current chunk is units[start:i], of which units[start:fresh] repeat the end of the last one.
    start = fresh = total = i = 0
    while i < len(units):
        cost = units[i].tokens
        if total + cost > limit and i > fresh:
            cut = _cut(units, start, fresh, i, limit)
            ranges.append((start, cut))
            first, carried = cut, 0
            while first - 1 > start and carried + units[first - 1].tokens <= overlap:
                first -= 1
                carried += units[first].tokens
            start, fresh = first, cut
            total = sum(u.tokens for u in units[start:i])
        # Repeated units make way for new ones: every chunk must move the text on.
        while total + cost > limit and start < fresh:
            total -= units[start].tokens
            start += 1
        if total + cost > limit:
            continue
        total += cost
        i += 1
    if units:
        ranges.append((start, len(units)))
    return ranges


def _text(pages: Sequence[str], units: Sequence[_Unit]) -> str:
    """The original text the units cover: one slice per page, pages joined by a blank line."""
    by_page: list[tuple[int, int, int]] = []
    for unit in units:
        if by_page and by_page[-1][0] == unit.page:
            by_page[-1] = (unit.page, by_page[-1][1], unit.end)
        else:
            by_page.append((unit.page, unit.start, unit.end))
    parts = [pages[page - 1][start:end] for page, start, end in by_page]
    return "\n\n".join(parts)


def chunk_document(pages: Sequence[str], max_tokens: int = 320, overlap_tokens: int = 0) -> list[Chunk]:
    """Cut a document, given as page texts, into chunks of at most ``max_tokens`` tokens.

    Chunks end at sentence boundaries (preferring paragraphs, headings and page starts) unless a single
    sentence is too long, which is then cut between words, or inside a word if it must be. Each chunk
    after the first repeats whole trailing sentences of the one before, up to ``overlap_tokens``
    tokens, while it stays within ``max_tokens``. A chunk's text is the original text it covers, its
    pages joined by a blank line; pages are numbered from 1. Blank documents give no chunks.
    """
    if max_tokens < 1:
        raise ValueError(f"max_tokens must be at least 1, not {max_tokens}")
    if overlap_tokens < 0:
        raise ValueError(f"overlap_tokens must not be negative, not {overlap_tokens}")
    units = _units(pages, max_tokens)
    ranges = _plan(units, max_tokens, overlap_tokens)
    chunks: list[Chunk] = []
    for index, (start, end) in enumerate(ranges):
        covered = units[start:end]
        page_numbers = tuple(sorted({u.page for u in covered}))
        chunks.append(Chunk(index=index, text=_text(pages, covered), pages=page_numbers))
    return chunks
