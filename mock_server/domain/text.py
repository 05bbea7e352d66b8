"""Words, token counts and streaming pieces: the text measures every other domain module agrees on."""

from __future__ import annotations

import functools
import re

__all__ = ["STOPWORDS", "TOKEN_PATTERN", "count_tokens", "query_terms", "split_pieces", "stem", "tokenize"]

# Function words that would otherwise match almost every chunk. Contraction parts ("s", "t", "isn", ...)
# are here because the word pattern splits "employee's" into "employee" and "s", "isn't" into "isn" and "t".
_STOPWORD_LIST = """
    a about after all also am an and any are aren as at be been before being but by can could couldn d
    did didn do does doesn don for from had has hasn have haven he her here his how i if in into is isn
    it its just ll m may me might more most must my no nor not of on or our out re s shall she should
    shouldn so some such t than that the their them then there these they this those through to too
    until up us ve was wasn we were weren what when where which while who whom why will with won would
    wouldn you your
"""
STOPWORDS = frozenset(_STOPWORD_LIST.split())

# A run of letters and digits; "_" counts as punctuation so it is excluded.
_WORD = re.compile(r"[^\W_]+")
# One approximate LLM token: up to 8 letters/digits of a word, or one other visible character.
TOKEN_PATTERN = re.compile(r"[^\W_]{1,8}|[^\w\s]|_")
# Leading whitespace plus a run of non-whitespace; trailing whitespace at the end is its own piece.
_PIECE = re.compile(r"\s*\S+|\s+")

# For count_tokens on long ASCII text (prompts): the same count as TOKEN_PATTERN from bytes operations
# that run at memory speed, where the regex takes ~35 ns a character. Built from str's own predicates,
# which are the ones the regex's \s and [^\W_] use, so both ways agree on every ASCII character.
_ASCII_SPACE = bytes(c for c in range(128) if chr(c).isspace())
# Letters and digits become "a", everything else a space, so word runs are runs of "a".
_ASCII_RUNS = bytes(ord("a") if c < 128 and chr(c).isalnum() else ord(" ") for c in range(256))
_FAST_MIN_LENGTH = 256


# Plural endings, then verb endings, with what replaces them; at most one of each is stripped.
_PLURALS = (("sses", "ss"), ("ies", "y"), ("s", ""))
_VERB_ENDINGS = (("ing", ""), ("ed", ""))
# Plural "s" stays on words ending like these: "process", "status", "analysis".
_KEEP_S = ("ss", "us", "is")
# A stem must keep this many letters, so that "bring" or "need" stay whole.
_MIN_STEM = 3


def _strip(word: str, suffixes: tuple[tuple[str, str], ...]) -> str:
    for suffix, replacement in suffixes:
        if word.endswith(suffix):
            if suffix == "s" and word.endswith(_KEEP_S):
                return word
            base = word[: -len(suffix)] + replacement
            return base if len(base) >= _MIN_STEM else word
    return word


# Pure, and called for every word of every question: remembering recent words saves most of the work.
@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a lowercase word to a crude stem, so "connects", "connecting" and "connected" match.

    Strips a plural ending, then a verb ending, then a final "e" and a doubled final consonant
    ("settings" -> "set"). Words of three letters or fewer and words with digits are kept as they
    are. It is deliberately simple: queries and documents go through the same function, so
    consistency matters more than linguistic accuracy.
    """
    if len(word) <= _MIN_STEM or not word.isalpha():
        return word
    word = _strip(_strip(word, _PLURALS), _VERB_ENDINGS)
    if len(word) > _MIN_STEM and word.endswith("e"):
        word = word[:-1]
    if len(word) > _MIN_STEM and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]
    return word


def tokenize(text: str) -> list[str]:
    """Return the stemmed, lowercased letter/digit words of ``text`` that matter for retrieval, in order."""
    return [stem(word) for word in _WORD.findall(text.lower()) if word not in STOPWORDS]


# A question is searched for and then quoted from, so its terms are needed twice per answer.
@functools.lru_cache(maxsize=1024)
def query_terms(text: str) -> tuple[str, ...]:
    """The distinct words of ``tokenize(text)``, in order of first appearance."""
    return tuple(dict.fromkeys(tokenize(text)))


def count_tokens(text: str) -> int:
    """Approximate how many tokens an LLM tokenizer would make of ``text``.

    Each word costs one token per started 8 letters or digits ("policy" 1, "reimbursement" 2), every
    other visible character (punctuation, symbols, emoji) costs one, and whitespace is free. The
    count is additive over any split at whitespace, so the pieces of :func:`split_pieces` add up to
    the whole.
    """
    if len(text) >= _FAST_MIN_LENGTH and text.isascii():
        return _count_ascii_tokens(text.encode("ascii"))
    return len(TOKEN_PATTERN.findall(text))


def _count_ascii_tokens(data: bytes) -> int:
    """``count_tokens`` of ASCII text: per word run of n characters 1 + (n - 1) // 8 tokens, plus one per
    other visible character (non-whitespace outside the runs); only C-level bytes operations."""
    marked = data.translate(_ASCII_RUNS)
    letters = marked.count(b"a")
    # Turn the first character of every run into "b": then runs are the b's, and the further started 8s
    # of each run are the non-overlapping "aaaaaaaa" after its b.
    starts = marked.replace(b" a", b" b")
    if starts.startswith(b"a"):
        starts = b"b" + starts[1:]
    visible = len(data.translate(None, _ASCII_SPACE))
    return starts.count(b"b") + starts.count(b"a" * 8) + visible - letters


def split_pieces(text: str) -> list[str]:
    """Split ``text`` into streaming pieces, each a word with its leading whitespace.

    ``"".join(split_pieces(text)) == text`` always holds; whitespace after the last word is a
    final piece of its own, and empty text gives no pieces.
    """
    return _PIECE.findall(text)
