"""Strict request-body decoding: a string is never a bool, and unknown fields are refused."""

from __future__ import annotations

from typing import Any, TypeVar

import msgspec
from litestar import Request

from ..errors import BadRequest

__all__ = ["read_body", "read_optional_body"]

T = TypeVar("T")

# Litestar converts bodies loosely ("1" -> True); decoding here keeps the server as strict as the spec.
_decoders: dict[type[Any], msgspec.json.Decoder[Any]] = {}


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


async def read_body(request: Request[Any, Any, Any], type_: type[T]) -> T:
    """Decode the JSON body as ``type_`` or raise ``BadRequest`` naming the problem."""
    raw = await request.body()
    if not raw.strip():
        raise BadRequest("A JSON request body is required")
    try:
        return _decoder(type_).decode(raw)
    except msgspec.ValidationError as exc:
        error: msgspec.MsgspecError = exc
    except msgspec.DecodeError as exc:
        raise BadRequest(f"Malformed JSON body: {exc}") from None
    try:
        # A second chance for integer fields written as 1.0, which the spec's `integer` allows.
        return msgspec.convert(_integral_floats_as_ints(msgspec.json.decode(raw)), type_, strict=True)
    except msgspec.ValidationError:
        raise BadRequest(f"Invalid request body: {error}") from None
    except msgspec.DecodeError as exc:
        raise BadRequest(f"Malformed JSON body: {exc}") from None


async def read_optional_body(request: Request[Any, Any, Any], type_: type[T]) -> T | None:
    """Like ``read_body``, but an empty body means None (a blank one is malformed JSON, so 400)."""
    raw = await request.body()
    return await read_body(request, type_) if raw else None
