"""Jobs of the in-memory backend."""

from __future__ import annotations

import threading

from .base import DuplicateId
from .jobs import JobRecord, JobState

__all__ = ["JobTables"]


class JobTables:
    """Jobs by id, in the order added."""

    def _clear_jobs(self) -> None:
        self._jobs: dict[str, JobRecord] = {}
        # Jobs run from a timer as well as from requests: a compare-and-set must not interleave.
        self._jobs_lock = threading.Lock()

    def add_job(self, job: JobRecord) -> None:
        """Insert a job."""
        with self._jobs_lock:
            if job.id in self._jobs:
                raise DuplicateId(f"job {job.id} exists")
            self._jobs[job.id] = job

    def get_job(self, job_id: str) -> JobRecord | None:
        """Return a job by id."""
        return self._jobs.get(job_id)

    def list_jobs(self, owner: str) -> list[JobRecord]:
        """Return the owner's jobs, newest first."""
        return [j for j in reversed(self._jobs.values()) if j.owner == owner]

    def replace_job(self, job: JobRecord, expected: JobState) -> bool:
        """Replace a job if the stored one is in state ``expected``; say whether it was."""
        with self._jobs_lock:
            stored = self._jobs.get(job.id)
            if stored is None or stored.state != expected:
                return False
            self._jobs[job.id] = job
            return True

    def delete_job(self, job_id: str) -> None:
        """Delete a job."""
        with self._jobs_lock:
            self._jobs.pop(job_id, None)
