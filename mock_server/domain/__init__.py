"""The behaviour behind the mock server, free of HTTP: text measures, chunking, search and answers."""

from .answer import Usage, compose_answer, truncate_tokens, usage_for
from .chunking import Chunk, chunk_document
from .jobs import JobKind
from .questions import suggest_questions
from .retrieval import LexicalIndex, Passage, ScoredPassage
from .sentences import split_sentences
from .text import count_tokens, split_pieces, tokenize

__all__ = [
    "Chunk",
    "JobKind",
    "LexicalIndex",
    "Passage",
    "ScoredPassage",
    "Usage",
    "chunk_document",
    "compose_answer",
    "count_tokens",
    "split_pieces",
    "split_sentences",
    "suggest_questions",
    "tokenize",
    "truncate_tokens",
    "usage_for",
]
