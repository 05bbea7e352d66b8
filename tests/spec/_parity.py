"""What the parity tests of openapi.yaml against the vendor's clients share: the JSON media type, the
spec's operations, and look-ups that fail a test with a clear message."""

from __future__ import annotations

import pytest

from ._spec import SpecOperation, operations, operations_by_id
from ._vendor import Vendor, VendorOperation, vendor_operations

__all__ = [
    "JSON",
    "OPERATION_NAMES",
    "fail_on",
    "operation_of",
    "spec_op",
]

JSON = "application/json"

# Every operation of the spec; each is checked against the vendor clients that have it.
OPERATION_NAMES = sorted(op.operation_id for op in operations())


def fail_on(problems: list[str]) -> None:
    """Fail with every mismatch found, if any."""
    if problems:
        pytest.fail(f"{len(problems)} mismatch(es):\n  " + "\n  ".join(problems), pytrace=False)


def operation_of(vendor: Vendor, name: str) -> VendorOperation | None:
    """The vendor client's operation of that name, if it has one."""
    return vendor_operations(vendor).get(name)


def spec_op(name: str) -> SpecOperation:
    """The spec's operation of that id; the test fails when there is none."""
    found = operations_by_id().get(name)
    if found is None:
        pytest.fail(f"openapi.yaml has no operation {name!r}", pytrace=False)
    return found
