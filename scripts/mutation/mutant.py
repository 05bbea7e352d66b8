"""What a planted bug is, and the classes of bugs the harness covers."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CLASSES", "Mutant"]

CLASSES = (
    "status code",
    "missing/mistyped field",
    "paging",
    "count",
    "read-your-writes",
    "delete",
    "isolation",
    "sharing",
    "streaming",
    "5xx",
)


@dataclass(frozen=True)
class Mutant:
    """One planted bug."""

    name: str
    kind: str
    description: str
    file: str
    old: str
    new: str
