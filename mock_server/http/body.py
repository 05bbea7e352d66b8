"""Strict JSON decoding for bodies and JSON-valued parameters: every bad input becomes a ``BadRequest``.

A string is never a bool, unknown fields are refused, and input that would make a decoder fail in an
unexpected way (invalid UTF-8 inside a string, nesting deep enough to exhaust the stack) is refused as
malformed rather than reaching the error handler as a crash.
"""

from __future__ import annotations

from typing import Any, TypeVar

import msgspec
from litestar import Request

from ..errors import BadRequest

__all__ = ["MAX_JSON_DEPTH", "decode_json", "read_body", "read_optional_body"]

T = TypeVar("T")

MAX_JSON_DEPTH = 64
"""Deepest nesting of objects and arrays a JSON input may have; the API's own bodies need fewer than 10."""

# Litestar converts bodies loosely ("1" -> True); decoding here keeps the server as strict as the spec.
_decoders: dict[type[Any], msgspec.json.Decoder[Any]] = {}

# What decoders raise on bytes that are not JSON: msgspec's own error, invalid UTF-8 inside a string
# (a UnicodeDecodeError), and nesting deeper than the interpreter's stack (a RecursionError).
_MALFORMED = (msgspec.DecodeError, UnicodeDecodeError, RecursionError)


def _decoder(type_: type[T]) -> msgspec.json.Decoder[T]:
    decoder = _decoders.get(type_)
    if decoder is None:
        decoder = _decoders[type_] = msgspec.json.Decoder(type_, strict=True)
    return decoder


def _integral_floats_as_ints(value: Any) -> Any:
    """JSON Schema counts 1.0 as an integer; msgspec's strict ``int`` does not, so rewrite such numbers."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_integral_floats_as_ints(item) for item in value]
    if isinstance(value, dict):
        return {key: _integral_floats_as_ints(item) for key, item in value.items()}
    return value


def _malformed(exc: Exception, what: str, limit: int) -> BadRequest:
    if isinstance(exc, UnicodeDecodeError):
        return BadRequest(f"Malformed JSON in {what}: invalid UTF-8 at byte {exc.start}")
    if isinstance(exc, RecursionError):
        return BadRequest(f"Malformed JSON in {what}: nested deeper than {limit} levels")
    return BadRequest(f"Malformed JSON in {what}: {exc}")


def _nested_deeper_than(value: Any, limit: int) -> bool:
    """Whether ``value`` nests objects and arrays more than ``limit`` levels; safe at any depth."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def _check_depth(raw: bytes, what: str, limit: int) -> None:
    # Counting brackets is C-fast; only input with more brackets than the limit can be too deep.
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return
    try:
        deep = _nested_deeper_than(msgspec.json.decode(raw), limit)
    except _MALFORMED as exc:
        raise _malformed(exc, what, limit) from None
    if deep:
        raise BadRequest(f"Malformed JSON in {what}: nested deeper than {limit} levels")


def decode_json(raw: bytes, type_: type[T], what: str = "request body", max_depth: int = MAX_JSON_DEPTH) -> T:
    """Decode ``raw`` as ``type_`` or raise ``BadRequest`` naming the problem with ``what``."""
    try:
        value = _decoder(type_).decode(raw)
    except msgspec.ValidationError as exc:
        error: msgspec.MsgspecError = exc
    except _MALFORMED as exc:
        raise _malformed(exc, what, max_depth) from None
    else:
        _check_depth(raw, what, max_depth)
        return value
    _check_depth(raw, what, max_depth)
    try:
        untyped = msgspec.json.decode(raw)
    except _MALFORMED as exc:
        raise _malformed(exc, what, max_depth) from None
    try:
        # A second chance for integer fields written as 1.0, which the spec's `integer` allows.
        return msgspec.convert(_integral_floats_as_ints(untyped), type_, strict=True)
    except msgspec.ValidationError:
        raise BadRequest(f"Invalid {what}: {error}") from None


async def read_body(request: Request[Any, Any, Any], type_: type[T], max_depth: int = MAX_JSON_DEPTH) -> T:
    """Decode the JSON body as ``type_`` or raise ``BadRequest`` naming the problem."""
    raw = await request.body()
    if not raw.strip():
        raise BadRequest("A JSON request body is required")
    return decode_json(raw, type_, max_depth=max_depth)


async def read_optional_body(request: Request[Any, Any, Any], type_: type[T]) -> T | None:
    """Like ``read_body``, but an empty body means None (a blank one is malformed JSON, so 400)."""
    raw = await request.body()
    return await read_body(request, type_) if raw else None
