"""Every example in openapi.yaml satisfies its schema, and the vendor's clients parse it unchanged.

Schemas are checked with jsonschema-rs (Draft 2020-12, formats on) against a document that carries the
spec's components, so `$ref`s resolve. Response examples are parsed with the model each vendor client uses
for that operation and status (from its `_response_types_map`), request examples with the model of its body
argument; each JSON-lines example line with the model of the stream-line branch it matches.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from typing import Any

import jsonschema_rs
import pytest

from ._examples import Example, collect, jsonl_lines, keyword_pointers, unique_by_pointer
from ._roundtrip import parse
from ._spec import load_spec, ref_name, resolve
from ._vendor import VENDORS, Vendor, vendor_operations

JSONL = "application/jsonl"


@functools.cache
def _validator(schema_json: str) -> jsonschema_rs.Draft202012Validator:
    document = {**json.loads(schema_json), "components": load_spec()["components"]}
    return jsonschema_rs.Draft202012Validator(document, validate_formats=True)


def schema_errors(schema: Any, value: Any) -> list[str]:
    """Why `value` does not satisfy `schema` (an OpenAPI 3.1 schema, $refs into the spec's components)."""
    validator = _validator(json.dumps(schema, sort_keys=True))
    return [
        f"{'/'.join(map(str, e.instance_path)) or '<root>'}: {e.message}"
        for e in validator.iter_errors(value)
    ]


def _lines(example: Example) -> list[Any]:
    return jsonl_lines(example.value) if example.media_type == JSONL else [example.value]


# --------------------------------------------------------------------------- collection


def test_every_example_in_the_document_is_collected() -> None:
    walked = set(keyword_pointers(load_spec()))
    collected = {e.pointer for e in collect()}
    assert not walked - collected, f"examples the collector missed: {sorted(walked - collected)}"
    assert not collected - walked, f"collected pointers that are not examples: {sorted(collected - walked)}"


def test_there_are_examples_of_each_kind() -> None:
    kinds = {e.kind for e in collect()}
    assert kinds == {"response", "request", "parameter", "schema"}


# --------------------------------------------------------------------------- schemas

EXAMPLES = unique_by_pointer()


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.where for e in EXAMPLES])
def test_example_satisfies_its_schema(example: Example) -> None:
    assert example.schema is not None, "an example without a schema to check it against"
    assert json.loads(json.dumps(example.value)) == example.value, "not plain JSON (an unquoted YAML date?)"
    problems = [
        f"line {i}: {error}" if example.media_type == JSONL else error
        for i, line in enumerate(_lines(example))
        for error in schema_errors(example.schema, line)
    ]
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- vendor models


def _stream_line_model(schema: Any, line: Any) -> str:
    """The name of the one `oneOf` branch of a JSON-lines schema that the line satisfies."""
    branches = [ref_name(b) for b in resolve(schema).get("oneOf", [schema])]
    matching = [
        b
        for b in branches
        if b is not None and not schema_errors({"$ref": f"#/components/schemas/{b}"}, line)
    ]
    assert len(matching) == 1, f"the line matches {matching} of {branches}"
    return matching[0]


def _response_type(example: Example, vendor: Vendor, line: Any) -> str:
    if example.media_type == JSONL:
        return _stream_line_model(example.schema, line)
    assert example.operation_id is not None and example.status is not None
    vendor_op = vendor_operations(vendor)[example.operation_id]
    declared = vendor_op.response_types.get(example.status)
    if declared is None and not example.status.startswith("2"):
        return vendor.error_model  # a status the client does not list still carries the error body
    assert declared is not None, f"{vendor.label} expects no body for {example.status}"
    return declared


def _response_cases() -> list[Any]:
    cases = []
    for example in (e for e in collect() if e.kind == "response"):
        lines = _lines(example)
        for index, line in enumerate(lines):
            suffix = f":line{index}" if example.media_type == JSONL else ""
            cases += [
                pytest.param(example, line, vendor, id=f"{example.label}{suffix}-{vendor.label}")
                for vendor in VENDORS
                # An operation only newer clients have is parsed by those.
                if example.operation_id is None or example.operation_id in vendor_operations(vendor)
            ]
    return cases


@pytest.mark.parametrize(("example", "line", "vendor"), _response_cases())
def test_response_example_parses_with_the_vendor_model(example: Example, line: Any, vendor: Vendor) -> None:
    type_name = _response_type(example, vendor, line)
    problems = parse(vendor, type_name, line)
    assert not problems, f"{vendor.label} {type_name}:\n" + "\n".join(problems)


def _request_cases() -> list[Any]:
    cases = []
    for example in (e for e in collect() if e.kind == "request" and e.media_type == "application/json"):
        assert example.operation_id is not None
        for vendor in VENDORS:
            vendor_op = vendor_operations(vendor).get(example.operation_id)
            body = vendor_op.body if vendor_op else None
            if body is not None and body.model is not None:
                cases.append(
                    pytest.param(example, vendor, body.model.__name__, id=f"{example.label}-{vendor.label}")
                )
    return cases


@pytest.mark.parametrize(("example", "vendor", "model_name"), _request_cases())
def test_request_example_parses_with_the_vendor_model(
    example: Example, vendor: Vendor, model_name: str
) -> None:
    problems = parse(vendor, model_name, example.value)
    assert not problems, "\n".join(problems)


def _schema_cases() -> list[Any]:
    """Top-level examples of component schemas that a vendor model of the same name parses."""
    cases = []
    for example in (e for e in collect() if e.kind == "schema"):
        parts = example.pointer.split("/")
        if parts[1:3] == ["components", "schemas"] and len(parts) == 5:
            cases += [
                pytest.param(example, vendor, id=f"{parts[3]}-{vendor.label}")
                for vendor in VENDORS
                if vendor.model(parts[3]) is not None
            ]
    return cases


@pytest.mark.parametrize(("example", "vendor"), _schema_cases())
def test_schema_example_parses_with_the_vendor_model(example: Example, vendor: Vendor) -> None:
    problems = parse(vendor, example.pointer.split("/")[3], example.value)
    assert not problems, "\n".join(problems)


def _echoed_values(value: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("include_chat_history", "tags"):
                yield key, item
            yield from _echoed_values(item)
    elif isinstance(value, list):
        for item in value:
            yield from _echoed_values(item)


def test_examples_use_only_values_every_client_reads() -> None:
    """`include_chat_history` and `tags` admit either client's vocabulary; examples use the common one."""
    problems = [
        f"{e.where}: {key}={item!r}"
        for e in EXAMPLES
        for key, item in _echoed_values(e.value)
        if not (
            item is None
            or (key == "include_chat_history" and item == "auto")
            or (key == "tags" and isinstance(item, list))
        )
    ]
    assert not problems, "\n".join(problems)
