"""The fixture's documents and uploads as store records."""

from __future__ import annotations

from ..domain.files import file_from_pages
from ..errors import BadRequest
from ..store import DocumentRecord, UploadRecord
from .format import _Document, _Upload

__all__ = ["document_record", "upload_record"]


def document_record(d: _Document) -> DocumentRecord:
    """A document as the fixture gives it."""
    return DocumentRecord(
        id=d.id,
        owner=d.owner,
        name=d.name,
        type=d.type,
        uri=d.uri,
        pages=tuple(d.pages),
        size=d.size if d.size is not None else sum(len(p.encode()) for p in d.pages),
        created_at=d.created_at,
        updated_at=d.updated_at or d.created_at,
        metadata=d.metadata,
        ingest_mode=d.ingest_mode,
        chunk_by_page=d.chunk_by_page,
        data=d.data,
    )


def upload_record(u: _Upload) -> UploadRecord:
    """An upload as given, its bytes or its pages made into a file (a real PDF for a ``.pdf`` name)."""
    if (u.data is None) == (u.pages is None):
        raise BadRequest(f"upload {u.id}: give either data or pages")
    data = u.data if u.data is not None else file_from_pages(u.filename, u.pages or [])
    return UploadRecord(
        id=u.id, owner=u.owner, filename=u.filename, data=data, created_at=u.created_at, uri=u.uri
    )
