"""Imports inside ``mock_server`` point one way: app, api/admin/http, services, store/domain, wire."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "mock_server"

# What each part may not import (by its first name under mock_server).
FORBIDDEN = {
    "api": {"admin", "app", "cli", "workers"},
    "admin": {"api", "app", "cli", "workers"},
    "http": {"api", "admin", "app", "cli", "runtime", "services", "seeding"},
    "runtime": {"api", "admin", "app", "cli"},
    "seeding": {"api", "admin", "app", "cli", "runtime", "http"},
    "services": {"api", "admin", "app", "cli", "runtime", "http", "seeding"},
    "control": {"api", "admin", "app", "cli", "runtime", "http", "services", "seeding", "store"},
    "store": {"api", "admin", "app", "cli", "runtime", "http", "services", "seeding", "control"},
    "domain": {"api", "admin", "app", "cli", "runtime", "http", "services", "seeding", "store", "control"},
    "access": {"api", "admin", "app", "cli", "runtime", "http", "services", "seeding", "store", "control"},
    "wire": {
        "api",
        "admin",
        "app",
        "cli",
        "runtime",
        "http",
        "services",
        "seeding",
        "store",
        "control",
        "domain",
    },
}


def _part(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def _imported_parts(path: Path) -> set[str]:
    """The parts of mock_server a module imports, relative imports resolved."""
    here = path.relative_to(PACKAGE).with_suffix("").parts
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(here[: len(here) - node.level])
                names = [*base, *(node.module.split(".") if node.module else [])]
                if not names and node.module is None:
                    names = [alias.name for alias in node.names]
                    found.update(names)
                    continue
                found.add(names[0] if names else "")
            elif node.module and node.module.startswith("mock_server."):
                found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("mock_server."))
    return found


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if _part(p) in FORBIDDEN)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down(path: Path) -> None:
    wrong = _imported_parts(path) & FORBIDDEN[_part(path)]
    assert not wrong, f"{path.relative_to(PACKAGE)} imports {sorted(wrong)}"


def test_no_hand_written_module_is_much_over_300_lines() -> None:
    root = PACKAGE.parent
    long = {
        str(p.relative_to(root)): n
        for package in ("mock_server", "contract_tests", "scripts", "tests")
        for p in (root / package).rglob("*.py")
        if (n := len(p.read_text().splitlines())) > 320
    }
    assert not long
