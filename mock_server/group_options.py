"""The command line's option for groups of users (``--group ID=USER[,USER...]``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

__all__ = ["add_group_argument", "parse_groups"]


def add_group_argument(p: argparse.ArgumentParser, env: Callable[[str, str], str]) -> None:
    """Add ``--group``, repeatable, with ``MOCK_GROUPS`` (groups separated by ``;``)."""
    p.add_argument(
        "--group",
        action="append",
        default=[g for g in env("GROUPS", "").split(";") if g],
        metavar="ID=USER[,USER...]",
        help="declare a group of users (repeatable; MOCK_GROUPS=eng=alice,bob;ops=carol)",
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
