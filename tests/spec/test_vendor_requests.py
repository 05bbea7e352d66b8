"""openapi.yaml against the vendor's generated clients on what they send: every request model's fields and
enum values are ones the spec accepts, and the chat-history switch takes the spelling of either client.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pydantic
import pytest

from ._annotations import enum_values, model_classes, model_fields_by_alias
from ._parity import JSON, OPERATION_NAMES, fail_on, operation_of, spec_op
from ._spec import ref_name, resolve, schema_types
from ._vendor import VENDORS, Vendor


@pytest.mark.parametrize("schema", ["ChatSettings", "ChatCompletionRequest"])
def test_include_chat_history_accepts_the_values_of_either_client(schema: str) -> None:
    """1.6.14 writes `true`/`false`, 1.7.5's ChatSettings `on`/`off`; the server echoes what a client wrote.
    The spec may list every spelling in both schemas, but no value that no client knows."""
    prop = resolve({"$ref": f"#/components/schemas/{schema}"})["properties"]["include_chat_history"]
    spec_values = {v for v in prop["enum"] if v is not None}
    sent, known = set(), set()
    for vendor in VENDORS:
        for name in ("ChatSettings", "ChatCompletionRequest"):
            model = vendor.model(name)
            assert model is not None, f"{vendor.label} has no {name}"
            values = set(enum_values(model, "include_chat_history") or [])
            known |= values
            sent |= values if name == schema else set()
    assert sent <= spec_values, f"values a client sends that the spec rejects: {sorted(sent - spec_values)}"
    assert spec_values <= known, f"values no client knows: {sorted(spec_values - known)}"
    assert None in prop["enum"] and "null" in schema_types(prop)


def _request_pairs() -> Iterator[tuple[str, str, Vendor]]:
    for name in OPERATION_NAMES:
        body = spec_op(name).request_body()
        schema = (body or {}).get("content", {}).get(JSON, {}).get("schema")
        for vendor in VENDORS:
            vendor_op = operation_of(vendor, name)
            if schema is not None and vendor_op and vendor_op.body and vendor_op.body.model:
                yield name, ref_name(schema) or "<inline>", vendor


REQUEST_CASES = [
    pytest.param(n, s, v, id=f"{n}-{v.label}")
    for n, s, v in sorted(_request_pairs(), key=lambda c: (c[0], c[2].label))
]


def _nested_refs(prop: dict[str, Any]) -> list[str]:
    return [n for n in [ref_name(prop), *(ref_name(b) for b in prop.get("oneOf", []))] if n]


def _compare_request_model(schema: str, model: type[pydantic.BaseModel], label: str) -> Iterator[str]:
    """Every field the client can send is a property, every enum value it allows is valid; recursively."""
    properties: dict[str, Any] = resolve({"$ref": f"#/components/schemas/{schema}"}).get("properties", {})
    for alias, attr in model_fields_by_alias(model).items():
        if alias not in properties:
            yield f"{schema}: field {alias!r} that {label} can send is not declared"
            continue
        prop = resolve(properties[alias])
        allowed = [v for b in [prop, *prop.get("oneOf", [])] for v in resolve(b).get("enum", [])]
        missing = [v for v in (enum_values(model, attr) or []) if allowed and v not in allowed]
        if missing:
            yield f"{schema}.{alias}: {label} may send {missing}, the spec's enum is {allowed}"
        refs, nested = _nested_refs(prop), model_classes(model.model_fields[attr].annotation)
        for ref in refs:
            for nested_model in nested:
                if nested_model.__name__ == ref or (len(refs) == len(nested) == 1):
                    yield from _compare_request_model(ref, nested_model, label)


@pytest.mark.parametrize(("name", "schema", "vendor"), REQUEST_CASES)
def test_request_schema_accepts_what_the_client_sends(name: str, schema: str, vendor: Vendor) -> None:
    vendor_op = operation_of(vendor, name)
    assert vendor_op is not None and vendor_op.body is not None and vendor_op.body.model is not None
    assert schema != "<inline>", f"{name}: the request body schema should be a component"
    fail_on(list(_compare_request_model(schema, vendor_op.body.model, vendor.label)))
