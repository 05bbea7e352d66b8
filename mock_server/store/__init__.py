"""Where the mock server keeps its state."""

from .base import Store
from .memory import InMemoryStore
from .records import (
    CollectionRecord,
    DocumentRecord,
    MessageRecord,
    ReferenceRecord,
    SessionRecord,
    TemplateRecord,
)

__all__ = [
    "CollectionRecord",
    "DocumentRecord",
    "InMemoryStore",
    "MessageRecord",
    "ReferenceRecord",
    "SessionRecord",
    "Store",
    "TemplateRecord",
]
