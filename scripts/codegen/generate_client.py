"""Regenerate the typed client package ``gpte_client/`` from ``openapi.yaml``.

Runs openapi-python-client with the committed configuration (``scripts/codegen/config.yaml``) and
templates (``scripts/codegen/templates/``), then its ruff post-hooks. The output is deterministic:
the same spec, templates and pinned tool versions give byte-identical files, which
``tests/client/test_generated_is_fresh.py`` checks. ``scripts/generate_client`` is the entry point.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CODEGEN = Path(__file__).resolve().parent
DEFAULT_SPEC = ROOT / "openapi.yaml"
DEFAULT_OUTPUT = ROOT / "gpte_client"
CONFIG = CODEGEN / "config.yaml"
TEMPLATES = CODEGEN / "templates"
# Hand-written modules of the package that use nothing from the spec (retries, paging), copied as they are.
MODULES = CODEGEN / "modules"
PROJECT_PYTHON = ROOT / ".venv" / "bin" / "python"
# Files every generation has; a non-empty output folder without them is not replaced.
_GENERATED_MARKERS = ("__init__.py", "client.py", "errors.py", "types.py", "api", "models")


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="scripts/generate_client",
        description=(
            "Regenerate the gpte_client package from openapi.yaml with openapi-python-client "
            "(--meta none --overwrite --fail-on-warning), using scripts/codegen/config.yaml and "
            "scripts/codegen/templates/. The output folder is replaced. Exits non-zero on failure."
        ),
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        metavar="DIR",
        help="folder to write the package to, replacing it (default: %(default)s)",
    )
    parser.add_argument(
        "--spec",
        type=Path,
        default=DEFAULT_SPEC,
        metavar="FILE",
        help="OpenAPI document to generate from (default: %(default)s)",
    )
    return parser.parse_args(argv)


def _has_generator() -> bool:
    try:
        import openapi_python_client  # noqa: F401
    except ImportError:
        return False
    return True


def _reexec_in_project_venv() -> None:
    """Run this script again with the project's venv when the current Python lacks the generator."""
    if PROJECT_PYTHON.exists() and Path(sys.executable) != PROJECT_PYTHON:
        os.execv(PROJECT_PYTHON, [str(PROJECT_PYTHON), __file__, *sys.argv[1:]])
    sys.exit(
        f"generate_client: openapi-python-client is not installed for {sys.executable}; "
        "run scripts/bootstrap and use .venv/bin/python"
    )


def _tool_env() -> dict[str, str]:
    """Environment whose PATH starts with this interpreter's bin dir, so the hooks use the pinned ruff."""
    bin_dir = Path(sys.executable).parent  # not resolved: a venv's python is a symlink
    if shutil.which("ruff", path=str(bin_dir)) is None:
        sys.exit(f"generate_client: ruff is not installed in {bin_dir}; run scripts/bootstrap")
    return {**os.environ, "PATH": os.pathsep.join([str(bin_dir), os.environ.get("PATH", "")])}


def _is_nullable_string_enum(schema: dict[str, Any]) -> bool:
    types, values = schema.get("type"), schema.get("enum")
    return (
        isinstance(types, list)
        and sorted(types) == ["null", "string"]
        and isinstance(values, list)
        and None in values
        and all(isinstance(value, str) for value in values if value is not None)
    )


def drop_redundant_enum_types(node: Any) -> None:
    """Remove ``type: [string, "null"]``, in place, from schemas whose ``enum`` lists strings and ``null``.

    The enum alone already says the same thing, and with the type list openapi-python-client 0.29.1
    emits three identical classes for the enum (openapi-generators/openapi-python-client#1120).
    """
    if isinstance(node, dict):
        if _is_nullable_string_enum(node):
            del node["type"]
        children = list(node.values())
    else:
        children = node if isinstance(node, list) else []
    for child in children:
        drop_redundant_enum_types(child)


def json_parameters_as_strings(document: dict[str, Any]) -> None:
    """Describe, in place, each parameter given as ``content: application/json`` as a plain string
    (inline in an operation or among the components).

    openapi-python-client 0.29.1 drops such parameters from the generated functions
    (openapi-generators/openapi-python-client#1464); as a string the caller passes the JSON text, which
    is exactly what goes on the wire.
    """
    parameters = list(document.get("components", {}).get("parameters", {}).values())
    for path_item in document.get("paths", {}).values():
        for operation in path_item.values():
            parameters += operation.get("parameters", []) if isinstance(operation, dict) else []
    for parameter in parameters:
        if "application/json" in parameter.get("content", {}):
            del parameter["content"]
            parameter["schema"] = {"type": "string"}


def _normalized_spec(spec: Path, folder: Path) -> Path:
    """Write ``spec`` as JSON into ``folder``, with the work-arounds above applied; return the file.

    The YAML is read with the generator's own loader settings (ruamel.yaml, safe, YAML 1.2).
    """
    from ruamel.yaml import YAML  # installed with openapi-python-client

    document = YAML(typ="safe").load(spec.read_bytes())
    drop_redundant_enum_types(document)
    json_parameters_as_strings(document)
    target = folder / "openapi.json"
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return target


def _looks_generated(folder: Path) -> bool:
    """True for a missing or empty folder, or one holding a previous generation."""
    if not folder.exists():
        return True
    if not folder.is_dir():
        return False
    return not any(folder.iterdir()) or all((folder / name).exists() for name in _GENERATED_MARKERS)


def generate(spec: Path, output: Path) -> int:
    """Generate into a scratch folder and, on success only, replace ``output`` with it.

    Returns the generator's exit status; on failure ``output`` is left as it was. Replacing the whole
    folder (``--overwrite`` alone only replaces ``api/`` and ``models/``) leaves no stale files behind.
    """
    with tempfile.TemporaryDirectory(prefix="generate_client-") as scratch:
        staging = Path(scratch) / "gpte_client"
        status = _run_generator(_normalized_spec(spec, Path(scratch)), staging)
        if status != 0:
            return status
        for module in sorted(MODULES.glob("*.py")):
            shutil.copyfile(module, staging / module.name)
        # PEP 561 marker, so the package's annotations are used wherever it is installed.
        (staging / "py.typed").write_bytes(b"")
        if output.exists():
            shutil.rmtree(output)
        shutil.move(staging, output)
    return 0


def _run_generator(spec: Path, output: Path) -> int:
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(spec),
        "--output-path",
        str(output),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--overwrite",
        "--fail-on-warning",
    ]
    return subprocess.run(command, env=_tool_env(), check=False).returncode


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    if not _has_generator():
        _reexec_in_project_venv()
    spec: Path = args.spec.resolve()
    output: Path = args.output.resolve()
    if not spec.is_file():
        print(f"generate_client: no such file: {spec}", file=sys.stderr)
        return 2
    if not _looks_generated(output):
        print(f"generate_client: refusing to replace {output}: not a generated client", file=sys.stderr)
        return 2
    status = generate(spec, output)
    if status != 0:
        print(f"generate_client: openapi-python-client failed (exit {status})", file=sys.stderr)
        return 1
    print(f"generate_client: wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
