"""Read-your-writes and delete-means-gone, for every operation the spec marks with ``x-contract``.

- ``read-back``: after the create or update succeeds, the read returns every field that was written (and
  ``clears`` fields read as null);
- ``gone``: after the delete succeeds, the read answers 404, the record is in none of the lists, and each
  list's count (``x-contract.count``) dropped by one.
"""

from __future__ import annotations

from typing import Any

import pytest

from .payloads import differences, query_ids, written_body
from .seeding import Seed, seed
from .spec import Operation, operations
from .target import path_of
from .users import User, describe

WRITES = [op for op in operations().values() if "read-back" in op.contract]
DELETES = [op for op in operations().values() if "gone" in op.contract]


def _body_ids(user: User, seeded: Seed) -> dict[str, str]:
    """Ids a write puts into its body or query: records the seeded ones do not point at yet."""
    # A collection the seeded session is not on yet, so pointing the session at it is a visible change.
    return {
        "collection_id": user.new_collection("contract-tests other"),
        "prompt_template_id": seeded.prompt_template_id,
    }


def _fill_before_clearing(
    user: User, operation: Operation, ids: dict[str, str], body_ids: dict[str, str]
) -> None:
    """Give the fields a ``clears`` write empties a value first (with the PUT on the same path), so that
    clearing them is a visible change."""
    setter = next(
        (op for op in operations().values() if op.path == operation.path and op.method == "PUT"), None
    )
    if setter is not None:
        response = user.run(setter, ids, json=written_body(setter, body_ids, "set"))
        assert 200 <= response.status_code < 300, f"setting up {operation.id}: {describe(response)}"
    read = user.run(operations()[operation.contract["read-back"]], ids).json()
    empty = [name for name in operation.contract["clears"] if read.get(name) is None]
    assert not empty, f"cannot test {operation.id}: {empty} already empty before it"


@pytest.mark.parametrize("operation", WRITES, ids=[op.id for op in WRITES])
def test_read_your_writes(operation: Operation, first: User) -> None:
    seeded = seed(first)
    ids = seeded.ids()
    body_ids = _body_ids(first, seeded)
    if "clears" in operation.contract:
        _fill_before_clearing(first, operation, ids, body_ids)
    body = written_body(operation, body_ids, f"rw-{operation.id}")
    params = query_ids(operation, body_ids if operation.method != "POST" else ids)
    response = first.run(operation, ids, json=body, params=params)
    assert response.status_code == operation.success_status(), describe(response)
    read_op = operations()[operation.contract["read-back"]]
    read_ids = dict(ids)
    if operation.method == "POST" and response.status_code == 201:
        read_ids[read_op.path_names[0]] = str(response.json()["id"])
    read = first.run(read_op, read_ids)
    assert read.status_code == 200, describe(read)
    written: dict[str, Any] = {**(body or {}), **params}
    problems = differences(written, read.json(), read_op.response_schema())
    problems += [
        f"{name}: cleared, read {read.json().get(name)!r}"
        for name in operation.contract.get("clears", [])
        if read.json().get(name) is not None
    ]
    assert not problems, f"{operation.id} then {read_op.id}: {problems}"
    if response.content and response.headers.get("content-type", "").startswith("application/json"):
        # The write's own answer describes the record as stored, too.
        echoed = differences(written, response.json(), operation.response_schema())
        assert not echoed, f"{operation.id}'s response: {echoed}"


def _victim(user: User, operation: Operation, seeded: Seed) -> dict[str, str]:
    """Ids for a record that ``operation`` may delete: a new one made by the operation linked to it."""
    ids = seeded.ids()
    gone = operation.contract["gone"]
    if "setup" in gone:
        response = user.run(operations()[gone["setup"]], ids)
        assert response.status_code < 300, f"setting up {operation.id}: {describe(response)}"
        return ids
    creator = next(op for op in operations().values() if _links_to(op, operation.id) and op.method == "POST")
    body = written_body(creator, ids, "victim")
    response = user.run(creator, ids, json=body, params=query_ids(creator, ids))
    assert response.status_code == creator.success_status(), f"creating a victim: {describe(response)}"
    return {**ids, gone["id"]: str(response.json()["id"])}


def _links_to(operation: Operation, target_id: str) -> bool:
    responses = operation.raw.get("responses", {}).values()
    return any(
        link.get("operationId") == target_id for r in responses for link in r.get("links", {}).values()
    )


def _listed(user: User, list_op: Operation, ids: dict[str, str]) -> tuple[list[str], int | None]:
    """(ids in the whole list, its count) as the user sees them."""
    items = user.ok(list_op.method, path_of(list_op.path, ids), params={"limit": _max_limit(list_op)})
    count = None
    if "count" in list_op.contract:
        count_op = operations()[list_op.contract["count"]]
        count = int(user.ok(count_op.method, path_of(count_op.path, ids))["count"])
    return [str(item.get("id")) for item in items], count


def _max_limit(list_op: Operation) -> int:
    return int(list_op.parameters("query")["limit"]["schema"].get("maximum", 1000))


@pytest.mark.parametrize("operation", DELETES, ids=[op.id for op in DELETES])
def test_delete_means_gone(operation: Operation, first: User) -> None:
    seeded = seed(first)
    ids = _victim(first, operation, seeded)
    gone = operation.contract["gone"]
    victim = ids[gone["id"]]
    lists = [operations()[name] for name in gone.get("lists", [])]
    before = {op.id: _listed(first, op, ids) for op in lists}
    for op_id, (listed, _) in before.items():
        assert victim in listed, f"{op_id} does not list {victim} before the delete: {listed}"
    response = first.run(operation, ids)
    assert response.status_code == operation.success_status(), describe(response)
    if "read" in gone:
        read = first.run(operations()[gone["read"]], ids)
        assert read.status_code == 404, f"read after {operation.id}: {describe(read)}"
    for op in lists:
        listed, count = _listed(first, op, ids)
        assert victim not in listed, f"{op.id} still lists {victim} after {operation.id}"
        old_count = before[op.id][1]
        if count is not None and old_count is not None:
            assert count == old_count - 1, (
                f"{op.contract['count']}: {old_count} before {operation.id}, {count} after"
            )
        assert len(listed) == len(before[op.id][0]) - 1, (
            f"{op.id}: {len(before[op.id][0])} before, {len(listed)} after"
        )
