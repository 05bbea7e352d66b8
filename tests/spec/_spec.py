"""Loading openapi.yaml and walking its operations, with `$ref`s to components resolved."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from contract_tests.spec import load_yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO_ROOT / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")


@functools.cache
def load_spec() -> dict[str, Any]:
    """The spec as plain data (cached: treat it as read-only)."""
    data = load_yaml(SPEC_PATH)
    assert isinstance(data, dict)
    return data


def resolve(node: Any) -> Any:
    """Follow local `$ref`s (`#/components/...`) until a node without one is reached."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert isinstance(ref, str) and ref.startswith("#/"), f"only local refs are used: {ref!r}"
        assert ref not in seen, f"$ref cycle at {ref}"
        seen.add(ref)
        node = pointer_get(load_spec(), ref[1:])
    return node


def pointer_get(doc: Any, pointer: str) -> Any:
    """The node at an RFC 6901 JSON pointer ('' is the whole document); KeyError/IndexError if absent."""
    node = doc
    for raw in pointer.split("/")[1:] if pointer else []:
        token = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def pointer_escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def ref_name(schema: Any) -> str | None:
    """`Foo` for `{$ref: '#/components/schemas/Foo'}`, else None."""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        prefix = "#/components/schemas/"
        ref: str = schema["$ref"]
        return ref[len(prefix) :] if ref.startswith(prefix) else None
    return None


@dataclass(frozen=True)
class SpecOperation:
    path: str
    method: str  # upper case
    op: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.op.get("operationId"))

    @property
    def pointer(self) -> str:
        return f"/paths/{pointer_escape(self.path)}/{self.method.lower()}"

    def parameters(self) -> dict[tuple[str, str], dict[str, Any]]:
        """(location, name) -> resolved parameter; operation-level ones override path-level ones."""
        params: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*self.path_item.get("parameters", []), *self.op.get("parameters", [])]:
            param = resolve(raw)
            params[(param["in"], param["name"])] = param
        return params

    def request_body(self) -> dict[str, Any] | None:
        body = self.op.get("requestBody")
        return None if body is None else dict(resolve(body))

    def responses(self) -> dict[str, dict[str, Any]]:
        return {str(code): resolve(resp) for code, resp in self.op.get("responses", {}).items()}


def operations() -> Iterator[SpecOperation]:
    for path, item in load_spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield SpecOperation(path, method.upper(), item[method], item)


def operations_by_id() -> dict[str, SpecOperation]:
    return {op.operation_id: op for op in operations()}


def schema_types(schema: dict[str, Any]) -> set[str]:
    """The JSON types a (resolved) schema names with `type`, as a set."""
    declared = resolve(schema).get("type")
    if declared is None:
        return set()
    return {declared} if isinstance(declared, str) else set(declared)
