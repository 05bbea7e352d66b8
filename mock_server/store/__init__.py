"""Where the mock server keeps its state: the interface, the records and the backends."""

from .base import DuplicateId, IncompatibleStore, Snapshot, Store, StoreUnavailable
from .jobs import JobRecord, JobState
from .memory import InMemoryStore
from .queries import CollectionQuery, SortColumn, TemplateQuery
from .records import (
    CollectionRecord,
    DocumentRecord,
    MessageRecord,
    ReferenceRecord,
    SessionRecord,
    TemplateRecord,
    UploadRecord,
)
from .scripts import ScriptedAnswer, ScriptedReference, question_key

__all__ = [
    "CollectionQuery",
    "CollectionRecord",
    "DocumentRecord",
    "DuplicateId",
    "InMemoryStore",
    "IncompatibleStore",
    "JobRecord",
    "JobState",
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
    "UploadRecord",
    "question_key",
]
