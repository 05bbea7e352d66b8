"""Jobs in a fixture: exported with every field, loaded back as they were."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import msgspec
from msgspec import Meta

from ..store import JobRecord, JobState

__all__ = ["FixtureJob", "job_fixture", "job_record"]


class FixtureJob(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A job as a fixture holds it; a hand-written one needs only who, what and how it ended."""

    id: str
    owner: str
    kind: str
    name: str
    state: JobState = "completed"
    created_at: dt.datetime
    updated_at: dt.datetime | None = None  # None: created_at
    due_at: dt.datetime | None = None  # None: created_at
    items: list[str] = []
    errors: list[str] = []
    finished_at: dt.datetime | None = None
    progress: Annotated[float, Meta(ge=0, le=1)] = 0.0
    canceled_by: str | None = None
    cancel_reason: str | None = None
    timeout: float | None = None


def job_fixture(job: JobRecord) -> FixtureJob:
    """A stored job as a fixture writes it."""
    fields = msgspec.structs.asdict(job)
    return FixtureJob(**{**fields, "items": list(job.items), "errors": list(job.errors)})


def job_record(job: FixtureJob) -> JobRecord:
    """A fixture's job as the store keeps it."""
    fields = msgspec.structs.asdict(job)
    return JobRecord(
        **{
            **fields,
            "updated_at": job.updated_at or job.created_at,
            "due_at": job.due_at or job.created_at,
            "items": tuple(job.items),
            "errors": tuple(job.errors),
        }
    )
