"""A stored job as a client sees it: status, progress and duration derived from its times."""

from __future__ import annotations

import datetime as dt

from ..store import JobRecord
from ..wire import JobDetails, JobDetailsStatus, JobStatus

__all__ = ["job_view"]

# A queued job never shows 100 % before its work has run.
_MOST_BEFORE_DONE = 0.99
_OVERALL: dict[str, JobStatus] = {
    "queued": "in progress",
    "running": "in progress",
    "completed": "completed",
    "failed": "failed",
    "canceled": "canceled",
}
_STATUS_LINE = {
    "queued": "Waiting to run",
    "running": "Running",
    "completed": "Done",
    "failed": "Failed",
    "canceled": "Canceled",
}


def job_view(job: JobRecord, now: dt.datetime) -> JobDetails:
    """Describe a job as of ``now``."""
    overall = _OVERALL[job.state]
    end = job.finished_at or now
    seconds = max((end - job.created_at).total_seconds(), 0.0)
    return JobDetails(
        id=job.id,
        name=job.name,
        overall_status=overall,
        status=_STATUS_LINE[job.state],
        passed_percentage=1.0 if job.state == "completed" else 0.0,
        failed_percentage=1.0 if job.state == "failed" else 0.0,
        progress=_progress(job, now),
        created_at=job.created_at,
        updated_at=job.updated_at,
        kind=job.kind,
        statuses=[JobDetailsStatus(id=item, status=overall) for item in job.items],
        errors=list(job.errors),
        duration=f"{seconds:.3f}s",
        duration_seconds=seconds,
        canceled_by=job.canceled_by,
        cancel_reason=job.cancel_reason,
        timeout=job.timeout,
        start_time=job.created_at.timestamp(),
    )


def _progress(job: JobRecord, now: dt.datetime) -> float:
    """Done jobs are at 1; a canceled one where it stopped; a queued one rises with the time it waited."""
    if job.state in ("completed", "failed"):
        return 1.0
    if job.state == "canceled":
        return job.progress
    if job.state == "running":
        return _MOST_BEFORE_DONE
    total = (job.due_at - job.created_at).total_seconds()
    waited = (now - job.created_at).total_seconds()
    return min(max(waited / total, 0.0), _MOST_BEFORE_DONE) if total > 0 else 0.0
