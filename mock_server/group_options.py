"""The command line's options for who is who: groups of users (``--group ID=USER[,USER...]``) and admins."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

__all__ = ["add_admin_argument", "add_group_argument", "parse_groups"]


def add_group_argument(p: argparse.ArgumentParser, env: Callable[[str, str], str]) -> None:
    """Add ``--group``, repeatable, with ``MOCK_GROUPS`` (groups separated by ``;``)."""
    p.add_argument(
        "--group",
        action="append",
        default=[g for g in env("GROUPS", "").split(";") if g],
        metavar="ID=USER[,USER...]",
        help="declare a group of users (repeatable; MOCK_GROUPS=eng=alice,bob;ops=carol)",
    )


def add_admin_argument(
    p: argparse.ArgumentParser, env: Callable[[str, str], str], defaults: Sequence[str]
) -> None:
    """Add ``--admin USER``, repeatable, with ``MOCK_ADMINS`` (comma-separated)."""
    p.add_argument(
        "--admin",
        action="append",
        default=[a for a in env("ADMINS", "").split(",") if a],
        metavar="USER",
        help=f"make USER an h2oGPTe admin (repeatable; MOCK_ADMINS; default {','.join(defaults)})",
    )


def parse_groups(values: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Turn ``ID=user1,user2`` strings into groups, refusing malformed ones (``ArgumentTypeError``)."""
    groups: dict[str, tuple[str, ...]] = {}
    for value in values:
        group_id, sep, members = value.partition("=")
        names = tuple(dict.fromkeys(m for m in members.split(",") if m))
        if not sep or not group_id or not names:
            raise argparse.ArgumentTypeError(f"expected ID=USER[,USER...], got {value!r}")
        groups[group_id] = names
    return groups
