"""What a Python annotation or a pydantic model of the vendor's generated clients admits on the wire."""

from __future__ import annotations

import ast
import datetime as dt
import inspect
import textwrap
import types
import typing
from typing import Any

import pydantic

__all__ = ["enum_values", "field_admits", "json_types", "model_classes", "model_fields_by_alias"]


def json_types(annotation: Any) -> frozenset[str]:
    """The JSON types a Python annotation of a generated client admits ('null' for None)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return json_types(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return frozenset().union(*(json_types(a) for a in typing.get_args(annotation)))
    if origin in (list, tuple):
        return frozenset({"array"})
    if origin is dict:
        return frozenset({"object"})
    simple: dict[Any, str] = {
        type(None): "null",
        bool: "boolean",
        int: "integer",
        float: "number",
        str: "string",
        bytes: "binary",
        bytearray: "binary",
        dt.datetime: "string",
        dt.date: "string",
        typing.Any: "any",
    }
    if annotation in simple:
        return frozenset({simple[annotation]})
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return frozenset({"object"})
    raise AssertionError(f"unexpected annotation in a vendor client: {annotation!r}")


def model_classes(annotation: Any) -> list[type[pydantic.BaseModel]]:
    """The models an annotation names; a generated oneOf wrapper (`actual_instance`) means its choices."""
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        if "actual_instance" not in annotation.model_fields:
            return [annotation]
        choices = [info.annotation for n, info in annotation.model_fields.items() if n != "actual_instance"]
        return [m for choice in choices for m in model_classes(choice)]
    return [m for a in typing.get_args(annotation) for m in model_classes(a)]


def field_admits(model: type[pydantic.BaseModel], field_name: str, value: Any) -> str | None:
    """None if the model's field accepts `value` (its type and its enum validators), else the error."""
    info = model.model_fields[field_name]
    declared: Any = typing.Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation
    try:
        pydantic.TypeAdapter(declared).validate_python(value)
        for decorator in model.__pydantic_decorators__.field_validators.values():
            if field_name in decorator.info.fields:
                decorator.func(value)
    except (pydantic.ValidationError, ValueError) as exc:
        return str(exc).splitlines()[0]
    return None


def enum_values(model: type[pydantic.BaseModel], field_name: str) -> list[str] | None:
    """The values of the `set([...])` literal in the field's generated `*_validate_enum` validator."""
    for decorator in model.__pydantic_decorators__.field_validators.values():
        if field_name in decorator.info.fields and decorator.cls_var_name.endswith("_validate_enum"):
            tree = ast.parse(textwrap.dedent(inspect.getsource(decorator.func)))
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "set" and node.args:
                    values: list[str] = ast.literal_eval(node.args[0])
                    return values
    return None


def model_fields_by_alias(model: type[pydantic.BaseModel]) -> dict[str, str]:
    """Wire name -> Python attribute name."""
    return {(info.alias or name): name for name, info in model.model_fields.items()}
