"""Wire types of jobs: the job as a client follows it, and the bodies that start one."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from msgspec import Meta

from .base import RequestBody, WireModel

__all__ = [
    "CreateImportCollectionToCollectionJobRequest",
    "CreateInsertDocumentToCollectionJobRequest",
    "DeleteChatSessionsJobRequest",
    "DeleteCollectionsJobRequest",
    "DeleteDocumentsJobRequest",
    "JobDetails",
    "JobDetailsStatus",
    "JobStatus",
    "MigrateCollectionChatSessionsJobRequest",
]

# The 1.7.5 client validates ``overall_status`` against exactly these.
JobStatus = Literal["in progress", "completed", "failed", "canceled"]
_Fraction = Annotated[float, Meta(ge=0, le=1)]


class JobDetailsStatus(WireModel):
    """Where one of the job's items stands."""

    id: str
    status: str


class JobDetails(WireModel):
    """A job: what it does, where it stands, and what went wrong."""

    id: str
    name: str
    overall_status: JobStatus
    passed_percentage: _Fraction
    failed_percentage: _Fraction
    progress: _Fraction
    created_at: dt.datetime
    updated_at: dt.datetime
    kind: str
    statuses: list[JobDetailsStatus]
    errors: list[str]
    duration: str
    duration_seconds: Annotated[float, Meta(ge=0)]
    status: str | None = None
    canceled_by: str | None = None
    cancel_reason: str | None = None
    timeout: float | None = None
    start_time: float | None = None
    files_total: int | None = None
    files_failed: int | None = None


class DeleteChatSessionsJobRequest(RequestBody):
    """The chat sessions a job deletes."""

    session_ids: list[str]


class DeleteCollectionsJobRequest(RequestBody):
    """The collections a job deletes."""

    collection_ids: list[str]


class DeleteDocumentsJobRequest(RequestBody):
    """The documents a job deletes (or takes out of a collection)."""

    document_ids: list[str]


class CreateInsertDocumentToCollectionJobRequest(RequestBody):
    """The document a job adds to a collection."""

    document_id: str


class CreateImportCollectionToCollectionJobRequest(RequestBody):
    """The collection whose documents a job adds to another."""

    source_collection_id: str


class MigrateCollectionChatSessionsJobRequest(RequestBody):
    """The collection a job moves a collection's chat sessions to."""

    target_collection_id: str
