"""Wire types of the 1.7.5 chat-session lifecycle: fork, expiry, keep-forever and the archived list."""

from __future__ import annotations

import datetime as dt

from msgspec import UNSET, UnsetType

from .base import RequestBody, WireModel
from .sessions import ChatSession

__all__ = [
    "ArchivedChatSessions",
    "ForkChatSessionRequest",
    "UpdateChatSessionKeepForeverRequest",
    "UpdateExpiryDateRequest",
]


class ForkChatSessionRequest(RequestBody):
    """Where a fork branches: the last message copied (all of them when omitted)."""

    message_id: str | UnsetType | None = UNSET


class UpdateExpiryDateRequest(RequestBody):
    """The day a chat session expires, in an optional IANA time zone."""

    expiry_date: dt.date
    timezone: str | UnsetType | None = UNSET


class UpdateChatSessionKeepForeverRequest(RequestBody):
    """Whether a chat session is kept out of expiry."""

    keep_forever: bool


class ArchivedChatSessions(WireModel):
    """A page of archived chat sessions and how many there are in all."""

    items: list[ChatSession]
    total: int
