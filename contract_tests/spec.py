"""The contract as data: ``openapi.yaml``'s operations, parameters, examples and ``x-contract`` extensions.

The behavioural tests read what to check from here, so a new operation with the right ``x-contract`` (or
links) is tested without touching them. The extensions (all optional, on an operation):

``x-contract: {count: OPERATION_ID}``
    on a paged list: the count operation whose number equals the list's full length;
``x-contract: {read-back: OPERATION_ID}``
    on a create or update: the read that must return every field written (same path parameters, or
    the created body's ``id`` for the read's one path parameter);
``x-contract: {gone: {read: OPERATION_ID, lists: [OPERATION_ID, ...], id: PARAMETER}}``
    on a delete: afterwards the read answers 404 and the record (``id``: which path parameter names it)
    is in none of the lists, whose counts drop by one;
``x-contract: {owner-only: true}``
    on an operation whose success changes a shared record: only its owner may do it.
``x-contract: {admin-only: true}``
    on a read that lists every user's records to admins: what another user does shows in it by design.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

__all__ = ["CONFIG_PATH", "REPO", "SPEC_PATH", "Operation", "load_yaml", "operations", "raw_spec", "resolve"]

_HERE = Path(__file__).resolve().parent
# A checkout has the spec at the repository root; an installed distribution ships a copy in the package.
REPO = _HERE.parent
SPEC_PATH = Path(
    os.environ.get("CONTRACT_SPEC")
    or next(
        (p for p in (_HERE / "openapi.yaml", REPO / "openapi.yaml") if p.is_file()), REPO / "openapi.yaml"
    )
)
CONFIG_PATH = next(
    (p for p in (_HERE / "schemathesis.toml", REPO / "schemathesis.toml") if p.is_file()),
    REPO / "schemathesis.toml",
)
_METHODS = ("get", "put", "post", "delete", "patch")


def load_yaml(path: Path) -> Any:
    """The YAML file parsed safely, by PyYAML's C loader where it has one."""
    # The pure-Python loader takes over a second for openapi.yaml, the C one a tenth of that, and every
    # process that collects the tests parses it.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)


@cache
def raw_spec() -> dict[str, Any]:
    """The parsed ``openapi.yaml``."""
    data: dict[str, Any] = load_yaml(SPEC_PATH)
    return data


def resolve(node: Any) -> Any:
    """Follow local ``$ref``s until a non-reference node is reached."""
    root = raw_spec()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = root
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


@dataclass(frozen=True)
class Operation:
    """One operation of the spec."""

    id: str
    method: str
    path: str
    raw: dict[str, Any]

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def contract(self) -> dict[str, Any]:
        value = self.raw.get("x-contract") or {}
        return dict(value) if isinstance(value, dict) else {}

    def parameters(self, where: str) -> dict[str, dict[str, Any]]:
        """Parameters in ``where`` (``path``, ``query``) by name, resolved."""
        found = (resolve(p) for p in self.raw.get("parameters", []))
        return {p["name"]: p for p in found if p.get("in") == where}

    @property
    def path_names(self) -> list[str]:
        return list(self.parameters("path"))

    def body_media(self) -> tuple[str, dict[str, Any]] | None:
        """(media type, resolved schema) of the request body, if it has one."""
        content = resolve(self.raw.get("requestBody", {})).get("content", {})
        for media, entry in content.items():
            return media, resolve(entry.get("schema", {}))
        return None

    def body_example(self) -> Any:
        """The request body's example from the spec (None when there is none)."""
        content = resolve(self.raw.get("requestBody", {})).get("content", {})
        for entry in content.values():
            if "example" in entry:
                return entry["example"]
            schema = resolve(entry.get("schema", {}))
            if "example" in schema:
                return schema["example"]
        return None

    @property
    def statuses(self) -> set[str]:
        return set(self.raw.get("responses", {}))

    def success_status(self) -> int:
        return min(int(code) for code in self.statuses if code.startswith("2"))

    def response_schema(self) -> dict[str, Any]:
        response = resolve(self.raw.get("responses", {}).get(str(self.success_status()), {}))
        entry = response.get("content", {}).get("application/json", {})
        schema: dict[str, Any] = resolve(entry.get("schema", {}))
        return schema

    @property
    def is_paged(self) -> bool:
        return {"offset", "limit"} <= set(self.parameters("query"))


@cache
def operations() -> dict[str, Operation]:
    """Every operation of the spec by operationId, in the spec's order."""
    found: dict[str, Operation] = {}
    for path, item in raw_spec()["paths"].items():
        for method in _METHODS:
            if isinstance(item.get(method), dict):
                raw = {
                    **item[method],
                    "parameters": [*item.get("parameters", []), *item[method].get("parameters", [])],
                }
                found[raw["operationId"]] = Operation(raw["operationId"], method.upper(), path, raw)
    return found
