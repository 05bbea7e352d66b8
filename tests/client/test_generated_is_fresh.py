"""gpte_client/ is exactly what scripts/generate_client makes from openapi.yaml, and the copied
generator templates still match the installed openapi-python-client apart from our marked additions."""

from __future__ import annotations

import difflib
import re
import subprocess
import sys
from pathlib import Path

import openapi_python_client
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "generate_client"
COMMITTED = ROOT / "gpte_client"
TEMPLATES = ROOT / "scripts" / "codegen" / "templates"
UPSTREAM_TEMPLATES = Path(openapi_python_client.__file__).parent / "templates"
# Left behind by running or checking the code; never part of a generation.
CACHES = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
# Our additions inside copied upstream templates: `{# toolkit: begin ... #}` ... `{# toolkit: end #}`.
ADDITION = re.compile(r"\{# toolkit: begin.*?\{# toolkit: end #\}", re.DOTALL)
MAX_DIFF_LINES = 40


def _files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not CACHES & set(path.relative_to(folder).parts)
    }


def _diff(name: str, committed: bytes, fresh: bytes) -> str:
    lines = difflib.unified_diff(
        committed.decode(errors="replace").splitlines(),
        fresh.decode(errors="replace").splitlines(),
        f"committed/{name}",
        f"fresh/{name}",
        lineterm="",
    )
    return "\n".join(list(lines)[:MAX_DIFF_LINES])


def _generate(output: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(SCRIPT), "--output", str(output)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_committed_client_matches_a_fresh_generation(tmp_path: Path) -> None:
    result = _generate(tmp_path / "gpte_client")
    assert result.returncode == 0, f"scripts/generate_client failed:\n{result.stdout}{result.stderr}"

    fresh, committed = _files(tmp_path / "gpte_client"), _files(COMMITTED)
    problems = [f"missing: {name}" for name in sorted(fresh.keys() - committed.keys())]
    problems += [f"not generated: {name}" for name in sorted(committed.keys() - fresh.keys())]
    problems += [
        _diff(name, committed[name], fresh[name])
        for name in sorted(fresh.keys() & committed.keys())
        if committed[name] != fresh[name]
    ]
    assert not problems, (
        "gpte_client/ differs from a fresh generation (paths below are inside it); "
        "run scripts/generate_client and commit the result.\n" + "\n".join(problems)
    )


def test_nullable_enums_are_generated_once() -> None:
    """openapi-python-client#1120 makes <Parent><Prop>Type2Type1 and ...Type3Type1 copies of an enum
    whose schema has both a `type` list with "null" and `null` among its values; scripts/generate_client
    removes the redundant `type` for string enums. A copy here means a new variant of that pattern."""
    copies = sorted(path.name for path in (COMMITTED / "models").glob("*_type_[0-9]_type_[0-9]*.py"))
    assert not copies, f"duplicated enum modules: {copies}"


def test_script_refuses_to_replace_a_folder_it_did_not_generate(tmp_path: Path) -> None:
    keep = tmp_path / "notes.txt"
    keep.write_text("not generated")
    result = _generate(tmp_path)
    assert result.returncode == 2
    assert "refusing to replace" in result.stderr
    assert keep.read_text() == "not generated"


def _without_additions(template: str) -> list[str]:
    return [line for line in ADDITION.sub("", template).splitlines() if line.strip()]


@pytest.mark.parametrize(
    "name", sorted(p.name for p in TEMPLATES.glob("*.jinja") if (UPSTREAM_TEMPLATES / p.name).exists())
)
def test_overridden_template_tracks_upstream(name: str) -> None:
    """A copied template equals the installed one once our marked additions are removed.

    When this fails after upgrading openapi-python-client, copy the new upstream template and re-apply
    the `toolkit` blocks.
    """
    ours = _without_additions((TEMPLATES / name).read_text())
    upstream = _without_additions((UPSTREAM_TEMPLATES / name).read_text())
    assert ours == upstream, "\n".join(difflib.unified_diff(upstream, ours, "upstream", "ours", lineterm=""))
