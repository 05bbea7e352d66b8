"""JSON Schema validators for the schemas of an OpenAPI document, its local ``$ref``s resolvable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema_rs

from contract_tests.spec import load_yaml

__all__ = ["load_openapi", "validator"]


def load_openapi(path: Path) -> dict[str, Any]:
    """An OpenAPI document as plain data."""
    document = load_yaml(path)
    assert isinstance(document, dict)
    return document


def validator(document: dict[str, Any], schema: dict[str, Any]) -> jsonschema_rs.Validator:
    """A validator for ``schema`` (often just a ``$ref``) with the document's components beside it."""
    return jsonschema_rs.Draft202012Validator(
        {**schema, "components": document["components"]}, validate_formats=True
    )
