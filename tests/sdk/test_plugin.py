"""The pytest plugin shipped with the mock: registered by its entry point, README's example passes as
written, each test starts from the start-up data and faults, and the admin handle does what it says."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib.metadata import entry_points
from pathlib import Path

import httpx
import pytest

from mock_server.pytest_plugin import MockAdminError, MockServer

ROOT = Path(__file__).resolve().parents[2]
RECIPES = {"id": "c1", "name": "Recipes", "description": "", "created_at": "2026-01-01T00:00:00Z"}

# Two tests in file order: the first changes data and faults, the second finds both as they started.
ISOLATION = """
import httpx

def _get(mock, path):
    return httpx.get(mock.url + path, headers={"Authorization": f"Bearer {mock.api_key}"})

def test_changes_things(h2ogpte_mock):
    pytest_state["start"] = _get(h2ogpte_mock, "/api/v1/collections/count").json()["count"]
    httpx.post(h2ogpte_mock.url + "/api/v1/collections", json={"name": "x", "description": ""},
               headers={"Authorization": f"Bearer {h2ogpte_mock.api_key}"}).raise_for_status()
    h2ogpte_mock.admin.set_faults({"errors": {"rate": 1, "status": 401}})
    assert _get(h2ogpte_mock, "/api/v1/collections/count").status_code == 401

def test_finds_them_as_they_started(h2ogpte_mock):
    assert _get(h2ogpte_mock, "/api/v1/collections/count").json()["count"] == pytest_state["start"]

pytest_state = {}
"""


def _readme_example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks: list[str] = re.findall(r"^```python\n(.*?)^```", text, flags=re.DOTALL | re.MULTILINE)
    (example,) = [b for b in blocks if "h2ogpte_mock" in b]
    return example


def test_readme_example_and_isolation_between_tests_pass_in_a_pytest_of_their_own(tmp_path: Path) -> None:
    (tmp_path / "test_readme_example.py").write_text(_readme_example(), encoding="utf-8")
    (tmp_path / "test_isolation.py").write_text(ISOLATION, encoding="utf-8")
    # Only the installed entry point brings the fixtures in: no conftest, no -p. The other plugins of this
    # environment are left out, as an application's environment would not have them (a few seconds each).
    unrelated = [
        "-p",
        "no:cacheprovider",
        "-p",
        "no:schemathesis",
        "-p",
        "no:hypothesispytest",
        "-p",
        "no:faker",
    ]
    command = [sys.executable, "-m", "pytest", "-v", *unrelated, "test_readme_example.py"]
    result = subprocess.run(
        [*command, "test_isolation.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    passed = set(re.findall(r"::(\w+) PASSED", result.stdout))
    assert passed == {
        "test_ask_handbook",
        "test_ask_handbook_when_the_llm_fails",
        "test_changes_things",
        "test_finds_them_as_they_started",
    }


def test_the_plugin_is_registered_by_entry_point(pytestconfig: pytest.Config) -> None:
    (plugin,) = [e for e in entry_points(group="pytest11") if e.name == "h2ogpte_mock"]
    assert plugin.value == "mock_server.pytest_plugin"
    assert pytestconfig.pluginmanager.has_plugin("h2ogpte_mock")
    for pyproject in (ROOT / "pyproject.toml", ROOT / "distributions" / "mock" / "pyproject.toml"):
        declared = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["entry-points"]["pytest11"]
        assert declared == {"h2ogpte_mock": "mock_server.pytest_plugin"}


def test_the_admin_handle_loads_exports_and_sets_faults(h2ogpte_mock: MockServer) -> None:
    admin = h2ogpte_mock.admin
    admin.load(
        {
            "users": [{"username": "carol", "token": "carol-key"}],
            "collections": [{**RECIPES, "owner": "carol"}],
        }
    )
    assert admin.api_key_for("carol") == "carol-key"
    with pytest.raises(KeyError):
        admin.api_key_for("demo")
    assert [c["name"] for c in admin.export()["collections"]] == ["Recipes"]
    headers = {"Authorization": "Bearer carol-key"}
    assert httpx.get(f"{h2ogpte_mock.url}/api/v1/collections/c1", headers=headers).json()["name"] == "Recipes"
    assert admin.requests(limit=1)[0]["path"] == "/api/v1/collections/c1"

    admin.set_faults({"operations": {"get_collection": {"errors": {"rate": 1, "status": 404}}}})
    assert admin.faults()["operations"]["get_collection"]["errors"]["status"] == 404
    assert httpx.get(f"{h2ogpte_mock.url}/api/v1/collections/c1", headers=headers).status_code == 404
    with pytest.raises(MockAdminError, match="400"):
        admin.set_faults({"latency": {"min": 2, "max": 1}})
    with pytest.raises(MockAdminError, match="400"):
        admin.load({"collections": [{**RECIPES, "owner": "carol"}, {**RECIPES, "owner": "carol"}]})
    admin.reset()
    assert admin.api_key_for("demo") == h2ogpte_mock.api_key
