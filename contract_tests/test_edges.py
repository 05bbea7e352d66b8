"""Boundary values on purpose, for every operation: no 5xx and only documented statuses.

Random generation finds a 500 for a blank name only when it happens to draw one; here each operation
gets, deterministically and one at a time: empty, blank and maximum-length strings, 0, the minimum and
maximum of integers and one past each, empty lists and objects, an empty body and no body, for each of
its query parameters and top-level body fields, on the first user's own records.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .payloads import written_body
from .seeding import seed
from .spec import Operation, operations, resolve
from .users import User, describe

BLANKS = ("", " ", " \t\n ")
Variant = tuple[str, dict[str, Any]]


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    return set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()


def edge_values(schema: dict[str, Any]) -> list[Any]:
    """The boundary values of one schema."""
    schema = resolve(schema)
    kinds = _types(schema)
    values: list[Any] = []
    for branch in schema.get("oneOf", []) + schema.get("anyOf", []):
        values += edge_values(branch)
    if "string" in kinds:
        values += list(BLANKS)
        if "maxLength" in schema:
            values += ["x" * schema["maxLength"], "x" * (schema["maxLength"] + 1)]
    if "integer" in kinds:
        low, high = schema.get("minimum"), schema.get("maximum")
        values += [0, -1] + [v for v in (low, high) if v is not None]
        values += [
            v
            for v in ((low - 1) if low is not None else None, (high + 1) if high is not None else None)
            if v is not None
        ]
    if "array" in kinds:
        values.append([])
    if "object" in kinds:
        values.append({})
    unique: dict[str, Any] = {}
    for value in values:
        unique.setdefault(repr(value), value)
    return list(unique.values())


def variants(operation: Operation, ids: dict[str, str]) -> Iterator[Variant]:
    """(description, request keyword arguments) for each boundary value of ``operation``."""
    body = written_body(operation, ids, "edge")
    base: dict[str, Any] = {"params": {n: ids[n] for n in operation.parameters("query") if n in ids}}
    if body is not None:
        base["json"] = body
    for name, parameter in operation.parameters("query").items():
        for value in edge_values(parameter.get("schema", {})):
            yield f"query {name}={value!r:.40}", {**base, "params": {**base["params"], name: value}}
    media = operation.body_media()
    if media is not None and media[0] == "application/json":
        for name, schema in media[1].get("properties", {}).items():
            for value in edge_values(schema):
                yield f"body {name}={value!r:.40}", {**base, "json": {**(body or {}), name: value}}
        yield "empty body {}", {**base, "json": {}}
        yield "no body", {"params": base["params"]}
    if not operation.parameters("query") and media is None:
        yield "as is", base


@pytest.mark.parametrize("operation", list(operations().values()), ids=list(operations()))
def test_boundary_values_get_no_5xx(operation: Operation, first: User) -> None:
    seeded = seed(first)
    ids = {**seeded.ids(), "username": first.username}
    problems = []
    for description, kwargs in variants(operation, ids):
        response = first.run(operation, ids, **kwargs)
        status = response.status_code
        if status >= 500 or str(status) not in operation.statuses:
            problems.append(f"{description}: {describe(response)}")
    assert not problems, f"{operation.id}:\n" + "\n".join(problems)
