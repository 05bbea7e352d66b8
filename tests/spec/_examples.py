"""Every example in openapi.yaml, with the schema it must satisfy and where it is used.

Examples live in media types (`example`, `examples`), parameters and schemas (`example`, `examples`).
`keyword_pointers()` finds every such keyword by walking the raw document, so a test can prove that
`collect()` missed none.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ._spec import load_spec, operations, pointer_escape, pointer_get, resolve

# Keys whose value maps names to objects (so a key there named "example" is a name, not a keyword).
_NAME_MAPS = {
    "paths", "properties", "patternProperties", "$defs", "definitions", "responses", "content", "links",
    "headers", "encoding", "callbacks", "variables", "mapping", "schemas", "requestBodies",
    "securitySchemes", "pathItems", "dependentSchemas",
}  # fmt: skip
# Keys whose value is data, never OpenAPI or JSON Schema keywords.
_DATA = {"default", "enum", "const", "example", "examples", "x-examples"}


@dataclass(frozen=True, repr=False)
class Example:
    """One example value and the schema it must satisfy."""

    pointer: str  # where the value is, e.g. .../content/application~1json/examples/first/value
    value: Any
    schema: Any  # None when the example has no schema to check against
    kind: str  # "response", "request", "parameter" or "schema"
    operation_id: str | None = None
    status: str | None = None
    media_type: str | None = None

    def __repr__(self) -> str:
        return f"<Example {self.pointer}>"

    @property
    def where(self) -> str:
        """The pointer, readable: /paths/~1chats/get/... becomes `paths /chats get ...`."""
        return " ".join(t.replace("~1", "/").replace("~0", "~") for t in self.pointer.split("/")[1:])

    @property
    def label(self) -> str:
        """Operation, status (or kind), media type and example name; the pointer for schema examples."""
        if self.operation_id is None:
            return self.where
        name = self.pointer.rsplit("/", 2)[-2] if self.pointer.endswith("/value") else "example"
        scope = self.status if self.kind == "response" else self.kind
        return f"{self.operation_id}:{scope}:{self.media_type}:{name}"


def _ref_pointer(node: Any, fallback: str) -> str:
    """Where a possibly-$ref'd object really lives (examples shared via components keep one pointer)."""
    pointer = fallback
    while isinstance(node, dict) and "$ref" in node:
        pointer = node["$ref"][1:]
        node = pointer_get(load_spec(), pointer)
    return pointer


def _values(holder: dict[str, Any], pointer: str) -> Iterator[tuple[str, Any]]:
    """(pointer, value) of the `example` and each of the `examples` of a media type or parameter."""
    if "example" in holder:
        yield f"{pointer}/example", holder["example"]
    for name, raw in holder.get("examples", {}).items():
        example_pointer = _ref_pointer(raw, f"{pointer}/examples/{pointer_escape(name)}")
        example = resolve(raw)
        if "value" in example:
            yield f"{example_pointer}/value", example["value"]


def _media_examples(content: dict[str, Any], pointer: str, **context: Any) -> Iterator[Example]:
    for media_type, media in content.items():
        media_pointer = f"{pointer}/content/{pointer_escape(media_type)}"
        for value_pointer, value in _values(media, media_pointer):
            yield Example(value_pointer, value, media.get("schema"), media_type=media_type, **context)


def _operation_examples() -> Iterator[Example]:
    for op in operations():
        context = {"operation_id": op.operation_id}
        path_item_pointer = op.pointer.rsplit("/", 1)[0]
        placed = [
            (f"{path_item_pointer}/parameters/{i}", p)
            for i, p in enumerate(op.path_item.get("parameters", []))
        ]
        placed += [(f"{op.pointer}/parameters/{i}", p) for i, p in enumerate(op.op.get("parameters", []))]
        for where, raw in placed:
            pointer = _ref_pointer(raw, where)
            param = resolve(raw)
            for value_pointer, value in _values(param, pointer):
                yield Example(value_pointer, value, param.get("schema"), "parameter", **context)
        if "requestBody" in op.op:
            pointer = _ref_pointer(op.op["requestBody"], f"{op.pointer}/requestBody")
            yield from _media_examples(
                resolve(op.op["requestBody"]).get("content", {}), pointer, kind="request", **context
            )
        for status, raw in op.op.get("responses", {}).items():
            pointer = _ref_pointer(raw, f"{op.pointer}/responses/{status}")
            content = resolve(raw).get("content", {})
            yield from _media_examples(content, pointer, kind="response", status=str(status), **context)


def _schema_examples(schema: Any, pointer: str) -> Iterator[Example]:
    """Schema-level `example` / `examples` here and in every subschema."""
    if not isinstance(schema, dict):
        return
    if "example" in schema:
        yield Example(f"{pointer}/example", schema["example"], schema, "schema")
    for index, value in enumerate(schema.get("examples", [])):
        yield Example(f"{pointer}/examples/{index}", value, schema, "schema")
    for key, sub in schema.items():
        if key in ("properties", "patternProperties", "$defs", "dependentSchemas"):
            for name, prop in sub.items():
                yield from _schema_examples(prop, f"{pointer}/{key}/{pointer_escape(name)}")
        elif key in ("oneOf", "anyOf", "allOf", "prefixItems"):
            for index, item in enumerate(sub):
                yield from _schema_examples(item, f"{pointer}/{key}/{index}")
        elif key in (
            "items",
            "additionalProperties",
            "not",
            "if",
            "then",
            "else",
            "contains",
            "propertyNames",
        ):
            yield from _schema_examples(sub, f"{pointer}/{key}")


def _all_schemas() -> Iterator[tuple[str, Any]]:
    """(pointer, schema) of every schema object that is not inside another one."""
    spec = load_spec()
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        yield f"/components/schemas/{pointer_escape(name)}", schema
    for name, param in spec.get("components", {}).get("parameters", {}).items():
        yield f"/components/parameters/{pointer_escape(name)}/schema", param.get("schema")
    for op in operations():
        for index, param in enumerate(op.op.get("parameters", [])):
            yield f"{op.pointer}/parameters/{index}/schema", param.get("schema")
        bodies = [("requestBody", op.op.get("requestBody", {}))]
        bodies += [(f"responses/{s}", r) for s, r in op.op.get("responses", {}).items()]
        for where, holder in bodies:
            for media_type, media in holder.get("content", {}).items():
                yield f"{op.pointer}/{where}/content/{pointer_escape(media_type)}/schema", media.get("schema")
    for name, response in spec.get("components", {}).get("responses", {}).items():
        for media_type, media in response.get("content", {}).items():
            yield (
                f"/components/responses/{name}/content/{pointer_escape(media_type)}/schema",
                media.get("schema"),
            )


@functools.cache
def collect() -> tuple[Example, ...]:
    """Every example once per place it is used (a shared response example once per operation)."""
    found = list(_operation_examples())
    for pointer, schema in _all_schemas():
        found += _schema_examples(schema, pointer)
    return tuple(found)


def unique_by_pointer() -> list[Example]:
    """Every example value once, for schema validation."""
    return list({e.pointer: e for e in collect()}.values())


def keyword_pointers(node: Any, pointer: str = "", name_map: bool = False) -> Iterator[str]:
    """The pointer of every example value in the document, found by walking it: each `example`, each item
    of an `examples` array, each `value` of an `examples` map or of `components/examples`."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from keyword_pointers(item, f"{pointer}/{index}")
    elif isinstance(node, dict) and name_map:
        for key, value in node.items():
            yield from keyword_pointers(value, f"{pointer}/{pointer_escape(key)}")
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _keyword_pointers_under(key, value, f"{pointer}/{pointer_escape(key)}")


def _keyword_pointers_under(key: str, value: Any, here: str) -> Iterator[str]:
    if here == "/components":
        for section, entries in value.items():
            if section == "examples":
                yield from (
                    f"{here}/examples/{pointer_escape(n)}/value" for n, e in entries.items() if "value" in e
                )
            else:
                yield from keyword_pointers(entries, f"{here}/{pointer_escape(section)}", name_map=True)
    elif key == "example":
        yield here
    elif key == "examples" and isinstance(value, list):
        yield from (f"{here}/{i}" for i in range(len(value)))
    elif key == "examples" and isinstance(value, dict):
        yield from (f"{here}/{pointer_escape(n)}/value" for n, e in value.items() if "value" in e)
    elif key not in _DATA and not key.startswith("x-"):
        yield from keyword_pointers(value, here, name_map=key in _NAME_MAPS)


def jsonl_lines(value: Any) -> list[Any]:
    """The JSON values of a JSON-lines example: a string of lines, or one value standing for one line."""
    if isinstance(value, str):
        return [json.loads(line) for line in value.splitlines() if line.strip()]
    return [value]
