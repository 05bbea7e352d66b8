"""The argument defaults the vendor documents in the `docs/<ApiClass>.md` pages shipped with its package."""

from __future__ import annotations

import functools
import html
import importlib.util
import re
from pathlib import Path
from typing import Any

from ._vendor import Vendor

__all__ = ["documented_defaults"]

_DOC_ROW = re.compile(r"^\s*\*\*(?P<name>\w+)\*\*\s*\|\s*(?P<type>[^|]*)\|[^|]*\|\s*(?P<notes>.*)$")
_DEFAULT = re.compile(r"\[default to (?P<value>[^\]]*)\]")


@functools.cache
def documented_defaults(vendor: Vendor, api_class: str) -> dict[str, dict[str, Any]]:
    """operation -> argument -> default, from the `docs/<ApiClass>.md` the vendor ships in its package."""
    spec = importlib.util.find_spec(vendor.package)
    assert spec is not None and spec.origin is not None
    doc = Path(spec.origin).parent / "docs" / f"{api_class}.md"
    defaults: dict[str, dict[str, Any]] = {}
    current: dict[str, Any] | None = None
    in_table = False
    for line in doc.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^# \*\*(\w+)\*\*", line)
        if heading:
            current, in_table = defaults.setdefault(heading.group(1), {}), False
        elif line.startswith("### "):
            in_table = line.strip() == "### Parameters"
        elif (
            in_table
            and current is not None
            and (row := _DOC_ROW.match(line))
            and (default := _DEFAULT.search(row.group("notes")))
        ):
            current[row.group("name")] = _doc_value(default.group("value"), row.group("type"))
    return defaults


def _doc_value(raw: str, doc_type: str) -> Any:
    text = html.unescape(raw).strip()
    kind = doc_type.strip().strip("*")
    if kind == "bool":
        return {"True": True, "False": False}[text]
    if kind == "int":
        return int(text)
    if kind == "float":
        return float(text)
    return text[1:-1] if len(text) >= 2 and text[0] == text[-1] == "'" else text
