"""The SQL backend's jobs."""

from __future__ import annotations

from sqlalchemy import delete, select, update

from ..jobs import JobRecord, JobState
from .codec import decode, encode
from .connections import Connections
from .schema import jobs

__all__ = ["JobRows", "job_row"]


def job_row(job: JobRecord) -> dict[str, object]:
    """The columns of a job."""
    return {"id": job.id, "owner": job.owner, "state": job.state, "body": encode(job)}


class JobRows(Connections):
    """Jobs, on SQL."""

    def add_job(self, job: JobRecord) -> None:
        """Insert a job."""
        self._insert(jobs, job_row(job), "job")

    def get_job(self, job_id: str) -> JobRecord | None:
        """Return a job by id."""
        with self._read() as conn:
            body = conn.execute(select(jobs.c.body).where(jobs.c.id == job_id)).scalar()
        return None if body is None else decode(body, JobRecord)

    def list_jobs(self, owner: str) -> list[JobRecord]:
        """Return the owner's jobs, newest first."""
        query = select(jobs.c.body).where(jobs.c.owner == owner).order_by(jobs.c.pos.desc())
        with self._read() as conn:
            return [decode(body, JobRecord) for body in conn.execute(query).scalars()]

    def replace_job(self, job: JobRecord, expected: JobState) -> bool:
        """Replace a job if the stored one is in state ``expected``, in one conditional update."""
        with self._write() as conn:
            done = conn.execute(
                update(jobs).where(jobs.c.id == job.id, jobs.c.state == expected).values(job_row(job))
            )
            return bool(done.rowcount)

    def delete_job(self, job_id: str) -> None:
        """Delete a job."""
        with self._write() as conn:
            conn.execute(delete(jobs).where(jobs.c.id == job_id))
