"""Reading the stock schemathesis CLI's text report: its failure and error entries and their requests."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote, urlsplit

__all__ = ["api_base", "checks", "errors", "failures", "parameters", "path_values", "requests", "template"]

ENTRY = re.compile(r"^_{3,} (.+?) _{3,}$", re.MULTILINE)
CURL = re.compile(r"^\s*curl -X (\w+) .*?'?(https?://[^\s']+)'?\s*$", re.MULTILINE)


def _section(output: str, name: str) -> str:
    """The text of a run's ``name`` section (``FAILURES``, ``ERRORS``), up to the next; empty if none."""
    parts = re.split(rf"^=+ {name} =+$", output, flags=re.MULTILINE)
    return re.split(r"^=+ [A-Z ]+ =+$", parts[1], flags=re.MULTILINE)[0] if len(parts) > 1 else ""


def failures(output: str) -> list[str]:
    """The failure entries of a run's FAILURES section, one text each."""
    return re.split(r"\n(?=\d+\. Test Case ID:)", _section(output, "FAILURES"))[1:]


def errors(output: str) -> list[tuple[str, str, str]]:
    """The entries of a run's ERRORS section, each as (method, path, text)."""
    parts = ENTRY.split(_section(output, "ERRORS"))
    entries = []
    for title, text in zip(parts[1::2], parts[2::2], strict=True):
        # An entry that names no operation (a network or schema error) keeps its title as the "path".
        method, _, path = title.partition(" ") if re.match(r"[A-Z]+ /", title) else ("", "", title)
        entries.append((method.lower(), path, text))
    return entries


def checks(failure: str) -> list[str]:
    """The codes of the checks a failure entry reports (``ST202``, ...)."""
    return re.findall(r"^- (\S+)", failure, flags=re.MULTILINE)


def template(spec: dict[str, Any], method: str, path: str) -> str | None:
    """The path template of the spec's ``method`` operation that ``path`` (after the API's base) matches."""
    for candidate, item in spec["paths"].items():
        pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(candidate))
        if method in item and re.fullmatch(pattern, path):
            return str(candidate)
    return None


def path_values(template: str, path: str) -> list[str]:
    """The values ``path`` gives the parameters of ``template``, in order."""
    return [
        value
        for segment, value in zip(template.split("/"), path.split("/"), strict=True)
        if segment.startswith("{")
    ]


def api_base(spec: dict[str, Any]) -> str:
    """The path every operation's URL starts with (``/api/v1``), without a trailing slash."""
    return str(spec["servers"][0]["url"]).rstrip("/")


def requests(spec: dict[str, Any], failure: str) -> list[tuple[str, str, str]]:
    """Method, decoded path (after the API's base) and query of each request a failure reproduces."""
    base = api_base(spec)
    found = []
    for method, url in CURL.findall(failure):
        parts = urlsplit(url)
        if parts.path.startswith(base + "/"):
            found.append((method.lower(), unquote(parts.path.removeprefix(base)), parts.query))
    return found


def parameters(spec: dict[str, Any], template: str, method: str) -> list[dict[str, Any]]:
    """The parameters of the spec's operation, shared ones resolved."""
    item = spec["paths"][template]
    shared = spec["components"]["parameters"]
    declared = [*item.get("parameters", []), *item[method].get("parameters", [])]
    return [shared[p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p for p in declared]
