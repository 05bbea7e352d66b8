"""Request bodies and parameters built from the spec: every writable field with a recognisable value.

Read-your-writes needs a value that differs from what is stored, so free-text fields get a marker unique
to the test; enums get their last value; ids come from the records the test set up. A read compared with
what was written must show each written field that its own schema declares.
"""

from __future__ import annotations

import copy
from typing import Any

from .spec import Operation, resolve

__all__ = ["differences", "plain_string", "query_ids", "written_body"]


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    return set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()


def plain_string(schema: dict[str, Any]) -> bool:
    """A free-text string field (no enum, format or pattern to respect, nor a choice of them)."""
    return "string" in _types(schema) and not {"enum", "format", "pattern", "anyOf", "oneOf"} & set(schema)


def _value(name: str, schema: dict[str, Any], marker: str) -> Any:
    """A value for a field, or ``...`` to leave it as the example has it."""
    if plain_string(schema):
        text = f"{marker} {name}"
        return text[: schema.get("maxLength", len(text))]
    enum = [v for v in schema.get("enum", []) if v is not None]
    if enum:
        return enum[-1]
    items = resolve(schema.get("items", {}))
    if "array" in _types(schema) and plain_string(items):
        return [f"{marker} {name}"]
    return ...


def written_body(operation: Operation, ids: dict[str, str], marker: str) -> dict[str, Any] | None:
    """A JSON body for ``operation`` that writes every field it can with a recognisable value."""
    media = operation.body_media()
    if media is None or media[0] != "application/json":
        return None
    schema = media[1]
    example = operation.body_example()
    body: dict[str, Any] = copy.deepcopy(example) if isinstance(example, dict) else {}
    for name, raw in schema.get("properties", {}).items():
        if name.endswith("_id"):
            if name in ids:
                body[name] = ids[name]
            continue
        value = _value(name, resolve(raw), marker)
        if value is not ...:
            body[name] = value
    return body


def query_ids(operation: Operation, ids: dict[str, str]) -> dict[str, str]:
    """Query parameters of ``operation`` that name a record, filled from ``ids``."""
    return {name: ids[name] for name in operation.parameters("query") if name in ids}


def differences(written: dict[str, Any], read: Any, schema: dict[str, Any], where: str = "") -> list[str]:
    """Fields of ``written`` that ``read`` (declared by ``schema``) does not return as written."""
    if not isinstance(read, dict):
        return [f"{where or 'body'}: expected an object, read {read!r}"]
    declared = set(resolve(schema).get("properties", {})) or set(read)
    found = []
    for name, value in written.items():
        if name not in declared:
            continue
        if name not in read:
            found.append(f"{where}{name}: written {value!r}, missing from the read")
        elif isinstance(value, dict) and isinstance(read[name], dict):
            sub = resolve(resolve(schema).get("properties", {}).get(name, {}))
            found += differences(value, read[name], sub if "properties" in sub else {}, f"{where}{name}.")
        elif read[name] != value:
            found.append(f"{where}{name}: written {value!r}, read {read[name]!r}")
    return found
