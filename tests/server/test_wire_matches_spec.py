"""Each wire Struct is exactly as strict as its schema: it accepts what the spec allows and nothing else."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonschema_rs
import msgspec
import pytest
from hypothesis import HealthCheck, given, settings

from contract_tests.spec import load_yaml
from mock_server import wire

from ._schema_strategy import values_of

SPEC = load_yaml(Path(__file__).resolve().parents[2] / "openapi.yaml")
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
STRUCTS = {name: getattr(wire, name) for name in SCHEMAS if name in wire.__all__}
# A union of two Structs has no Struct of its own; each member is checked on its own.
UNION_ONLY = {"ChatStreamLine"}


def _inline(schema: Any) -> Any:
    """Resolve local $refs so generators and validators see one self-contained schema."""
    if isinstance(schema, dict):
        if "$ref" in schema:
            return _inline(SCHEMAS[schema["$ref"].rsplit("/", 1)[1]])
        return {k: _inline(v) for k, v in schema.items()}
    if isinstance(schema, list):
        return [_inline(v) for v in schema]
    return schema


def _validator(name: str) -> jsonschema_rs.Validator:
    return jsonschema_rs.Draft202012Validator(_inline(SCHEMAS[name]))


def _decode(name: str, value: Any) -> Any:
    return msgspec.json.decode(msgspec.json.encode(value), type=STRUCTS[name], strict=True)


def test_every_schema_has_a_struct() -> None:
    assert set(SCHEMAS) - UNION_ONLY == set(STRUCTS)


@pytest.mark.parametrize("name", sorted(STRUCTS))
def test_fields_and_required_match(name: str) -> None:
    schema, struct = SCHEMAS[name], STRUCTS[name]
    info = msgspec.inspect.type_info(struct)
    assert isinstance(info, msgspec.inspect.StructType)
    assert {f.encode_name for f in info.fields} == set(schema["properties"])
    assert {f.encode_name for f in info.fields if f.required} == set(schema.get("required", []))
    assert info.forbid_unknown_fields == (schema.get("additionalProperties") is False)


@pytest.mark.parametrize("name", sorted(STRUCTS))
def test_struct_accepts_what_the_spec_allows(name: str) -> None:
    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(value=values_of(_inline(SCHEMAS[name])))
    def check(value: dict[str, Any]) -> None:
        decoded = _decode(name, value)
        # What the server sends back must still satisfy the schema.
        _validator(name).validate(msgspec.to_builtins(decoded))

    check()


def _invalid_variants(name: str) -> list[tuple[str, dict[str, Any]]]:
    schema = SCHEMAS[name]
    example = copy.deepcopy(schema["example"])
    variants = []
    for field in schema.get("required", []):
        broken = {k: v for k, v in example.items() if k != field}
        variants.append((f"missing {field}", broken))
    for field, prop in schema["properties"].items():
        accepts = jsonschema_rs.Draft202012Validator(_inline(prop)).is_valid
        wrong = next(v for v in ({"__wrong__": True}, "not valid here", 12345, [[1]]) if not accepts(v))
        variants.append((f"{field} of the wrong type", {**example, field: wrong}))
    for field, prop in schema["properties"].items():
        for case, value in _out_of_range(_inline(prop)):
            variants.append((f"{field} {case}", {**example, field: value}))
    if schema.get("additionalProperties") is False:
        variants.append(("an unknown field", {**example, "unknown_field": 1}))
    return variants


def _out_of_range(prop: dict[str, Any]) -> list[tuple[str, Any]]:
    """Values of the right JSON type that a constraint of the property rules out."""
    if "oneOf" in prop:
        return []
    cases: list[tuple[str, Any]] = []
    if "enum" in prop:
        cases.append(("outside its enum", "__not_a_choice__"))
    if "minLength" in prop:
        cases.append(("shorter than minLength", "x" * (prop["minLength"] - 1)))
    if "maxLength" in prop:
        cases.append(("longer than maxLength", "x" * (prop["maxLength"] + 1)))
    if "minimum" in prop:
        cases.append(("below minimum", prop["minimum"] - 1))
    if "maximum" in prop:
        cases.append(("above maximum", prop["maximum"] + 1))
    return cases


@pytest.mark.parametrize(
    ("name", "case", "value"),
    [pytest.param(n, c, v, id=f"{n}: {c}") for n in sorted(STRUCTS) for c, v in _invalid_variants(n)],
)
def test_struct_refuses_what_the_spec_forbids(name: str, case: str, value: dict[str, Any]) -> None:
    assert not _validator(name).is_valid(value), f"{case}: the spec itself allows this"
    with pytest.raises(msgspec.ValidationError):
        _decode(name, value)


def test_examples_decode() -> None:
    for name in STRUCTS:
        _decode(name, SCHEMAS[name]["example"])
