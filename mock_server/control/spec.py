"""Which error statuses the contract documents for each operation, read from its OpenAPI document."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

__all__ = ["documented_error_statuses"]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@cache
def documented_error_statuses(spec_path: Path) -> dict[str, frozenset[int]]:
    """Map every operationId to the 4xx/5xx statuses its responses list."""
    # The C loader when PyYAML has it: the contract is large and this runs on the way to a first answer.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec = yaml.load(spec_path.read_text(encoding="utf-8"), Loader=loader)
    statuses: dict[str, frozenset[int]] = {}
    for item in spec.get("paths", {}).values():
        for method in _METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            codes = (str(code) for code in operation.get("responses", {}))
            statuses[operation["operationId"]] = frozenset(
                int(code) for code in codes if code.isdigit() and 400 <= int(code) <= 599
            )
    return statuses
