"""Build the wheels of the client, the mock server and the contract tests from this repository.

Each distribution has a ``pyproject.toml`` (and README) under ``distributions/<name>/``. Its wheel is built
from a staging folder holding that file, a copy of the package, and copies of the shared files the package
reads at run time (``openapi.yaml``, ``schemathesis.toml``), so the tree itself is never written to and each
wheel holds exactly its own package.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DISTRIBUTIONS", "ROOT", "Distribution", "build_all", "build_wheel"]

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Distribution:
    """One wheel: its config folder, the package it ships and the repository files copied into it."""

    name: str
    folder: str
    package: str
    shared_files: tuple[str, ...] = ()


DISTRIBUTIONS = (
    Distribution("gpte-client", "client", "gpte_client"),
    Distribution("h2ogpte-mock", "mock", "mock_server", ("openapi.yaml",)),
    Distribution("h2ogpte-contract", "contract", "contract_tests", ("openapi.yaml", "schemathesis.toml")),
)

_IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "openapi.yaml", "schemathesis.toml")


def _stage(dist: Distribution, staging: Path) -> None:
    """Lay out the distribution's source tree in ``staging``."""
    shutil.copytree(ROOT / "distributions" / dist.folder, staging)
    package = staging / dist.package
    # Copies left in the tree by hand would shadow the repository's files, so they are never taken.
    shutil.copytree(ROOT / dist.package, package, ignore=_IGNORED)
    for name in dist.shared_files:
        shutil.copyfile(ROOT / name, package / name)


def build_wheel(dist: Distribution, out_dir: Path) -> Path:
    """Build one wheel into ``out_dir`` with this interpreter's setuptools (no download); return its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    pattern = dist.name.replace("-", "_") + "-*.whl"
    for old in out_dir.glob(pattern):
        old.unlink()
    with tempfile.TemporaryDirectory(prefix=f"build-{dist.folder}-") as scratch:
        staging = Path(scratch) / dist.folder
        _stage(dist, staging)
        pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "wheel", "-q", "--no-deps"]
        subprocess.run([*pip, "--no-build-isolation", "--wheel-dir", str(out_dir), str(staging)], check=True)
    (wheel,) = out_dir.glob(pattern)
    return wheel


def build_all(out_dir: Path) -> dict[str, Path]:
    """Build every distribution's wheel into ``out_dir``; map distribution name to wheel."""
    return {dist.name: build_wheel(dist, out_dir) for dist in DISTRIBUTIONS}
