"""Where the mock server keeps its state: the interface, the records and the backends."""

from .base import DuplicateId, IncompatibleStore, Snapshot, Store, StoreUnavailable
from .memory import InMemoryStore
from .queries import CollectionQuery, SortColumn, TemplateQuery
from .records import (
    CollectionRecord,
    DocumentRecord,
    GroupRecord,
    MessageRecord,
    ReferenceRecord,
    SessionRecord,
    TemplateRecord,
)
from .scripts import ScriptedAnswer, ScriptedReference, question_key

__all__ = [
    "CollectionQuery",
    "CollectionRecord",
    "DocumentRecord",
    "DuplicateId",
    "GroupRecord",
    "InMemoryStore",
    "IncompatibleStore",
    "MessageRecord",
    "ReferenceRecord",
    "ScriptedAnswer",
    "ScriptedReference",
    "SessionRecord",
    "Snapshot",
    "SortColumn",
    "Store",
    "StoreUnavailable",
    "TemplateQuery",
    "TemplateRecord",
    "question_key",
]
