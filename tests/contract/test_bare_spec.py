"""The stock schemathesis CLI, given only our served spec and a bearer header, finds no fault in the mock.

This is what any team sees when it points the stock tool at our spec: no hooks, no ``schemathesis.toml``
(the command runs in an empty directory), every phase and every check. A failure here is a false alarm that
team would chase, or a real bug in the spec or the server.

One failure is the tool's own and is told apart precisely: schemathesis 4.32.5 (the newest) sometimes
sends a stateful step without a required query parameter and calls it schema-valid (an inferred link reads
``$response.body#/*/collection_id`` from a list, picks one of the matches at random and may pick a
``null``, which the request then leaves out). The server's 400 for it is right; any other failure fails
this test.

The tool's generator has a second defect of its own. In the Fuzzing phase it also draws negative cases for
an operation whose only inputs are plain path strings (``minLength: 1``), which it will not negate, and then
throws each such case away; now and then an operation hits the Hypothesis health check "Too many generated
examples are filtered out" and is reported as an error, naming no parameter. Such an error is told apart only
for an operation with no request body whose every parameter is a plain string or number: nothing in it can be
simplified, and the error says nothing about the server. Any other error fails this test.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

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


def _failures(output: str) -> list[str]:
    """The failure entries of a run's FAILURES section, one text each."""
    section = output.partition("= FAILURES =")[2].partition("= WARNINGS =")[0]
    return re.split(r"\n(?=\d+\. Test Case ID:)", section)[1:]


def _tool_defect(failure: str) -> bool:
    """A step the tool sent without a required query parameter, labelled schema-valid (see above)."""
    return "ST202" in failure and "[400]" in failure and MISSING_QUERY in failure


def _errors(output: str) -> list[tuple[str, str, str]]:
    """The entries of a run's ERRORS section, each as (method, path, text)."""
    sections = re.split(r"^=+ ERRORS =+$", output, flags=re.MULTILINE)
    if len(sections) < 2:
        return []
    body = re.split(r"^=+ [A-Z ]+ =+$", sections[1], flags=re.MULTILINE)[0]
    parts = ENTRY.split(body)
    entries = []
    for title, text in zip(parts[1::2], parts[2::2], strict=True):
        # An entry that names no operation (a network or schema error) keeps its title as the "path".
        method, _, path = title.partition(" ") if re.match(r"[A-Z]+ /", title) else ("", "", title)
        entries.append((method.lower(), path, text))
    return entries


def _plain_inputs(spec: dict[str, Any], method: str, path: str) -> bool:
    """Whether the operation takes no body and only parameters whose schemas merely bound a value."""
    item = spec["paths"].get(path, {})
    operation = item.get(method)
    if operation is None or "requestBody" in operation:
        return False
    parameters = [*item.get("parameters", []), *operation.get("parameters", [])]
    shared = spec["components"]["parameters"]
    schemas = [shared[p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p for p in parameters]
    return all(set(p["schema"]) <= PLAIN_KEYWORDS for p in schemas)


def _generator_gave_up(spec: dict[str, Any], error: tuple[str, str, str]) -> bool:
    """A health-check error of the tool's generator on an operation with nothing to simplify (see above)."""
    method, path, text = error
    return "Failed Health Check" in text and FILTERED_OUT in text and _plain_inputs(spec, method, path)


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
    ours = [failure for failure in _failures(result.stdout) if not _tool_defect(failure)]
    assert not ours, output
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    errors = _errors(result.stdout)
    assert all(_generator_gave_up(spec, error) for error in errors), output
    assert result.returncode == 0 or _failures(result.stdout) or errors, output


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
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
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
    assert [_generator_gave_up(spec, error) for error in found] == [True, False, False, False]
