"""The statements of the SQL backend's hot path, built once; parameters are ``p_<column>`` and the like."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ARRAY,
    Insert,
    LargeBinary,
    String,
    Table,
    any_,
    bindparam,
    cast,
    delete,
    false,
    func,
    insert,
    literal_column,
    null,
    select,
    union_all,
    update,
)

from .schema import documents, messages, meta, scripts, sessions, templates, users

__all__ = [
    "ARCHIVED_SESSIONS",
    "CLAIM_ID",
    "COLLECTION",
    "COUNT_MESSAGES",
    "COUNT_OF_OWNER",
    "COUNT_ON_COLLECTION",
    "COUNT_ON_COLLECTION_OF_OWNER",
    "DEFAULT_TEMPLATE",
    "DELETE_MESSAGES",
    "DELETE_SESSION",
    "DELETE_SESSION_MESSAGES",
    "DOCUMENT",
    "INSERT_MESSAGE",
    "INSERT_SESSION",
    "INSERT_USER",
    "MESSAGE",
    "MESSAGES_BY_IDS",
    "MESSAGES_PAGE",
    "MESSAGE_REVISION",
    "ROWS_AT_MOST",
    "SCRIPT",
    "SESSION",
    "SESSIONS_BY_IDS",
    "SESSIONS_OF_OWNER",
    "SESSIONS_OF_OWNER_WITH_COLLECTIONS",
    "SESSIONS_ON_COLLECTION",
    "SESSIONS_ON_COLLECTION_OF_OWNER",
    "SESSION_REVISION",
    "SESSION_WITH_COLLECTION",
    "SESSION_WITH_MESSAGES",
    "TEMPLATE",
    "TOKEN_USER",
    "UPDATE_MESSAGE",
    "UPDATE_SESSION",
    "UPDATE_USER",
    "USER_TOKEN",
    "bounded",
    "params",
    "window",
]

from .schema import collections


def params(row: dict[str, Any]) -> dict[str, Any]:
    """A row's columns as the statements' parameters."""
    return {f"p_{k}": v for k, v in row.items()}


# More rows than a store ever holds, and what a SQL INTEGER takes (SQLAlchemy binds a LIMIT as one; an
# API caller may ask for a page at offset 10**30, which the in-memory backend answers with no rows).
ROWS_AT_MOST = 2**31 - 1


def bounded(count: int) -> int:
    """An offset or a limit, cut to what the engines take."""
    return min(count, ROWS_AT_MOST)


def window(offset: int, limit: int) -> dict[str, int]:
    """The parameters of a page statement's OFFSET and LIMIT."""
    return {"p_offset": bounded(offset), "p_limit": bounded(limit)}


def _insert(table: Table, *columns: str) -> Insert:
    return insert(table).values({c: bindparam(f"p_{c}") for c in columns})


def _by_id(table: Table) -> Any:
    return select(table.c.body).where(table.c.id == bindparam("p_id"))


def _revision(table: Table) -> Any:
    return select(table.c.rev, table.c.body).where(table.c.id == bindparam("p_id"))


def _by_ids(table: Table) -> Any:
    # PostgreSQL only: a list as one array parameter, so a statement fetches any number of rows.
    return select(table.c.id, table.c.rev, table.c.body).where(
        table.c.id == any_(bindparam("p_ids", type_=ARRAY(String)))
    )


TOKEN_USER = select(users.c.username).where(users.c.token == bindparam("p_token"))
# A handful of rows (the tokens of the fixtures and the settings), so no index by username.
USER_TOKEN = select(users.c.token).where(users.c.username == bindparam("p_username")).limit(1)
INSERT_USER = _insert(users, "token", "username")
UPDATE_USER = (
    update(users).where(users.c.token == bindparam("p_token")).values(username=bindparam("p_username"))
)

SESSION, MESSAGE, DOCUMENT = _by_id(sessions), _by_id(messages), _by_id(documents)
# A session with the collection it is on (NULL when it has none, or it is gone), in one query.
_WITH_COLLECTION = select(sessions.c.body, collections.c.id, collections.c.body).select_from(
    sessions.outerjoin(collections, collections.c.id == sessions.c.collection_id)
)
SESSION_WITH_COLLECTION = _WITH_COLLECTION.where(sessions.c.id == bindparam("p_id"))
COLLECTION, TEMPLATE = _by_id(collections), _by_id(templates)

_NEWEST = (sessions.c.updated_key.desc(), sessions.c.id)
_PAGE: dict[str, Any] = {"limit": bindparam("p_limit"), "offset": bindparam("p_offset")}
# "= false", not "IS false": PostgreSQL matches only the former against an index, and the owner's index
# leads with (owner, archived) so that a page comes off it in order.
_LISTED = sessions.c.archived == false()
SESSIONS_OF_OWNER = (
    (
        select(sessions.c.id, sessions.c.rev)
        .where(sessions.c.owner == bindparam("p_owner"), _LISTED)
        .order_by(*_NEWEST)
    )
    .limit(_PAGE["limit"])
    .offset(_PAGE["offset"])
)
SESSIONS_ON_COLLECTION = (
    (
        select(sessions.c.id, sessions.c.rev)
        .where(sessions.c.collection_id == bindparam("p_collection_id"), _LISTED)
        .order_by(*_NEWEST)
    )
    .limit(_PAGE["limit"])
    .offset(_PAGE["offset"])
)
SESSIONS_ON_COLLECTION_OF_OWNER = SESSIONS_ON_COLLECTION.where(sessions.c.owner == bindparam("p_owner"))
_COUNT = select(func.count()).select_from(sessions).where(_LISTED)
COUNT_OF_OWNER = _COUNT.where(sessions.c.owner == bindparam("p_owner"))
# The page first, then each of its sessions' collections: the join never looks past the page.
_OWNER_PAGE = SESSIONS_OF_OWNER.add_columns(sessions.c.collection_id, sessions.c.updated_key).subquery("page")
SESSIONS_OF_OWNER_WITH_COLLECTIONS = (
    select(_OWNER_PAGE.c.id, _OWNER_PAGE.c.rev, collections.c.id, collections.c.body)
    .select_from(_OWNER_PAGE.outerjoin(collections, collections.c.id == _OWNER_PAGE.c.collection_id))
    .order_by(_OWNER_PAGE.c.updated_key.desc(), _OWNER_PAGE.c.id)
)
COUNT_ON_COLLECTION = _COUNT.where(sessions.c.collection_id == bindparam("p_collection_id"))
COUNT_ON_COLLECTION_OF_OWNER = COUNT_ON_COLLECTION.where(sessions.c.owner == bindparam("p_owner"))
INSERT_SESSION = _insert(sessions, "id", "owner", "collection_id", "updated_key", "rev", "body", "archived")
ARCHIVED_SESSIONS = select(sessions.c.body).where(sessions.c.archived.is_(True)).order_by(sessions.c.pos)
DELETE_MESSAGES = delete(messages).where(messages.c.id.in_(bindparam("p_ids", expanding=True)))
UPDATE_SESSION = (
    update(sessions)
    .where(sessions.c.id == bindparam("p_id"))
    .values(
        owner=bindparam("p_owner"),
        collection_id=bindparam("p_collection_id"),
        updated_key=bindparam("p_updated_key"),
        rev=bindparam("p_rev"),
        body=bindparam("p_body"),
        archived=bindparam("p_archived"),
    )
)

MESSAGES_PAGE = (
    select(messages.c.id, messages.c.rev)
    .where(messages.c.session_id == bindparam("p_session_id"))
    .order_by(messages.c.pos.desc())
    .limit(_PAGE["limit"])
    .offset(_PAGE["offset"])
)
# The session's row (part 0, with its body) and its page of messages (part 1, by id and rev), in one
# query; the rows come in no set order (an outer ORDER BY would sort them again in a temporary table): the
# reader puts them in order.
_PAGE_OF = MESSAGES_PAGE.add_columns(messages.c.pos).subquery("page")
SESSION_WITH_MESSAGES = union_all(
    select(
        literal_column("0").label("part"),
        literal_column("0").label("pos"),
        sessions.c.id,
        sessions.c.rev,
        sessions.c.body,
    ).where(sessions.c.id == bindparam("p_session_id")),
    select(literal_column("1"), _PAGE_OF.c.pos, _PAGE_OF.c.id, _PAGE_OF.c.rev, cast(null(), LargeBinary)),
)
COUNT_MESSAGES = (
    select(func.count()).select_from(messages).where(messages.c.session_id == bindparam("p_session_id"))
)
DELETE_SESSION = delete(sessions).where(sessions.c.id == bindparam("p_id"))
DELETE_SESSION_MESSAGES = delete(messages).where(messages.c.session_id == bindparam("p_session_id"))
INSERT_MESSAGE = _insert(messages, "id", "session_id", "rev", "body")
UPDATE_MESSAGE = (
    update(messages)
    .where(messages.c.id == bindparam("p_id"))
    .values(rev=bindparam("p_rev"), body=bindparam("p_body"))
)
# The rows a page names and this process has not decoded at that revision.
SESSION_REVISION, MESSAGE_REVISION = _revision(sessions), _revision(messages)
SESSIONS_BY_IDS, MESSAGES_BY_IDS = _by_ids(sessions), _by_ids(messages)

CLAIM_ID = update(meta).where(meta.c.key == "ids").values(value=meta.c.value + 1).returning(meta.c.value)

DEFAULT_TEMPLATE = (
    select(templates.c.body)
    .where(templates.c.is_default.is_(True), templates.c.owner.is_(None))
    .order_by(templates.c.pos)
    .limit(1)
)
SCRIPT = select(scripts.c.body).where(
    scripts.c.collection_key == bindparam("p_collection_key"),
    scripts.c.question_key == bindparam("p_question_key"),
)
