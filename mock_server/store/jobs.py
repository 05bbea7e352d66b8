"""What the store keeps of a job: who asked, what it does, and where it stands."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import msgspec

__all__ = ["JobRecord", "JobState"]

# ``queued`` and ``running`` both read as "in progress"; they differ so that a cancel can never land
# while the work is being done: it only turns a queued job into a canceled one.
JobState = Literal["queued", "running", "completed", "failed", "canceled"]


class JobRecord(msgspec.Struct, frozen=True, kw_only=True):
    """A job of ``owner``; its work runs at ``due_at`` (at once when the server's job time is 0)."""

    id: str
    owner: str
    kind: str
    name: str
    state: JobState
    created_at: dt.datetime
    updated_at: dt.datetime
    due_at: dt.datetime
    # The ids the job acts on, each reported in ``statuses``.
    items: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    finished_at: dt.datetime | None = None
    # Fixed when the job is canceled; otherwise it follows from the times.
    progress: float = 0.0
    canceled_by: str | None = None
    cancel_reason: str | None = None
    timeout: float | None = None
