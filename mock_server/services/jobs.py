"""Jobs: work that a ``*_job`` operation hands over, run at once or after the server's job time.

``submit`` records a job and either runs its work before answering (job time 0) or leaves it queued
until its due time, when ``run_due`` runs it (a timer calls it, and so does every read of a job, so a
client polling after the due time always finds it finished). A cancel before then means the work never
runs. The work is a plain callable, so it lives in the process that accepted the job.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Sequence

from msgspec.structs import replace

from ..clock import Clock, IdFactory
from ..domain import JobKind
from ..errors import ApiError
from ..store import JobRecord, JobState, Store
from ..wire import JobDetails
from .access import own_job
from .job_views import job_view

__all__ = ["JobService", "JobView", "Work"]

JobView = JobDetails
_log = logging.getLogger(__name__)
Work = Callable[[], None]


class JobService:
    """Jobs of the caller: submit, follow, cancel, delete."""

    def __init__(self, store: Store, clock: Clock, ids: IdFactory, seconds: float = 0.0) -> None:
        self._store = store
        self._clock = clock
        self._ids = ids
        self._seconds = seconds
        # Queued jobs of this process: id -> (due time, work).
        self._pending: dict[str, tuple[dt.datetime, Work]] = {}
        self._lock = threading.Lock()

    def submit(
        self,
        owner: str,
        kind: JobKind,
        name: str,
        work: Work,
        items: Sequence[str] = (),
        timeout: float | None = None,
    ) -> JobView:
        """Record a job of ``owner`` doing ``work``; an ``ApiError`` from the work fails the job."""
        now = self._clock.now()
        job = JobRecord(
            id=self._ids.new(),
            owner=owner,
            kind=kind.value,
            name=name,
            state="queued",
            created_at=now,
            updated_at=now,
            due_at=now + dt.timedelta(seconds=self._seconds),
            items=tuple(items),
            timeout=timeout,
        )
        if self._seconds <= 0:
            job = self._finish(replace(job, state="running"), work)
            self._store.add_job(job)
        else:
            with self._lock:
                self._pending[job.id] = (job.due_at, work)
            self._store.add_job(job)
        return job_view(job, self._clock.now())

    def get(self, user: str, job_id: str) -> JobView:
        """Return one of the user's jobs."""
        self.run_due()
        return job_view(own_job(self._store, user, job_id), self._clock.now())

    def page(self, user: str) -> list[JobView]:
        """Return the user's jobs, newest first."""
        self.run_due()
        now = self._clock.now()
        return [job_view(j, now) for j in self._store.list_jobs(user)]

    def cancel(self, user: str, job_id: str) -> JobView:
        """Cancel a job that has not run yet; a job that has already run stays as it ended."""
        self.run_due()
        job = own_job(self._store, user, job_id)
        now = self._clock.now()
        if job.state == "queued":
            canceled = replace(
                job,
                state="canceled",
                updated_at=now,
                finished_at=now,
                progress=job_view(job, now).progress,
                canceled_by=user,
                cancel_reason="Canceled by the user",
            )
            if self._store.replace_job(canceled, "queued"):
                self._forget(job_id)
                return job_view(canceled, now)
        return job_view(own_job(self._store, user, job_id), now)

    def delete(self, user: str, job_id: str) -> None:
        """Delete one of the user's jobs; a job that has not run yet never will."""
        self.run_due()
        job = own_job(self._store, user, job_id)
        if job.state == "queued":
            self._forget(job_id)
        self._store.delete_job(job_id)

    def run_due(self) -> None:
        """Run the work of this process's queued jobs whose time has come, each at most once."""
        if not self._pending:
            return
        now = self._clock.now()
        with self._lock:
            due = [job_id for job_id, (at, _) in self._pending.items() if at <= now]
            works = [(job_id, self._pending.pop(job_id)[1]) for job_id in due]
        for job_id, work in works:
            job = self._store.get_job(job_id)
            if job is None or job.state != "queued":
                continue  # canceled or deleted meanwhile
            running = replace(job, state="running", updated_at=self._clock.now())
            # Claimed from "queued": a cancel that got there first wins, and the work never runs.
            if self._store.replace_job(running, "queued"):
                self._store.replace_job(self._finish(running, work), "running")

    def _finish(self, job: JobRecord, work: Work) -> JobRecord:
        state: JobState = "completed"
        errors: tuple[str, ...] = ()
        try:
            work()
        except ApiError as exc:
            state, errors = "failed", (exc.message,)
        except Exception:
            # A bug in the work: the job fails rather than staying in progress for ever.
            _log.exception("job %s failed unexpectedly", job.id)
            state, errors = "failed", ("Internal server error",)
        now = self._clock.now()
        return replace(job, state=state, errors=errors, updated_at=now, finished_at=now)

    def _forget(self, job_id: str) -> None:
        with self._lock:
            self._pending.pop(job_id, None)
