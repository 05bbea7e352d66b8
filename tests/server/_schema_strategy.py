"""Hypothesis strategies for the JSON Schema subset our spec uses.

hypothesis-jsonschema 0.23 relies on Hypothesis internals that 6.170 removed, so this covers the
keywords ``openapi.yaml`` actually uses: type (with null), enum, oneOf, properties, required,
additionalProperties, items, minItems, maxItems, minLength, maxLength, pattern, minimum, maximum and
format date-time.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

__all__ = ["values_of"]

_JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
_ANY_JSON = st.recursive(
    _JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
)


def values_of(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Return a strategy for values valid against ``schema`` (refs already inlined)."""
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "oneOf" in schema:
        return st.one_of([values_of(s) for s in schema["oneOf"]])
    types = schema.get("type")
    if types is None:
        return _ANY_JSON
    if isinstance(types, list):
        return st.one_of([values_of({**schema, "type": t}) for t in types])
    return _typed(types, schema)


def _typed(kind: str, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(min_value=schema.get("minimum"), max_value=schema.get("maximum"))
    if kind == "number":
        return st.floats(
            min_value=schema.get("minimum"),
            max_value=schema.get("maximum"),
            allow_nan=False,
            allow_infinity=False,
        ) | st.integers(min_value=schema.get("minimum"), max_value=schema.get("maximum"))
    if kind == "string":
        if schema.get("format") == "date-time":
            return st.datetimes(timezones=st.just(dt.UTC)).map(lambda d: d.isoformat().replace("+00:00", "Z"))
        if "pattern" in schema:
            low, high = schema.get("minLength", 0), schema.get("maxLength", 100)
            return st.from_regex(schema["pattern"], fullmatch=True).filter(lambda s: low <= len(s) <= high)
        if schema.get("format") == "date":
            return st.dates().map(dt.date.isoformat)
        return st.text(min_size=schema.get("minLength", 0), max_size=min(schema.get("maxLength", 20), 20))
    if kind == "array":
        low = schema.get("minItems", 0)
        return st.lists(
            values_of(schema.get("items", {})), min_size=low, max_size=schema.get("maxItems", low + 3)
        )
    return _object(schema)


def _object(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    props = schema.get("properties")
    if props is None:
        extra = schema.get("additionalProperties", True)
        values = values_of(extra) if isinstance(extra, dict) else _ANY_JSON
        return st.dictionaries(st.text(max_size=8), values, max_size=3)
    required = set(schema.get("required", []))
    return st.fixed_dictionaries(
        {k: values_of(v) for k, v in props.items() if k in required},
        optional={k: values_of(v) for k, v in props.items() if k not in required},
    )
