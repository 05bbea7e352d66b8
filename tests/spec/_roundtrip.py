"""Parsing wire data with a vendor model and checking that nothing the model knows was changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pydantic

from ._annotations import model_fields_by_alias
from ._vendor import Vendor


def parse(vendor: Vendor, type_name: str, value: Any) -> list[str]:
    """Parse `value` the way the vendor client parses a body of `type_name` ('List[X]' or 'X');
    the problems found, if any."""
    if type_name == "Dict[str, object]":  # a free-form object, such as metadata: any JSON object parses
        return (
            []
            if isinstance(value, dict)
            else [f"{type_name} needs a JSON object, got {type(value).__name__}"]
        )
    many = type_name.startswith("List[") and type_name.endswith("]")
    model_name = type_name[5:-1] if many else type_name
    if model_name in _PLAIN_TYPES:
        return _parse_plain(type_name, _PLAIN_TYPES[model_name], many, value)
    model = vendor.model(model_name)
    if model is None:
        return [f"{vendor.label} has no model {model_name!r}"]
    if many and not isinstance(value, list):
        return [f"{type_name} needs a JSON array, got {type(value).__name__}"]
    problems: list[str] = []
    for index, item in enumerate(value if many else [value]):
        where = f"$[{index}]" if many else "$"
        problems += [f"{model.__name__} {p}" for p in _parse_one(model, item, where)]
    return problems


# Bodies the generated clients deserialize without a model (1.7.5's `List[str]`, `Dict[str, object]`).
_PLAIN_TYPES: dict[str, Any] = {"str": str, "int": int, "bool": bool, "Dict[str, object]": dict[str, Any]}


def _parse_plain(type_name: str, python_type: Any, many: bool, value: Any) -> list[str]:
    declared = list[python_type] if many else python_type
    try:
        pydantic.TypeAdapter(declared).validate_python(value, strict=True)
    except pydantic.ValidationError as exc:
        return [f"{type_name}: {str(exc).splitlines()[0]}"]
    return []


def _parse_one(model: type[pydantic.BaseModel], item: Any, where: str) -> list[str]:
    from_dict = getattr(model, "from_dict")  # noqa: B009 - generated classmethod, not declared on BaseModel
    try:
        instance = from_dict(item)
    except (pydantic.ValidationError, ValueError, TypeError) as exc:
        return [f"{where}: from_dict failed: {exc}"]
    if instance is None:
        return [f"{where}: from_dict returned None"]
    problems = list(differences(item, instance, where))
    again = from_dict(instance.to_dict())
    if again != instance:
        problems.append(f"{where}: from_dict(to_dict()) differs: {again!r} != {instance!r}")
    return problems


def differences(expected: Any, actual: Any, where: str = "$") -> Iterator[str]:
    """Where the parsed `actual` does not hold the value of `expected` (fields a model does not know are
    dropped by design and not reported)."""
    if isinstance(actual, pydantic.BaseModel) and "actual_instance" in type(actual).model_fields:
        actual = getattr(actual, "actual_instance")  # noqa: B009 - a generated oneOf wrapper
    if isinstance(actual, pydantic.BaseModel):
        yield from _model_differences(expected, actual, where)
    elif isinstance(actual, dt.datetime):
        if not isinstance(expected, str) or dt.datetime.fromisoformat(expected) != actual:
            yield f"{where}: {expected!r} parsed as {actual.isoformat()}"
    elif isinstance(actual, dt.date):
        if not isinstance(expected, str) or dt.date.fromisoformat(expected) != actual:
            yield f"{where}: {expected!r} parsed as {actual.isoformat()}"
    elif isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        for index, (left, right) in enumerate(zip(expected, actual, strict=True)):
            yield from differences(left, right, f"{where}[{index}]")
    elif isinstance(expected, dict) and isinstance(actual, dict) and expected.keys() == actual.keys():
        for key in expected:
            yield from differences(expected[key], actual[key], f"{where}.{key}")
    elif expected != actual or isinstance(expected, bool) != isinstance(actual, bool):
        yield f"{where}: {expected!r} became {actual!r}"


def _model_differences(expected: Any, actual: pydantic.BaseModel, where: str) -> Iterator[str]:
    if not isinstance(expected, dict):
        yield f"{where}: {expected!r} became a {type(actual).__name__}"
        return
    fields = model_fields_by_alias(type(actual))
    for key, value in expected.items():
        if key in fields:
            yield from differences(value, getattr(actual, fields[key]), f"{where}.{key}")
