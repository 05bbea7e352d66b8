"""The command line's options for uploads: how large one file, and one collection's documents, may be."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TypedDict

from .settings import Settings

__all__ = ["UploadLimits", "add_upload_arguments", "positive_int", "upload_limits"]


def positive_int(text: str) -> int:
    """A whole number of at least 1, for sizes."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def add_upload_arguments(p: argparse.ArgumentParser, env: Callable[[str, str], str]) -> None:
    """Add ``--max-upload-bytes`` and ``--max-collection-bytes``, each with its ``MOCK_*`` variable."""
    defaults = Settings()
    p.add_argument(
        "--max-upload-bytes",
        type=positive_int,
        default=env("MAX_UPLOAD_BYTES", str(defaults.max_upload_bytes)),
        metavar="BYTES",
        help=f"largest file one upload may be (MOCK_MAX_UPLOAD_BYTES, default {defaults.max_upload_bytes})",
    )
    p.add_argument(
        "--max-collection-bytes",
        type=positive_int,
        default=env("MAX_COLLECTION_BYTES", str(defaults.max_collection_bytes)),
        metavar="BYTES",
        help="most bytes of documents one collection may hold "
        f"(MOCK_MAX_COLLECTION_BYTES, default {defaults.max_collection_bytes})",
    )


class UploadLimits(TypedDict):
    """The settings the upload options give, by field name."""

    max_upload_bytes: int
    max_collection_bytes: int


def upload_limits(args: argparse.Namespace) -> UploadLimits:
    """The settings the upload options give, by field name."""
    return {"max_upload_bytes": args.max_upload_bytes, "max_collection_bytes": args.max_collection_bytes}
