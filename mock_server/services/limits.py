"""Collection size limits: reading a limit as the SDK writes it, and refusing documents that do not fit."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..errors import BadRequest, Conflict, PayloadTooLarge
from ..store import CollectionRecord, Store

__all__ = ["MAX_SIZE_LIMIT", "collection_bytes", "ensure_room", "human_size", "parse_size"]

MAX_SIZE_LIMIT = 2**63 - 1
# What the spec's pattern for ``size_limit`` admits (ASCII digits, no spaces) always matches here.
_SIZE = re.compile(r"^([0-9]+(?:\.[0-9]+)?)(?:([kmgtp])(i?)b?|(b))?$", re.IGNORECASE)
_POWERS = {"k": 1, "m": 2, "g": 3, "t": 4, "p": 5}
_MIB = 1024 * 1024


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


def human_size(n: int) -> str:
    """A byte count as people read it in an error message."""
    return f"{n / _MIB:.1f} MiB" if n >= _MIB else f"{n} bytes"


def ensure_room(
    store: Store, collection: CollectionRecord, extra_bytes: int, server_limit: int | None = None
) -> None:
    """The one collection size check, for every way documents enter a collection (insert, ingest).

    Past the collection's own ``size_limit`` is 409: the request conflicts with how its owner set the
    collection up, and raising the limit resolves it. Past the server's limit (``--max-collection-bytes``,
    when given) is 413, as for an upload larger than the server takes.
    """
    held = collection_bytes(store, collection.document_ids)
    limit = collection.size_limit
    if limit is not None and held + extra_bytes > limit:
        raise Conflict(
            f"Collection {collection.id} is limited to {limit} bytes: it holds {held}, "
            f"and {extra_bytes} more do not fit"
        )
    if server_limit is not None and held + extra_bytes > server_limit:
        raise PayloadTooLarge(
            f"Collection {collection.id} holds {human_size(held)} of documents; adding "
            f"{human_size(extra_bytes)} would pass the server's limit of {human_size(server_limit)}"
        )
