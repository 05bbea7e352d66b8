"""Wire types of the 1.7.5 collection lifecycle, limits, privacy and group sharing (templates too)."""

from __future__ import annotations

from typing import Annotated

from msgspec import UNSET, Meta, UnsetType

from .base import RequestBody, WireModel

__all__ = [
    "GroupSharePermission",
    "ResetAndShareRequest",
    "ResetAndShareWithGroupsRequest",
    "SetCollectionSizeLimitRequest",
    "UpdateCollectionExemptFromChatExpiryRequest",
    "UpdateCollectionExpiryRequest",
    "UpdateCollectionInactivityIntervalRequest",
    "UpdateCollectionPrivacyRequest",
    "UpdateCollectionWorkspaceRequest",
    "UpdateDefaultPromptTemplateVisibilityRequest",
    "UpdatePromptTemplatePrivacyRequest",
]

_Name = Annotated[str, Meta(min_length=1, max_length=1000)]
# The spec's patterns: what they admit always parses (services/limits.py and services/lifecycle.py).
_SIZE = r"^[0-9]+(\.[0-9]+)?([KkMmGgTtPp][Ii]?[Bb]?|[Bb])?$"
_ZONE = r"^[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*$"


class GroupSharePermission(WireModel):
    """A group that can access a shared resource."""

    group_id: str
    permissions: list[str] | None = None


class UpdateCollectionExpiryRequest(RequestBody):
    """When a collection expires: an ISO 8601 date or date-time, and the zone it is read in."""

    expiry_date: Annotated[str, Meta(min_length=1, max_length=100)]
    timezone: Annotated[str, Meta(max_length=100, pattern=_ZONE)] | UnsetType | None = UNSET


class UpdateCollectionInactivityIntervalRequest(RequestBody):
    """Days without activity after which a collection expires."""

    inactivity_interval: Annotated[int, Meta(ge=1, le=36500)]


class UpdateCollectionExemptFromChatExpiryRequest(RequestBody):
    """Whether the collection's chat sessions never expire."""

    exempt: bool


class SetCollectionSizeLimitRequest(RequestBody):
    """The most bytes of documents a collection may hold: ``12345``, ``1GB`` or ``1GiB``."""

    size_limit: Annotated[str, Meta(min_length=1, max_length=100, pattern=_SIZE)]


class UpdateCollectionPrivacyRequest(RequestBody):
    """Make a collection public (readable by every user) or private again."""

    is_public: bool
    permissions: list[str] | UnsetType | None = UNSET


class UpdateCollectionWorkspaceRequest(RequestBody):
    """The workspace a collection and its chat sessions belong to."""

    workspace: _Name


class ResetAndShareRequest(RequestBody):
    """The users a prompt template is shared with from now on, replacing the others."""

    usernames: list[_Name]


class ResetAndShareWithGroupsRequest(RequestBody):
    """The groups a prompt template is shared with from now on, replacing the others."""

    groups: list[_Name]


class UpdateDefaultPromptTemplateVisibilityRequest(RequestBody):
    """Show or hide a system prompt template."""

    is_visible: bool


class UpdatePromptTemplatePrivacyRequest(RequestBody):
    """Make a prompt template public (usable by every user) or private again."""

    is_public: bool
