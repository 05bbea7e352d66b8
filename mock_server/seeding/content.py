"""The fixture's documents and uploads as store records."""

from __future__ import annotations

from ..domain.extraction import file_type
from ..errors import BadRequest
from ..store import DocumentRecord, UploadRecord
from .format import _Document, _Upload
from .pdf import make_pdf

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
    )


def upload_record(u: _Upload) -> UploadRecord:
    """An upload as given, its bytes or its pages made into a file (a real PDF for a ``.pdf`` name)."""
    if (u.data is None) == (u.pages is None):
        raise BadRequest(f"upload {u.id}: give either data or pages")
    if u.data is not None:
        data = u.data
    elif file_type(u.filename) == "pdf":
        data = make_pdf(u.pages or [], title=u.filename)
    else:
        data = "\f".join(u.pages or []).encode()
    return UploadRecord(
        id=u.id, owner=u.owner, filename=u.filename, data=data, created_at=u.created_at, uri=u.uri
    )
