"""Comma-separated lists of ids in a path (``DELETE /messages/m1,m2``, ``DELETE /prompt_templates/p1,p2``)."""

from __future__ import annotations

from ..errors import BadRequest

__all__ = ["split_ids"]


def split_ids(raw: str) -> list[str]:
    """The ids of a comma-separated path parameter (already percent-decoded), each once, in order."""
    # Ids are taken as sent: stripping would turn an id the spec allows (any non-empty string) into none.
    ids = list(dict.fromkeys(raw.split(",")))
    if "" in ids:
        raise BadRequest(f"Expected comma-separated ids, got {raw!r}")
    return ids
