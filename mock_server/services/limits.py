"""Collection size limits: reading a limit as the SDK writes it, and refusing documents that do not fit."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..errors import BadRequest, Conflict
from ..store import CollectionRecord, Store

__all__ = ["MAX_SIZE_LIMIT", "collection_bytes", "ensure_room", "parse_size"]

MAX_SIZE_LIMIT = 2**63 - 1
# What the spec's pattern for ``size_limit`` admits (ASCII digits, no spaces) always matches here.
_SIZE = re.compile(r"^([0-9]+(?:\.[0-9]+)?)(?:([kmgtp])(i?)b?|(b))?$", re.IGNORECASE)
_POWERS = {"k": 1, "m": 2, "g": 3, "t": 4, "p": 5}


def parse_size(text: str) -> int:
    """Bytes from ``12345``, ``1GB`` (powers of 1000) or ``1GiB`` (powers of 1024); a clear 400 otherwise.

    A limit beyond ``MAX_SIZE_LIMIT`` (over 9 EB) is no limit in practice and is stored as that maximum.
    """
    found = _SIZE.match(text)
    if found is None:
        raise BadRequest(f"size_limit {text!r} is not a number of bytes such as 12345, 1GB or 1GiB")
    number, prefix, binary, _ = found.groups()
    scale = (1024 if binary else 1000) ** _POWERS[prefix.lower()] if prefix else 1
    whole, _, fraction = number.partition(".")
    # Exact integer arithmetic: a float would round long digit strings.
    size = int(whole) * scale + (int(fraction) * scale // 10 ** len(fraction) if fraction else 0)
    return min(size, MAX_SIZE_LIMIT)


def collection_bytes(store: Store, document_ids: Iterable[str]) -> int:
    """The total size of the documents a collection holds, as its ``document_size`` shows."""
    return sum(d.size for d in map(store.get_document, dict.fromkeys(document_ids)) if d is not None)


def ensure_room(store: Store, collection: CollectionRecord, extra_bytes: int) -> None:
    """Refuse (409) adding ``extra_bytes`` of documents to a collection that would then pass its limit."""
    limit = collection.size_limit
    if limit is None:
        return
    held = collection_bytes(store, collection.document_ids)
    if held + extra_bytes > limit:
        raise Conflict(
            f"Collection {collection.id} is limited to {limit} bytes: it holds {held}, "
            f"and {extra_bytes} more do not fit"
        )
