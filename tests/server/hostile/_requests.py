"""The spec's operations as targets, and what every answer to a hostile request must look like."""

from __future__ import annotations

from typing import Any

from contract_tests.profiles import ci_requested
from mock_server import API_PREFIX
from tests.spec._spec import SpecOperation, operations

__all__ = ["EXAMPLES", "OPERATIONS", "PNG", "assert_documented_error", "url_of"]

OPERATIONS = list(operations())
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
# The deep profile (CI=true) goes deeper on the in-memory backend only: a database's own limits are met by
# the quick profile's examples too, and CI has 20 minutes for everything.
EXAMPLES = {"memory": 35 if ci_requested() else 25, "sqlite": 25, "postgresql": 25}


def url_of(op: SpecOperation, ids: dict[str, str]) -> str:
    """The operation's URL with its path parameters filled from ``ids`` ("x" where none is given)."""
    return API_PREFIX + op.path.format(**{name: ids.get(name, "x") for _, name in op.parameters()})


def assert_documented_error(op: SpecOperation, response: Any) -> None:
    """A 2xx, or a status the operation documents with the spec's Error body; never a 5xx."""
    status = response.status_code
    assert status < 500, f"{op.method} {op.path}: {status} {response.text[:300]}"
    if status < 300:
        return
    assert str(status) in op.responses(), (
        f"{op.method} {op.path}: undocumented {status} {response.text[:300]}"
    )
    body = response.json()
    assert body["code"] == status and isinstance(body["message"], str) and body["message"], body
