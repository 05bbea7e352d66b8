"""How long a client takes to turn a page of 1,000 messages (the JSON the mock sends) into objects.

Three decoders of the same bytes, each including the JSON parse as a client does it: the generated
client (``json.loads``, then attrs ``ChatMessage.from_dict`` per item, as httpx's ``response.json()``
and the generated parser do), the vendor's h2ogpte-rest-client (``json.loads``, then its pydantic
``ChatMessage.from_dict`` per item), and msgspec straight into the mock's wire Structs.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence

import msgspec
from h2ogpte_rest_client import ChatMessage as VendorChatMessage

from gpte_client.models import ChatMessage as GeneratedChatMessage
from mock_server.services import build_services
from mock_server.store import InMemoryStore
from mock_server.wire import ChatMessage

from .dataset import READER, TARGET_SESSION_ID, fill

__all__ = ["DecodeTiming", "message_page", "time_decoders"]


class DecodeTiming(msgspec.Struct, frozen=True, kw_only=True):
    """Milliseconds to decode the page with each decoder (best of several runs)."""

    messages: int
    json_bytes: int
    generated_ms: float
    vendor_ms: float
    msgspec_ms: float


def message_page(count: int) -> bytes:
    """The JSON body of a page of ``count`` messages, as the mock's list-messages answer encodes it."""
    store = InMemoryStore()
    fill(store, 1, count)
    page = build_services(store).sessions.messages(READER, TARGET_SESSION_ID, 0, count)
    if len(page) != count:
        raise RuntimeError(f"expected {count} messages, got {len(page)}")
    return msgspec.json.encode(page)


def _best_ms(
    decode: Callable[[bytes], Sequence[object]], raw: bytes, count: int, budget: float = 1.0
) -> float:
    if len(decode(raw)) != count:
        raise RuntimeError("a decoder lost messages")
    samples: list[float] = []
    deadline = time.perf_counter() + budget
    while time.perf_counter() < deadline or len(samples) < 3:
        started = time.perf_counter()
        decode(raw)
        samples.append((time.perf_counter() - started) * 1000)
    return min(samples)


def _generated(raw: bytes) -> Sequence[object]:
    return [GeneratedChatMessage.from_dict(item) for item in json.loads(raw)]


def _vendor(raw: bytes) -> Sequence[object]:
    return [VendorChatMessage.from_dict(item) for item in json.loads(raw)]


def _msgspec(raw: bytes) -> Sequence[object]:
    return msgspec.json.decode(raw, type=list[ChatMessage])


def time_decoders(count: int = 1000, budget: float = 1.0) -> DecodeTiming:
    """Time the three decoders on the same page, each for about ``budget`` seconds."""
    raw = message_page(count)
    return DecodeTiming(
        messages=count,
        json_bytes=len(raw),
        generated_ms=_best_ms(_generated, raw, count, budget),
        vendor_ms=_best_ms(_vendor, raw, count, budget),
        msgspec_ms=_best_ms(_msgspec, raw, count, budget),
    )
