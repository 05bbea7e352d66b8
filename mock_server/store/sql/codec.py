"""Records to rows and back: msgpack bodies, and times as whole microseconds for exact ordering."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import msgspec

from ...access import group_principal, readers
from ..records import CollectionRecord, GroupRecord, MessageRecord, SessionRecord, TemplateRecord

__all__ = [
    "collection_row",
    "decode",
    "decoder",
    "encode",
    "member_rows",
    "message_row",
    "reader_rows",
    "revision",
    "session_row",
    "template_row",
    "time_key",
]

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MICROSECOND = dt.timedelta(microseconds=1)
_encoder, _json_encoder = msgspec.msgpack.Encoder(), msgspec.json.Encoder()
_decoders: dict[type[Any], _Decoder[Any]] = {}
R = TypeVar("R")


def encode(record: msgspec.Struct) -> bytes:
    """A record as stored in ``body``: msgpack, or JSON when it holds an integer msgpack cannot.

    JSON has no bound on integers, so a client's metadata or settings may hold 10**30; msgpack stops at
    64 bits. A JSON body starts with ``{``, which no msgpack record does (a record is a msgpack map).
    """
    try:
        return _encoder.encode(record)
    except OverflowError:
        return _json_encoder.encode(record)


def decoder(type_: type[R]) -> Callable[[bytes], R]:
    """What turns a ``body`` back into its record: fetched once for a page of rows, not once a row."""
    found = _decoders.get(type_)
    if found is None:
        found = _decoders[type_] = _Decoder(type_)
    return found.decode


class _Decoder(Generic[R]):
    """Decodes either kind of body ``encode`` writes."""

    def __init__(self, type_: type[R]) -> None:
        self._msgpack = msgspec.msgpack.Decoder(type_).decode
        self._json = msgspec.json.Decoder(type_).decode

    def decode(self, body: bytes) -> R:
        return self._json(body) if body[:1] == b"{" else self._msgpack(body)


def decode(body: bytes, type_: type[R]) -> R:
    """A record back from its ``body``."""
    return decoder(type_)(body)


def time_key(moment: dt.datetime) -> int:
    """Microseconds since the epoch: sorts as the times do, exactly."""
    return (moment - _EPOCH) // _MICROSECOND


def revision() -> int:
    """A new ``rev`` for a body about to be written.

    Random, not counted: processes that write one database need no shared counter to never repeat one,
    and a database reset or loaded again cannot bring back an old ``(id, rev)`` with another body.
    ``secrets`` draws from the system, so forked workers do not share a sequence either.
    """
    return secrets.randbits(63)


def session_row(s: SessionRecord) -> dict[str, Any]:
    """The columns of a session."""
    return {
        "id": s.id,
        "owner": s.owner,
        "collection_id": s.collection_id,
        "updated_key": time_key(s.updated_at),
        "rev": revision(),
        "body": encode(s),
        "archived": s.archived_at is not None,
    }


def message_row(m: MessageRecord) -> dict[str, Any]:
    """The columns of a message."""
    return {"id": m.id, "session_id": m.session_id, "rev": revision(), "body": encode(m)}


def collection_row(c: CollectionRecord) -> dict[str, Any]:
    """The columns of a collection."""
    return {
        "id": c.id,
        "owner": c.owner,
        "name_key": c.name.casefold(),
        "created_key": time_key(c.created_at),
        "updated_key": time_key(c.updated_at),
        "body": encode(c),
    }


def template_row(t: TemplateRecord) -> dict[str, Any]:
    """The columns of a prompt template."""
    return {
        "id": t.id,
        "owner": t.owner,
        "is_default": t.is_default,
        "name_key": (t.content.get("name") or "").casefold(),
        "description_key": (t.content.get("description") or "").casefold(),
        "created_key": time_key(t.created_at),
        "updated_key": time_key(t.updated_at),
        "body": encode(t),
    }


def reader_rows(kind: str, record: CollectionRecord | TemplateRecord) -> list[dict[str, Any]]:
    """The ``mock_readers`` rows of a collection or template."""
    return [{"kind": kind, "resource_id": record.id, "principal": p} for p in readers(record)]


def member_rows(group: GroupRecord) -> list[dict[str, Any]]:
    """The ``mock_group_members`` rows of a group."""
    principal = group_principal(group.id)
    return [
        {"group_id": group.id, "username": name, "principal": principal}
        for name in dict.fromkeys(group.members)
    ]
