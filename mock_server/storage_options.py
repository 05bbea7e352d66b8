"""The command line's options for where the data lives, how many processes share it, and (through
``upload_options``) how large the files users upload may be."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from .settings import Settings
from .upload_options import add_upload_arguments, upload_limits

__all__ = ["add_storage_arguments", "check_storage", "upload_limits"]


def add_storage_arguments(p: argparse.ArgumentParser, env: Callable[[str, str], str]) -> None:
    """Add ``--data``, ``--database-url``, ``--workers`` and the upload limits, each with its ``MOCK_*``
    variable."""
    p.add_argument(
        "--data",
        type=Path,
        default=env("DATA", "") or None,
        metavar="PATH",
        help="keep the data in this SQLite file, created with the start-up data if new (MOCK_DATA)",
    )
    p.add_argument(
        "--database-url",
        default=env("DATABASE_URL", "") or None,
        metavar="postgresql://USER@HOST/DB",
        help="keep the data in this PostgreSQL database; several servers may share it (MOCK_DATABASE_URL)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=int(env("WORKERS", "1")),
        metavar="N",
        help="server processes sharing the port and the data; needs --data or --database-url (MOCK_WORKERS)",
    )
    add_upload_arguments(p, env)


def check_storage(settings: Settings) -> None:
    """Raise ``ValueError`` if the storage options contradict each other."""
    if settings.data is not None and settings.database_url is not None:
        raise ValueError("give --data or --database-url, not both")
    if settings.workers < 1:
        raise ValueError("--workers must be at least 1")
    if settings.workers > 1 and settings.data is None and settings.database_url is None:
        raise ValueError(
            "--workers above 1 needs --data or --database-url: each worker would hold its own data"
        )
