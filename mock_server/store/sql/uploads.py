"""The SQL backend's uploads, and the one transaction that turns them into documents of a collection."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from ..base import DuplicateId
from ..records import CollectionRecord, DocumentRecord, UploadRecord
from .catalogue import _holdings, _replace_links
from .codec import collection_row, decode, encode, reader_rows
from .connections import Connections
from .schema import collection_documents, collections, readers, uploads
from .schema import documents as document_rows

__all__ = ["Uploads"]


class Uploads(Connections):
    """Uploads, on SQL."""

    def add_upload(self, upload: UploadRecord) -> None:
        """Insert an upload."""
        self._insert(uploads, {"id": upload.id, "owner": upload.owner, "body": encode(upload)}, "upload")

    def get_upload(self, upload_id: str) -> UploadRecord | None:
        """Return an upload by id."""
        with self._read() as conn:
            body = conn.execute(select(uploads.c.body).where(uploads.c.id == upload_id)).scalar()
        return None if body is None else decode(body, UploadRecord)

    def list_uploads(self, owner: str) -> list[UploadRecord]:
        """Return the owner's uploads, oldest first."""
        query = select(uploads.c.body).where(uploads.c.owner == owner).order_by(uploads.c.pos)
        with self._read() as conn:
            return [decode(body, UploadRecord) for body in conn.execute(query).scalars()]

    def delete_uploads(self, upload_ids: Sequence[str]) -> None:
        """Delete uploads, in one transaction."""
        with self._write() as conn:
            conn.execute(delete(uploads).where(uploads.c.id.in_(list(upload_ids))))

    def ingest_documents(
        self,
        documents: Sequence[DocumentRecord],
        collection: CollectionRecord,
        consumed_uploads: Sequence[str] = (),
    ) -> None:
        """Insert documents, replace their collection and delete the uploads they came from, in one
        transaction."""
        rows = [{"id": d.id, "owner": d.owner, "body": encode(d)} for d in documents]
        try:
            with self._write() as conn:
                if rows:
                    conn.execute(insert(document_rows), rows)
                done = conn.execute(
                    update(collections)
                    .where(collections.c.id == collection.id)
                    .values(collection_row(collection))
                )
                if done.rowcount:
                    _replace_links(conn, "collection", collection.id)
                    conn.execute(insert(readers), reader_rows("collection", collection))
                    if collection.document_ids:
                        conn.execute(insert(collection_documents), _holdings(collection))
                if consumed_uploads:
                    conn.execute(delete(uploads).where(uploads.c.id.in_(list(consumed_uploads))))
        except IntegrityError:
            raise DuplicateId(f"a document among {[d.id for d in documents]} exists") from None
