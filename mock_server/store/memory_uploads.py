"""Uploads of the in-memory backend, and the one step that turns them into documents of a collection."""

from __future__ import annotations

from collections.abc import Sequence

from .base import DuplicateId
from .records import CollectionRecord, DocumentRecord, UploadRecord

__all__ = ["UploadTables"]


class UploadTables:
    """Uploads by id, in the order added."""

    _documents: dict[str, DocumentRecord]
    _collections: dict[str, CollectionRecord]

    def _clear_uploads(self) -> None:
        self._uploads: dict[str, UploadRecord] = {}

    def add_upload(self, upload: UploadRecord) -> None:
        """Insert an upload."""
        if upload.id in self._uploads:
            raise DuplicateId(f"upload {upload.id} exists")
        self._uploads[upload.id] = upload

    def get_upload(self, upload_id: str) -> UploadRecord | None:
        """Return an upload by id."""
        return self._uploads.get(upload_id)

    def list_uploads(self, owner: str) -> list[UploadRecord]:
        """Return the owner's uploads, oldest first."""
        return [u for u in self._uploads.values() if u.owner == owner]

    def delete_uploads(self, upload_ids: Sequence[str]) -> None:
        """Delete uploads."""
        for upload_id in upload_ids:
            self._uploads.pop(upload_id, None)

    def ingest_documents(
        self,
        documents: Sequence[DocumentRecord],
        collection: CollectionRecord,
        consumed_uploads: Sequence[str] = (),
    ) -> None:
        """Insert documents, replace their collection and delete the uploads they came from, at once."""
        for document in documents:
            if document.id in self._documents:
                raise DuplicateId(f"document {document.id} exists")
        for document in documents:
            self._documents[document.id] = document
        if collection.id in self._collections:
            self._collections[collection.id] = collection
        self.delete_uploads(consumed_uploads)
