"""The job twins of ingestion: the same work as ``IngestionService``, run as a job the caller follows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..domain import JobKind
from ..store import Store
from .access import own_collection
from .ingestion import STANDARD, IngestionService, IngestOptions, UploadService
from .jobs import JobService, JobView

__all__ = ["IngestionJobs"]


class IngestionJobs:
    """Ingestion as jobs: what can be checked at once (the collection, the uploads) answers at once;
    what only reading the files finds (a damaged PDF, a type it cannot read, a size limit) fails the job
    with the reason."""

    def __init__(
        self, store: Store, jobs: JobService, ingestion: IngestionService, uploads: UploadService
    ) -> None:
        self._store = store
        self._jobs = jobs
        self._ingestion = ingestion
        self._uploads = uploads

    def ingest_uploads(
        self,
        owner: str,
        collection_id: str,
        upload_ids: Sequence[str],
        metadata: dict[str, Any] | None = None,
        options: IngestOptions = STANDARD,
        timeout: float = 300,
    ) -> JobView:
        """Submit a job ingesting the owner's uploads into the collection."""
        collection = own_collection(self._store, owner, collection_id)
        wanted = list(dict.fromkeys(upload_ids))
        names = [self._uploads.get(owner, upload_id).filename for upload_id in wanted]

        def work() -> None:
            self._ingestion.ingest_uploads(owner, collection_id, wanted, metadata, options)

        name = f"Ingesting {', '.join(names)} into {collection.name}"
        return self._jobs.submit(owner, JobKind.INGEST_UPLOADS, name, work, items=wanted, timeout=timeout)

    def ingest_plain_text(
        self,
        owner: str,
        collection_id: str,
        file_name: str,
        text: str,
        metadata: dict[str, Any] | None = None,
        timeout: float = 300,
    ) -> JobView:
        """Submit a job ingesting text as one document."""
        collection = own_collection(self._store, owner, collection_id)

        def work() -> None:
            self._ingestion.ingest_plain_text(owner, collection_id, file_name, text, metadata)

        name = f"Ingesting {file_name} into {collection.name}"
        return self._jobs.submit(owner, JobKind.INGEST_PLAIN_TEXT, name, work, timeout=timeout)
