"""The SQL backend's queries that select by visibility, filter, sort and page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, exists, func, or_, select, true

from ...access import principals
from ..queries import CollectionQuery, TemplateQuery, matches_metadata
from ..records import CollectionRecord, TemplateRecord
from .codec import decode
from .schema import (
    collection_documents,
    collections,
    documents,
    group_members,
    readers,
    sessions,
    templates,
)
from .statements import bounded

__all__ = [
    "collection_count",
    "collection_page",
    "readable",
    "sessions_of",
    "template_count",
    "template_page",
    "unheld_documents",
]


def readable(kind: str, resource_id: Any, user: str) -> ColumnElement[bool]:
    """The condition that ``user`` may read the resource: its readers meet the user's principals."""
    memberships = select(group_members.c.principal).where(group_members.c.username == user)
    return exists(
        select(readers.c.principal).where(
            readers.c.kind == kind,
            readers.c.resource_id == resource_id,
            or_(readers.c.principal.in_(principals(user)), readers.c.principal.in_(memberships)),
        )
    )


def sessions_of(owner: str | None, collection_id: str | None = None) -> Select[Any]:
    """Sessions of an owner and/or on a collection, newest-updated first (ties by id)."""
    query = select(sessions.c.body).order_by(sessions.c.updated_key.desc(), sessions.c.id)
    if owner is not None:
        query = query.where(sessions.c.owner == owner)
    if collection_id is not None:
        query = query.where(sessions.c.collection_id == collection_id)
    return query


def unheld_documents(document_ids: Sequence[str], owner: str) -> Select[Any]:
    """Ids of the owner's documents among ``document_ids`` that no collection the owner may read holds."""
    held = select(collection_documents.c.document_id).where(
        collection_documents.c.document_id == documents.c.id,
        readable("collection", collection_documents.c.collection_id, owner),
    )
    return select(documents.c.id).where(
        documents.c.id.in_(list(document_ids)), documents.c.owner == owner, ~exists(held)
    )


def _order(table: Any, column: str, ascending: bool) -> list[Any]:
    key = {"name": table.c.name_key, "created_at": table.c.created_key}.get(column, table.c.updated_key)
    return [key, table.c.id] if ascending else [key.desc(), table.c.id.desc()]


def _collection_where(query: CollectionQuery) -> list[ColumnElement[bool]]:
    where = [] if query.everyone else [readable("collection", collections.c.id, query.user)]
    if query.text:
        needle = query.text.casefold()
        where.append(
            or_(
                collections.c.name_key.contains(needle, autoescape=True),
                func.lower(collections.c.id).contains(needle, autoescape=True),
                func.lower(collections.c.owner).contains(needle, autoescape=True),
            )
        )
    if query.owned_only:
        where.append(collections.c.owner == query.user)
    if query.name_contains:
        where.append(collections.c.name_key.contains(query.name_contains.casefold(), autoescape=True))
    return where


def collection_page(
    conn: Connection, query: CollectionQuery, offset: int, limit: int
) -> list[CollectionRecord]:
    """A page of the collections the query selects."""
    sql = select(collections.c.body).where(*_collection_where(query))
    sql = sql.order_by(*_order(collections, query.sort_column, query.ascending))
    if not query.metadata:
        rows = conn.execute(sql.offset(bounded(offset)).limit(bounded(limit))).scalars()
        return [decode(body, CollectionRecord) for body in rows]
    # JSON equality differs between the engines: metadata is matched here, in the database's order.
    wanted = query.metadata
    found = (decode(body, CollectionRecord) for body in conn.execute(sql).scalars())
    return [c for c in found if matches_metadata(c.metadata, wanted)][offset : offset + limit]


def collection_count(conn: Connection, query: CollectionQuery) -> int:
    """How many collections the query selects."""
    if query.metadata:
        return len(collection_page(conn, query, 0, 2**62))
    sql = select(func.count()).select_from(collections).where(*_collection_where(query))
    return int(conn.execute(sql).scalar_one())


def _template_where(query: TemplateQuery) -> list[ColumnElement[bool]]:
    where = [] if query.everyone else [readable("template", templates.c.id, query.user)]
    if query.kind == "system":
        where.append(templates.c.owner.is_(None))
    elif query.kind == "user":
        where.append(templates.c.owner.is_not(None))
    if query.text:
        needle = query.text.casefold()
        where.append(
            or_(
                templates.c.name_key.contains(needle, autoescape=True),
                templates.c.description_key.contains(needle, autoescape=True),
            )
        )
    return [and_(true(), *where)]


def template_page(conn: Connection, query: TemplateQuery, offset: int, limit: int) -> list[TemplateRecord]:
    """A page of the templates the query selects."""
    sql = select(templates.c.body).where(*_template_where(query))
    sql = sql.order_by(*_order(templates, query.sort_column, query.ascending))
    sql = sql.offset(bounded(offset)).limit(bounded(limit))
    return [decode(body, TemplateRecord) for body in conn.execute(sql).scalars()]


def template_count(conn: Connection, query: TemplateQuery) -> int:
    """How many templates the query selects."""
    sql = select(func.count()).select_from(templates).where(*_template_where(query))
    return int(conn.execute(sql).scalar_one())
