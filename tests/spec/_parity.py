"""What the parity tests of openapi.yaml against the vendor's clients share: media types, the error
statuses, the spec's operations, and look-ups that fail a test with a clear message."""

from __future__ import annotations

import pytest

from ._spec import SpecOperation, operations, operations_by_id
from ._vendor import VENDORS, Vendor, VendorOperation, vendor_operations

__all__ = [
    "ECHOED_FIELDS",
    "ERROR_STATUSES",
    "JSON",
    "JSONL",
    "MULTIPART",
    "OPERATION_NAMES",
    "fail_on",
    "operation_of",
    "spec_op",
    "vendors_with",
]

JSON = "application/json"
JSONL = "application/jsonl"
MULTIPART = "multipart/form-data"
# 403: the admin-only operations refuse others; 409: a state the request clashes with (group shares, limits).
ERROR_STATUSES = {"400", "401", "403", "404", "409", "413", "415", "500"}
# The server stores and echoes whichever spelling a client wrote; each client reads back its own vocabulary.
ECHOED_FIELDS = {("ChatSettings", "include_chat_history"), ("ChatSettings", "tags")}

# Every operation of the spec; each is checked against the vendor clients that have it.
OPERATION_NAMES = sorted(op.operation_id for op in operations())


def fail_on(problems: list[str]) -> None:
    """Fail with every mismatch found, if any."""
    if problems:
        pytest.fail(f"{len(problems)} mismatch(es):\n  " + "\n  ".join(problems), pytrace=False)


def operation_of(vendor: Vendor, name: str) -> VendorOperation | None:
    """The vendor client's operation of that name, if it has one."""
    return vendor_operations(vendor).get(name)


def vendors_with(name: str) -> list[Vendor]:
    """The vendor clients that have the operation."""
    return [v for v in VENDORS if operation_of(v, name) is not None]


def spec_op(name: str) -> SpecOperation:
    """The spec's operation of that id; the test fails when there is none."""
    found = operations_by_id().get(name)
    if found is None:
        pytest.fail(f"openapi.yaml has no operation {name!r}", pytrace=False)
    return found
