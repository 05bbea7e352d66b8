"""openapi.yaml against the vendor's generated clients, on what they read: each operation's success responses
and documented errors, and the response models of both clients, property by property (what the clients send
is in `test_vendor_requests.py`). Each test collects every mismatch before failing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pydantic
import pytest

from ._annotations import field_admits, model_fields_by_alias
from ._parity import (
    JSON,
    OPERATION_NAMES,
    fail_on,
    operation_of,
    spec_op,
)
from ._spec import SpecOperation, operations, ref_name, resolve, schema_types
from ._vendor import VENDORS, Vendor, VendorOperation

JSONL = "application/jsonl"
# 403: the admin-only operations refuse others; 409: a state the request clashes with (group shares, limits).
ERROR_STATUSES = {"400", "401", "403", "404", "409", "413", "415", "500"}
# The server stores and echoes whichever spelling a client wrote; each client reads back its own vocabulary.
ECHOED_FIELDS = {("ChatSettings", "include_chat_history"), ("ChatSettings", "tags")}


# --------------------------------------------------------------------------- responses


# Bodies 1.7.5 parses without a model, and the spec's inline schema for each.
_PLAIN_BODIES = {"Dict[str, object]": ("object", "<free-form>"), "List[str]": ("array", "string")}


def _vendor_schema_shape(type_name: str | None) -> tuple[str, str] | None:
    """'List[ChatSession]' -> ('array', 'ChatSession'); 'Count' -> ('object', 'Count')."""
    if type_name is None:
        return None
    if type_name in _PLAIN_BODIES:
        return _PLAIN_BODIES[type_name]
    if type_name.startswith("List[") and type_name.endswith("]"):
        return "array", type_name[5:-1]
    return "object", type_name


# Our schema names where they differ from the vendor's model names (the shape is the same).
RENAMED_SCHEMAS = {"ArchivedChatSessions": "ListArchivedChatSessionsAsAdmin200Response"}


def _spec_schema_shape(schema: dict[str, Any]) -> tuple[str, str] | None:
    # A body that may be null (``anyOf: [$ref, null]``) is the referenced model or None to the clients.
    variants = [s for s in schema.get("anyOf", []) if s.get("type") != "null"]
    if len(variants) == 1 and len(schema["anyOf"]) == 2:
        schema = variants[0]
    if (name := ref_name(schema)) is not None:
        return "object", RENAMED_SCHEMAS.get(name, name)
    if schema.get("type") == "array" and (name := ref_name(schema.get("items"))) is not None:
        return "array", name
    if schema.get("type") == "array" and schema.get("items", {}).get("type") == "string":
        return "array", "string"
    if schema.get("type") == "object" and schema.get("additionalProperties") is True:
        return "object", "<free-form>"
    return None


def _check_success(
    name: str, code: str, response: dict[str, Any], vendor: Vendor, vendor_op: VendorOperation
) -> Iterator[str]:
    content = response.get("content", {})
    if code == "204":
        if content:
            yield f"{name}: 204 must not have a body, has {sorted(content)}"
        return
    if sorted(content) != sorted(vendor_op.accept):
        yield f"{name} {code}: media types {sorted(content)}, {vendor.label} accepts {vendor_op.accept}"
    wanted = _vendor_schema_shape(vendor_op.response_types[code])
    if wanted is not None and vendor.model(wanted[1]) is not None:
        wanted = (wanted[0], "Error" if wanted[1] == vendor.error_model else wanted[1])
    got = _spec_schema_shape(content.get(JSON, {}).get("schema", {}))
    if got != wanted:
        parsed = vendor_op.response_types[code]
        yield f"{name} {code}: application/json schema {got}, {vendor.label} parses {parsed!r}"


@pytest.mark.parametrize("name", OPERATION_NAMES)
def test_success_responses_match_the_vendors(name: str) -> None:
    responses = spec_op(name).responses()
    spec_codes = sorted(c for c in responses if c.startswith("2"))
    problems = []
    for vendor in VENDORS:
        vendor_op = operation_of(vendor, name)
        if vendor_op is None:
            continue
        if spec_codes != sorted(vendor_op.success_codes):
            problems.append(
                f"{name}: 2xx {spec_codes}, {vendor.label} expects {sorted(vendor_op.success_codes)}"
            )
            continue
        for code in spec_codes:
            problems += _check_success(name, code, responses[code], vendor, vendor_op)
    fail_on(problems)


def test_completion_offers_json_and_json_lines() -> None:
    content = spec_op("get_completion").responses()["200"]["content"]
    assert sorted(content) == [JSON, JSONL]
    for vendor in VENDORS:
        vendor_op = operation_of(vendor, "get_completion")
        assert vendor_op is not None and vendor_op.accept == [JSON, JSONL], vendor.label
    assert ref_name(content[JSON]["schema"]) == "ChatCompletion"
    stream_line = resolve(content[JSONL]["schema"])
    assert sorted(ref_name(s) or "" for s in stream_line["oneOf"]) == ["ChatCompletionDelta", "ChatError"]


def _constrained(schema: dict[str, Any]) -> bool:
    """Whether a path parameter's schema refuses some strings: a pattern, or a list of items."""
    return "pattern" in schema or schema.get("type") == "array"


def _expected_errors(name: str, op: SpecOperation) -> set[str]:
    """401 always; 404 when an id names something; 400 when there is input to validate; 413 with a body;
    and whatever of 413, 415 and 500 a vendor client declares."""
    params = op.parameters()
    expected = {"401"}
    if any(loc == "path" or (loc == "query" and n.endswith("_id")) for loc, n in params):
        expected.add("404")
    if op.request_body() is not None or any(loc == "query" for loc, _ in params):
        expected.add("400")
    if any(loc == "path" and _constrained(param.get("schema", {})) for (loc, _), param in params.items()):
        expected.add("400")  # a path value can break the schema's pattern or list form
    if op.request_body() is not None:
        expected.add("413")
    for vendor in VENDORS:
        vendor_op = operation_of(vendor, name)
        expected |= {c for c in (vendor_op.response_types if vendor_op else {}) if c in {"413", "415", "500"}}
    return expected


@pytest.mark.parametrize("name", OPERATION_NAMES)
def test_errors_are_documented_where_they_can_happen(name: str) -> None:
    op = spec_op(name)
    responses = op.responses()
    errors = {c for c in responses if not c.startswith("2")}
    problems = [f"{name}: undocumented error status {c}" for c in sorted(_expected_errors(name, op) - errors)]
    problems += [
        f"{name}: status {c} is outside {sorted(ERROR_STATUSES)}" for c in sorted(errors - ERROR_STATUSES)
    ]
    for code in sorted(errors & ERROR_STATUSES):
        content = responses[code].get("content", {})
        if list(content) != [JSON] or ref_name(content[JSON].get("schema")) != "Error":
            problems.append(f"{name} {code}: body must be application/json Error, is {content}")
    fail_on(problems)


def test_error_schema_is_code_message_and_optional_error_type() -> None:
    error = resolve({"$ref": "#/components/schemas/Error"})
    assert sorted(error["properties"]) == ["code", "error_type", "message"]
    assert sorted(error["required"]) == ["code", "message"]


# --------------------------------------------------------------------------- models


def _refs_in(schema: Any) -> Iterator[str]:
    if isinstance(schema, dict):
        if (name := ref_name(schema)) is not None:
            yield name
        for key, value in schema.items():
            if key in ("properties", "$defs"):
                for sub in value.values():
                    yield from _refs_in(sub)
            elif key in ("items", "additionalProperties", "not", "oneOf", "anyOf", "allOf", "prefixItems"):
                yield from _refs_in(value)
    elif isinstance(schema, list):
        for item in schema:
            yield from _refs_in(item)


def _closure(roots: list[str]) -> list[str]:
    seen: list[str] = []
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.append(name)
            todo += _refs_in(resolve({"$ref": f"#/components/schemas/{name}"}))
    return sorted(seen)


def _response_schema_names() -> list[str]:
    roots = [
        name
        for op in operations()
        for response in op.responses().values()
        for media in response.get("content", {}).values()
        for name in _refs_in(media.get("schema", {}))
    ]
    return _closure(roots)


RESPONSE_SCHEMAS = [n for n in _response_schema_names() if any(v.model(n) for v in VENDORS)]


def _nullable(prop: dict[str, Any]) -> bool:
    branches = [prop, *prop.get("oneOf", []), *prop.get("anyOf", [])]
    return any("null" in schema_types(b) for b in branches if "$ref" not in b)


def _samples(prop: dict[str, Any]) -> list[Any]:
    """Values a server may emit for a property with no $ref (enum values, or one per JSON type)."""
    if "enum" in prop:
        return [v for v in prop["enum"] if v is not None]
    by_type: dict[str, list[Any]] = {
        "string": ["2026-11-21T09:30:00Z" if prop.get("format") == "date-time" else "x"],
        "integer": [1],
        "number": [1, 1.5],
        "boolean": [True],
        "array": [[]],
        "object": [{}],
    }
    return [v for t in sorted(schema_types(prop) - {"null"}) for v in by_type.get(t, [])]


def _check_property(
    schema: str, prop_name: str, prop: dict[str, Any], vendor: Vendor, model: type[pydantic.BaseModel]
) -> Iterator[str]:
    attr = model_fields_by_alias(model).get(prop_name)
    if attr is None:
        return
    where = f"{schema}.{prop_name} ({vendor.label})"
    if _nullable(prop) and (error := field_admits(model, attr, None)):
        yield f"{where}: the spec allows null, the client rejects it: {error}"
    if (schema, prop_name) in ECHOED_FIELDS or "$ref" in prop or "oneOf" in prop or "anyOf" in prop:
        return  # nested schemas are checked on their own; echoed fields below
    for sample in _samples(prop):
        if error := field_admits(model, attr, sample):
            yield f"{where}: the spec allows {sample!r}, the client rejects it: {error}"


@pytest.mark.parametrize("schema", RESPONSE_SCHEMAS)
def test_response_schema_is_readable_by_both_clients(schema: str) -> None:
    spec = resolve({"$ref": f"#/components/schemas/{schema}"})
    properties: dict[str, Any] = spec.get("properties", {})
    models = {v.label: m for v in VENDORS if (m := v.model(schema)) is not None}
    fields = {label: set(model_fields_by_alias(m)) for label, m in models.items()}
    required_by = {
        label: {n for n, attr in model_fields_by_alias(m).items() if m.model_fields[attr].is_required()}
        for label, m in models.items()
    }
    union_required = set().union(*required_by.values())
    problems = [
        f"{schema}: property {p!r} is defined by neither client model"
        for p in sorted(set(properties) - set().union(*fields.values()))
    ]
    if set(spec.get("required", [])) != union_required:
        problems.append(
            f"{schema}: required {sorted(spec.get('required', []))}, clients require {required_by}"
        )
    problems += [
        f"{schema}: required field {p!r} is not a property" for p in sorted(union_required - set(properties))
    ]
    for vendor in VENDORS:
        if (model := models.get(vendor.label)) is not None:
            for prop_name, prop in properties.items():
                problems += _check_property(schema, prop_name, prop, vendor, model)
    fail_on(problems)
