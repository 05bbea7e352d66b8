"""Wire types of the documents API's requests."""

from __future__ import annotations

from msgspec import UNSET, UnsetType

from .base import RequestBody

__all__ = ["DocumentUpdateRequest"]


class DocumentUpdateRequest(RequestBody):
    """New name or URI of a document; omitted or null fields stay."""

    name: str | UnsetType | None = UNSET
    uri: str | UnsetType | None = UNSET
