"""The command line's option for how long jobs take."""

from __future__ import annotations

import argparse
from collections.abc import Callable

__all__ = ["add_job_arguments", "job_seconds"]


def job_seconds(text: str) -> float:
    """A job time: seconds, zero or more."""
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not seconds >= 0 or seconds == float("inf"):
        raise argparse.ArgumentTypeError(f"job time must be zero or more seconds, not {text!r}")
    return seconds


def add_job_arguments(p: argparse.ArgumentParser, env: Callable[[str, str], str]) -> None:
    """Add ``--job-seconds`` with its ``MOCK_JOB_SECONDS`` variable."""
    p.add_argument(
        "--job-seconds",
        type=job_seconds,
        default=env("JOB_SECONDS", "0"),
        metavar="SECONDS",
        help="how long each job (the *_job operations) takes before its work is done; 0 finishes it "
        "before the request answers (MOCK_JOB_SECONDS, default 0)",
    )
