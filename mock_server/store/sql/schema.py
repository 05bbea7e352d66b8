"""The SQL backend's tables: indexed columns for what queries filter and sort on, the record as ``body``.

Each record is kept whole in ``body`` (msgpack, or JSON for one holding an integer past 64 bits; its shape
lives in ``records.py`` only), next to the columns a query needs. Sessions and messages also carry ``rev``, a
random number written anew with every body, so a process that decoded a body once knows it by ``(id, rev)``
alone (``decoded.py``). ``pos`` numbers rows in the order added, which is the order of an export and of a
session's messages. Every table is prefixed ``mock_``: reset and load touch these and nothing else.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy.types import TypeEngine

__all__ = [
    "READ_AS_IS",
    "SCHEMA_VERSION",
    "collection_documents",
    "collections",
    "controls",
    "documents",
    "group_members",
    "groups",
    "jobs",
    "messages",
    "meta",
    "metadata",
    "readers",
    "scripts",
    "sessions",
    "templates",
    "uploads",
    "users",
]

# Bump when a table or the bodies' format changes: a database written with another version is refused, not
# misread. 6: a body is JSON when its record holds an integer past 64 bits (codec.py). 7: a document's body
# holds its file (``DocumentRecord.data``).
SCHEMA_VERSION = 7
# Older versions whose databases this one reads as they are: opening one marks it with SCHEMA_VERSION, so
# the older mock refuses it from then on, rather than misread a body it does not know (or drop a field of it
# on a rewrite). 5 differs from 6 only by the JSON bodies, which a version-5 database never holds; a
# document of 5 or 6 reads as one with no file of its own.
READ_AS_IS = frozenset({5, 6})

metadata = MetaData()


def _text() -> TypeEngine[str]:
    # Byte order on both engines, so sorting by name or id agrees with Python's (and the in-memory backend).
    return String().with_variant(String(collation="C"), "postgresql")


def _pos() -> Column[int]:
    return Column("pos", Integer, primary_key=True, autoincrement=True)


def _rev() -> Column[int]:
    # Before ``body``: SQLite reads a row's columns in order, so a query for ``rev`` stops short of the body.
    return Column("rev", BigInteger, nullable=False)


meta = Table("mock_meta", metadata, Column("key", String(64), primary_key=True), Column("value", BigInteger))

users = Table(
    "mock_users", metadata, _pos(), Column("token", _text(), unique=True), Column("username", _text())
)

sessions = Table(
    "mock_sessions",
    metadata,
    _pos(),
    Column("id", _text(), unique=True, nullable=False),
    Column("owner", _text(), nullable=False),
    Column("collection_id", _text()),
    Column("updated_key", BigInteger, nullable=False),
    _rev(),
    Column("body", LargeBinary, nullable=False),
    # Archived sessions leave their owner's lists and counts.
    Column("archived", Boolean, nullable=False, default=False),
)
# In the lists' own order (newest updated first, ties by id), so a page is read off the index, never sorted;
# an owner's page names its rows by (id, rev) from the index alone.
Index(
    "mock_sessions_by_owner",
    sessions.c.owner,
    sessions.c.archived,
    sessions.c.updated_key.desc(),
    sessions.c.id,
    sessions.c.rev,
)
# Only sessions on a collection are looked up by it: one without (a plain chat) costs no entry in these.
_ON_A_COLLECTION = sessions.c.collection_id.is_not(None)
Index(
    "mock_sessions_by_collection",
    sessions.c.collection_id,
    sessions.c.updated_key.desc(),
    sessions.c.id,
    sqlite_where=_ON_A_COLLECTION,
    postgresql_where=_ON_A_COLLECTION,
)
Index(
    "mock_sessions_by_collection_owner",
    sessions.c.collection_id,
    sessions.c.owner,
    sessions.c.updated_key.desc(),
    sessions.c.id,
    sqlite_where=_ON_A_COLLECTION,
    postgresql_where=_ON_A_COLLECTION,
)

messages = Table(
    "mock_messages",
    metadata,
    _pos(),
    Column("id", _text(), unique=True, nullable=False),
    Column("session_id", _text(), nullable=False),
    _rev(),
    Column("body", LargeBinary, nullable=False),
    # A page of a session's messages is named by (id, rev) from the index alone.
    Index("mock_messages_by_session", "session_id", "pos", "id", "rev"),
)

documents = Table(
    "mock_documents",
    metadata,
    _pos(),
    Column("id", _text(), unique=True, nullable=False),
    Column("owner", _text(), nullable=False),
    Column("body", LargeBinary, nullable=False),
)

collections = Table(
    "mock_collections",
    metadata,
    _pos(),
    Column("id", _text(), unique=True, nullable=False),
    Column("owner", _text(), nullable=False),
    Column("name_key", _text(), nullable=False),
    Column("created_key", BigInteger, nullable=False),
    Column("updated_key", BigInteger, nullable=False),
    Column("body", LargeBinary, nullable=False),
)

collection_documents = Table(
    "mock_collection_documents",
    metadata,
    Column("collection_id", _text(), nullable=False),
    Column("document_id", _text(), nullable=False),
    PrimaryKeyConstraint("collection_id", "document_id"),
    Index("mock_collection_documents_by_document", "document_id"),
)

templates = Table(
    "mock_templates",
    metadata,
    _pos(),
    Column("id", _text(), unique=True, nullable=False),
    Column("owner", _text()),
    Column("is_default", Boolean, nullable=False),
    Column("name_key", _text(), nullable=False),
    Column("description_key", _text(), nullable=False),
    Column("created_key", BigInteger, nullable=False),
    Column("updated_key", BigInteger, nullable=False),
    Column("body", LargeBinary, nullable=False),
)

# Who may read a collection or template, as ``mock_server.access.readers`` names them.
readers = Table(
    "mock_readers",
    metadata,
    Column("kind", String(16), nullable=False),
    Column("resource_id", _text(), nullable=False),
    Column("principal", _text(), nullable=False),
    PrimaryKeyConstraint("kind", "resource_id", "principal"),
    Index("mock_readers_by_principal", "principal", "kind"),
)

scripts = Table(
    "mock_scripts",
    metadata,
    _pos(),
    Column("collection_key", _text(), nullable=False),  # "" for sessions without a collection
    Column("question_key", _text(), nullable=False),
    Column("body", LargeBinary, nullable=False),
    UniqueConstraint("collection_key", "question_key"),
)

# Groups of users (fixtures, --group): the record whole, and one row per member naming the group's
# principal, so "may read" joins memberships to ``mock_readers`` without decoding a group.
groups = Table(
    "mock_groups",
    metadata,
    _pos(),
    Column("id", _text(), unique=True, nullable=False),
    Column("body", LargeBinary, nullable=False),
)

group_members = Table(
    "mock_group_members",
    metadata,
    Column("group_id", _text(), nullable=False),
    Column("username", _text(), nullable=False),
    Column("principal", _text(), nullable=False),
    PrimaryKeyConstraint("group_id", "username"),
    Index("mock_group_members_by_user", "username"),
)

# Controls of answers in flight (stop, finish, pause, resume), by question id: how a control given to one
# process reaches the stream another process serves. Transient: neither exported nor loaded.
controls = Table(
    "mock_controls",
    metadata,
    Column("question_id", _text(), primary_key=True),
    Column("action", String(16), nullable=False),
)

# Jobs: ``state`` is a column so a cancel and the runner can each claim a job with one conditional update.
jobs = Table(
    "mock_jobs",
    metadata,
    _pos(),
    Column("id", _text(), unique=True, nullable=False),
    Column("owner", _text(), nullable=False),
    Column("state", String(16), nullable=False),
    Column("body", LargeBinary, nullable=False),
    Index("mock_jobs_by_owner", "owner", "pos"),
)

# Files uploaded and not ingested yet; listed per owner in the order added.
uploads = Table(
    "mock_uploads",
    metadata,
    _pos(),
    Column("id", _text(), unique=True, nullable=False),
    Column("owner", _text(), nullable=False),
    Column("body", LargeBinary, nullable=False),
    Index("mock_uploads_by_owner", "owner", "pos"),
)
