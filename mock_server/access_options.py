"""The command-line flag that names the h2oGPTe admins (``--admin USER``, ``MOCK_ADMINS``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from .settings import Settings

__all__ = ["add_admin_flags", "admins_from"]


def add_admin_flags(parser: argparse.ArgumentParser, env: Callable[[str, str], str]) -> None:
    """Add ``--admin`` (repeatable) to ``parser``."""
    parser.add_argument(
        "--admin",
        action="append",
        default=[a for a in env("ADMINS", "").split(",") if a],
        metavar="USER",
        help=f"make USER an h2oGPTe admin (repeatable; MOCK_ADMINS; default {','.join(Settings().admins)})",
    )


def admins_from(args: argparse.Namespace) -> tuple[str, ...]:
    """The admins the flags name, or the default ones."""
    return tuple(args.admin) or Settings().admins
