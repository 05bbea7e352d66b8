"""Memory per stored message, counted by tracemalloc (every Python allocation the store made for it).

Two figures: messages of the benchmark data set's shape (own content string; references and metadata
shared with the demo answer they copy), and messages recorded by real completions, each with its own
references and metadata, including the full prompt text kept as ``prompt_raw``.
"""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable

import msgspec

from mock_server.services import build_services
from mock_server.store import InMemoryStore
from mock_server.wire import ChatCompletionRequest

from .dataset import COMPLETION_SESSION_ID, QUESTION, WRITER, fill, fill_messages, message_templates

__all__ = ["MessageMemory", "measure_message_memory"]


class MessageMemory(msgspec.Struct, frozen=True, kw_only=True):
    """Bytes per message, and how many messages each figure was averaged over."""

    filled_bytes: float
    filled_count: int
    answered_bytes: float
    answered_count: int


def _traced_bytes(action: Callable[[], None]) -> int:
    """Bytes still allocated after ``action`` that were not before it."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        action()
        gc.collect()
        return tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def measure_message_memory(filled: int = 100_000, answered: int = 300) -> MessageMemory:
    """Measure both kinds of message; ``answered`` completions record twice as many messages."""
    store = InMemoryStore()
    sessions = 1000
    fill(store, sessions, 0)
    questions, answers = message_templates(store)
    filled_bytes = _traced_bytes(lambda: fill_messages(store, sessions, filled, questions, answers))

    services = build_services(store)
    request = ChatCompletionRequest(message=QUESTION)
    services.completions.answer(WRITER, COMPLETION_SESSION_ID, request)  # builds the search index first
    before = store.count_messages(COMPLETION_SESSION_ID)

    def answer_many() -> None:
        for index in range(answered):
            question = ChatCompletionRequest(message=f"{QUESTION} ({index})")
            services.completions.answer(WRITER, COMPLETION_SESSION_ID, question)

    answered_bytes = _traced_bytes(answer_many)
    recorded = store.count_messages(COMPLETION_SESSION_ID) - before
    return MessageMemory(
        filled_bytes=filled_bytes / filled,
        filled_count=filled,
        answered_bytes=answered_bytes / recorded,
        answered_count=recorded,
    )
