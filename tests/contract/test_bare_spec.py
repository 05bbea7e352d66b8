"""The stock schemathesis CLI, given only our served spec and a bearer header, finds no fault in the mock.

This is what any team sees when it points the stock tool at our spec: no hooks, no ``schemathesis.toml``
(the command runs in an empty directory), every phase and every check. A failure here is a false alarm that
team would chase, or a real bug in the spec or the server.

Four kinds of report are the tool's own, and each is told apart precisely. First, schemathesis 4.32.5 (the
newest) sometimes sends a stateful step without a required query parameter and calls it schema-valid (an
inferred link reads ``$response.body#/*/collection_id`` from a list, picks one of the matches at random and
may pick a ``null``, which the request then leaves out). The server's 400 for it is right.

The tool's generator has a second defect of its own. In the Fuzzing phase it also draws negative cases for
an operation whose only inputs are plain path strings (``minLength: 1``), which it will not negate, and then
throws each such case away; now and then an operation hits the Hypothesis health check "Too many generated
examples are filtered out" and is reported as an error, naming no parameter. Such an error is told apart only
for an operation with no request body whose every parameter is a plain string or number: nothing in it can be
simplified, and the error says nothing about the server. Any other error fails this test.

A third is a heuristic of the tool's use-after-free check (ST301): after a successful DELETE it expects 404
from any read at or below the deleted path. The vendor's API has DELETE on a list's own URL, which empties the
list (``DELETE /collections/{collection_id}/permissions`` unshares with everyone), and reading that list
afterwards rightly gives 200 with what is left (the owner). An ST301 is told apart only when it is the entry's
one check, the read is of the very URL deleted, and that DELETE's path template ends in a literal segment (a
list), not in a parameter (an item).

A fourth is an expectation the mock does not share: the tool may add a query parameter the operation does
not declare (seen: a pair with an empty name, ``&=null``) and expect it refused (ST201, "violates
`additionalProperties`"). The mock ignores undeclared query parameters, as the real API does, so that a client
of another version that sends one still works. Told apart only as the entry's one check, when that is its
only invalid component and the request does carry a parameter the operation does not declare.

Every other failure, and every other error, fails this test.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import yaml

from mock_server import Settings, create_app
from mock_server.spec import SPEC_PATH
from mock_server.testing import serve_in_thread

# Next to the interpreter that runs the tests: the project's virtualenv.
ST = shutil.which("st", path=str(Path(sys.executable).parent)) or "st"
MISSING_QUERY = "Missing required query parameter"
FILTERED_OUT = "Too many generated examples are filtered out"
# Keywords that only bound a value: none of them makes a generator filter much.
PLAIN_KEYWORDS = frozenset({"type", "minLength", "maxLength", "minimum", "maximum", "default"})
ENTRY = re.compile(r"^_{3,} (.+?) _{3,}$", re.MULTILINE)
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def _section(output: str, name: str) -> str:
    """The text of a run's ``name`` section (``FAILURES``, ``ERRORS``), up to the next; empty if none."""
    parts = re.split(rf"^=+ {name} =+$", output, flags=re.MULTILINE)
    return re.split(r"^=+ [A-Z ]+ =+$", parts[1], flags=re.MULTILINE)[0] if len(parts) > 1 else ""


def _failures(output: str) -> list[str]:
    """The failure entries of a run's FAILURES section, one text each."""
    return re.split(r"\n(?=\d+\. Test Case ID:)", _section(output, "FAILURES"))[1:]


def _checks(failure: str) -> list[str]:
    """The codes of the checks a failure entry reports (``ST202``, ...)."""
    return re.findall(r"^- (\S+)", failure, flags=re.MULTILINE)


def _tool_defect(failure: str) -> bool:
    """A step the tool sent without a required query parameter, labelled schema-valid (see above)."""
    return _checks(failure) == ["ST202"] and "[400]" in failure and MISSING_QUERY in failure


def _template(spec: dict[str, Any], method: str, path: str) -> str | None:
    """The path template of the spec's ``method`` operation that ``path`` (after the API's base) matches."""
    for template, item in spec["paths"].items():
        pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
        if method in item and re.fullmatch(pattern, path):
            return str(template)
    return None


def _last_request(spec: dict[str, Any], failure: str) -> tuple[str, str, str] | None:
    """The method, path (relative to the API's base) and query of the last request a failure reproduces."""
    requests = re.findall(r"^\s*curl -X (\w+) .*?'?(https?://[^\s']+)'?\s*$", failure, flags=re.MULTILINE)
    if not requests:
        return None
    method, url = requests[-1]
    base = spec["servers"][0]["url"].rstrip("/")
    parts = urlsplit(url)
    if not parts.path.startswith(base + "/"):
        return None
    return method.lower(), parts.path.removeprefix(base), parts.query


def _list_read_after_clear(spec: dict[str, Any], failure: str) -> bool:
    """An ST301 on reading a list at the URL a DELETE emptied (see above)."""
    deleted = re.search(r"deleted with `DELETE (/\S*)`", failure)
    read = _last_request(spec, failure)
    if _checks(failure) != ["ST301"] or not deleted or read is None:
        return False
    template = _template(spec, "delete", deleted[1])
    return read[:2] == ("get", deleted[1]) and template is not None and not template.endswith("}")


def _parameters(spec: dict[str, Any], template: str, method: str) -> list[dict[str, Any]]:
    """The parameters of the spec's operation, shared ones resolved."""
    item = spec["paths"][template]
    shared = spec["components"]["parameters"]
    declared = [*item.get("parameters", []), *item[method].get("parameters", [])]
    return [shared[p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p for p in declared]


def _undeclared_query_parameter(spec: dict[str, Any], failure: str) -> bool:
    """An ST201 whose only invalid component is a query parameter the operation does not declare."""
    request = _last_request(spec, failure)
    invalid = re.findall(r"Invalid component: (.*)", failure)
    if _checks(failure) != ["ST201"] or invalid != ["in query - violates `additionalProperties`"]:
        return False
    if request is None or (template := _template(spec, *request[:2])) is None:
        return False
    declared = {parameter["name"] for parameter in _parameters(spec, template, request[0])}
    return bool({name for name, _ in parse_qsl(request[2], keep_blank_values=True)} - declared)


def _errors(output: str) -> list[tuple[str, str, str]]:
    """The entries of a run's ERRORS section, each as (method, path, text)."""
    parts = ENTRY.split(_section(output, "ERRORS"))
    entries = []
    for title, text in zip(parts[1::2], parts[2::2], strict=True):
        # An entry that names no operation (a network or schema error) keeps its title as the "path".
        method, _, path = title.partition(" ") if re.match(r"[A-Z]+ /", title) else ("", "", title)
        entries.append((method.lower(), path, text))
    return entries


def _plain_inputs(spec: dict[str, Any], method: str, path: str) -> bool:
    """Whether the operation takes no body and only parameters whose schemas merely bound a value."""
    operation = spec["paths"].get(path, {}).get(method)
    if operation is None or "requestBody" in operation:
        return False
    return all(set(parameter["schema"]) <= PLAIN_KEYWORDS for parameter in _parameters(spec, path, method))


def _generator_gave_up(spec: dict[str, Any], error: tuple[str, str, str]) -> bool:
    """A health-check error of the tool's generator on an operation with nothing to simplify (see above)."""
    method, path, text = error
    return "Failed Health Check" in text and FILTERED_OUT in text and _plain_inputs(spec, method, path)


def _tools_own(spec: dict[str, Any], failure: str) -> bool:
    """Whether a failure entry is one of the tool's own reports named above."""
    if _tool_defect(failure):
        return True
    return _list_read_after_clear(spec, failure) or _undeclared_query_parameter(spec, failure)


@pytest.mark.slow
def test_the_bare_schemathesis_run_reports_no_failure(tmp_path: Path) -> None:
    env = {
        key: value for key, value in os.environ.items() if not key.startswith(("SCHEMATHESIS_", "CONTRACT_"))
    }
    with serve_in_thread(create_app(Settings())) as url:
        command = [
            ST,
            "run",
            f"{url}/openapi.yaml",
            "-H",
            "Authorization: Bearer demo-token",
            "--checks",
            "all",
        ]
        result = subprocess.run(
            command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=1500, check=False
        )
    output = result.stdout[-8000:] + result.stderr[-2000:]
    summary = re.search(r"Test cases:\s+(\d+) generated", result.stdout)
    assert summary and int(summary[1]) > 1000, output
    # 🚫 marks a phase that ran and met an error; the errors are judged one by one below.
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert re.search(rf"[✅❌🚫] {phase}", result.stdout), f"phase {phase} did not run:\n{output}"
    failures = _failures(result.stdout)
    ours = [f for f in failures if not _tools_own(SPEC, f)]
    assert not ours, "\n".join(ours)[-8000:]
    errors = _errors(result.stdout)
    assert all(_generator_gave_up(SPEC, error) for error in errors), output
    assert result.returncode == 0 or failures or errors, output


def test_only_the_tools_own_defect_is_told_apart() -> None:
    defect = (
        "1. Test Case ID: BZToB4\n\n- ST202 Schema-valid request rejected\n\n[400] Bad Request:\n\n"
        '    `{"code":400,"message":"Missing required query parameter \'collection_id\' for path /x"}`\n'
    )
    other = (
        "1. Test Case ID: mEM9jx\n\n- ST202 Schema-valid request rejected\n\n[400] Bad Request:\n\n    `{}`\n"
    )
    run = f"== FAILURES ==\n___ POST /x ___\n{defect}\n___ DELETE /y ___\n{other}\n== WARNINGS ==\n"
    found = _failures(run)
    assert [_tool_defect(f) for f in found] == [True, False]


def test_only_the_generators_own_give_up_is_told_apart() -> None:
    gave_up = f"Failed Health Check\n\n{FILTERED_OUT} for this operation\n"
    run = (
        "== ERRORS ==\n"
        f"___ DELETE /collections/{{collection_id}}/permissions/{{username}} ___\n{gave_up}\n"
        f"___ PUT /collections/{{collection_id}}/permissions/{{username}} ___\n{gave_up}\n"
        "___ GET /collections/{collection_id} ___\nRuntime Error\n\nboom\n"
        f"___ Schema Error ___\n{gave_up}\n"
        "== WARNINGS ==\n"
    )
    found = _errors(run)
    assert [(method, path) for method, path, _ in found] == [
        ("delete", "/collections/{collection_id}/permissions/{username}"),
        ("put", "/collections/{collection_id}/permissions/{username}"),
        ("get", "/collections/{collection_id}"),
        ("", "Schema Error"),
    ]
    # Plain path strings only: excused. A request body to simplify, another kind of error, or an error
    # that names no operation: not.
    assert [_generator_gave_up(SPEC, error) for error in found] == [True, False, False, False]


def _use_after_free(deleted: str, read: str, extra: str = "") -> str:
    return (
        "1. Test Case ID: 9taX4a\n\n- ST301 Deleted resource still available\n\n"
        "    The API did not return a `HTTP 404 Not Found` response (got `HTTP 200 OK`) for a resource"
        f" that was previously deleted.\n\n    The resource was deleted with `DELETE {deleted}`\n\n{extra}"
        "[200] OK:\n\n    `[]`\n\nReproduce with:\n\n"
        "    curl -X POST -H 'Authorization: [Filtered]' http://127.0.0.1:1/api/v1/prompt_templates\n"
        f"    curl -X DELETE -H 'Authorization: [Filtered]' http://127.0.0.1:1/api/v1{deleted}\n"
        f"    curl -X GET -H 'Authorization: [Filtered]' http://127.0.0.1:1/api/v1{read}\n"
    )


def test_only_a_read_of_an_emptied_list_is_told_apart_from_use_after_free() -> None:
    emptied = "/prompt_templates/t1/permissions"
    cases = {
        # The list's own URL, emptied and read back: the tool's heuristic.
        _use_after_free(emptied, emptied): True,
        # An item deleted and still served: a real use after free.
        _use_after_free("/prompt_templates/t1", "/prompt_templates/t1"): False,
        _use_after_free("/collections/c1", "/collections/c1/permissions"): False,
        # A read of another URL than the one emptied.
        _use_after_free(emptied, "/prompt_templates/t2/permissions"): False,
        # Another check failing in the same entry.
        _use_after_free(emptied, emptied, "- ST103 Response violates schema\n\n"): False,
    }
    assert [_list_read_after_clear(SPEC, failure) for failure in cases] == list(cases.values())


def _schema_violating(query: str, extra: str = "") -> str:
    return (
        "1. Test Case ID: UfX6cj\n\n- ST201 Schema-violating request accepted\n\n"
        "    Invalid data should have been rejected\n"
        "    Invalid component: in query - violates `additionalProperties`\n\n"
        f'{extra}[200] OK:\n\n    `{{"count":29}}`\n\nReproduce with:\n\n'
        "    curl -X GET -H 'Authorization: [Filtered]' http://127.0.0.1:1/api/v1/documents\n"
        f"    curl -X GET -H 'Authorization: [Filtered]' 'http://127.0.0.1:1/api/v1/documents/count?{query}'\n"
    )


def test_only_an_undeclared_query_parameter_is_told_apart_from_schema_violations() -> None:
    cases = {
        # An undeclared parameter (nameless, as seen, or named) beside declared ones: the tool's expectation.
        _schema_violating("chat_session_id=%5BFiltered%5D&owned=false&=null"): True,
        _schema_violating("owned=false&color=red"): True,
        # Only declared parameters: whatever the tool calls invalid, it is not an undeclared parameter.
        _schema_violating("owned=false"): False,
        # Another check failing in the same entry.
        _schema_violating("=null", "- ST103 Response violates schema\n\n"): False,
    }
    assert [_undeclared_query_parameter(SPEC, failure) for failure in cases] == list(cases.values())
