"""One SQL backend for SQLite (``--data PATH``) and PostgreSQL (``--database-url``), over SQLAlchemy Core."""

from .engine import IncompatibleStore
from .store import SqlStore

__all__ = ["IncompatibleStore", "SqlStore"]
