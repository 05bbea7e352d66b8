"""Shared pieces of the wire types: the two base classes, the literal types, Error and Count."""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

__all__ = [
    "ChatHistorySwitch",
    "ColumnRedaction",
    "Count",
    "DocumentStatus",
    "Error",
    "GuardrailAction",
    "IngestMode",
    "RagType",
    "RequestBody",
    "SdkError",
    "SessionSource",
    "SessionStatus",
    "TagFilter",
    "WireModel",
]


RagType = Literal["auto", "llm_only", "rag", "hyde1", "hyde2", "rag+", "all_data"]
DocumentStatus = Literal[
    "unknown", "scheduled", "queued", "running", "completed", "failed", "canceled", "agent_only"
]
# Both spellings are accepted because each vendor client version validates against its own enum.
ChatHistorySwitch = Literal["auto", "on", "off", "true", "false"]
GuardrailAction = Literal["allow", "redact", "fail"]
SessionStatus = Literal["active", "expiring", "archived"]
SessionSource = Literal["user", "schedule"]
IngestMode = Literal["standard", "lite", "agent_only"]
# A table column name and the entity to redact in it.
ColumnRedaction = Annotated[list[str], Meta(min_length=2, max_length=2)]


class WireModel(msgspec.Struct, kw_only=True):
    """Base of response bodies: keyword-only so field order never matters to callers."""


class RequestBody(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Base of request bodies: unknown fields are an error, as the spec's closed schemas say."""


class Error(WireModel):
    """The one error body every operation returns on failure."""

    code: int
    message: str
    error_type: str | None = None


class SdkError(Error, kw_only=True):
    """The error body outside ``/api/v1`` (``/rpc``, ``/file``): the SDK's own calls there read ``error``."""

    error: str


class Count(WireModel):
    """A number of items."""

    count: Annotated[int, Meta(ge=0)]


class TagFilter(RequestBody):
    """Selects documents by tag, with exclusions."""

    include: list[str] | UnsetType | None = UNSET
    exclude: list[str] | UnsetType | None = UNSET
