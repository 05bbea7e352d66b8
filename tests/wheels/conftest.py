"""The three wheels, built once per session, and a wheelhouse of their dependencies at the locked versions.

The dependencies' wheels depend only on the lock file, so they are kept between sessions in
``.cache/wheelhouse-<hash of the lock>`` (made with pip wheel, from the index or pip's cache, once);
the project's own wheels are rebuilt every session. Installs then run offline: ``--no-index`` and no
pip configuration, with only these two folders to find packages in.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.distribute.wheelhouse import make_wheelhouse
from scripts.distribute.wheels import DISTRIBUTIONS, ROOT, build_all

LOCK = ROOT / "requirements-lock.txt"
OWN = {dist.name.replace("-", "_") for dist in DISTRIBUTIONS}


@dataclass(frozen=True)
class Wheels:
    """Where the built wheels and their dependencies are."""

    dist: Path
    house: Path


def _dependency_house(wheels: list[Path]) -> Path:
    key = hashlib.sha256(LOCK.read_bytes()).hexdigest()[:16]
    house = ROOT / ".cache" / f"wheelhouse-{key}"
    if not house.is_dir():
        house.parent.mkdir(exist_ok=True)
        scratch = Path(tempfile.mkdtemp(dir=house.parent, prefix="partial-"))
        make_wheelhouse(wheels, scratch, LOCK)
        for wheel in scratch.glob("*.whl"):
            if wheel.name.split("-", 1)[0] in OWN:
                wheel.unlink()
        scratch.rename(house)
    return house


@pytest.fixture(scope="session")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> Wheels:
    """The project's wheels, freshly built, and the wheelhouse of their dependencies."""
    dist = tmp_path_factory.mktemp("dist")
    built = build_all(dist)
    return Wheels(dist=dist, house=_dependency_house(list(built.values())))


def offline_env() -> dict[str, str]:
    """The environment with no pip configuration: no index, no extra find-links, no constraints."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PIP_")}
    return {**env, "PIP_CONFIG_FILE": os.devnull, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


@dataclass(frozen=True)
class Venv:
    """A clean virtualenv outside the repository."""

    path: Path

    @property
    def python(self) -> Path:
        return self.path / "bin" / "python"

    def command(self, name: str) -> Path:
        return self.path / "bin" / name

    def run(self, *args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run the venv's Python from a folder outside the repository (so the clone is not importable)."""
        return subprocess.run(
            [str(self.python), *map(str, args)],
            cwd=self.path,
            env=offline_env(),
            capture_output=True,
            text=True,
            check=check,
        )

    def installed(self) -> set[str]:
        """Canonical names of every distribution installed in the venv except pip and setuptools."""
        pip = [sys.executable, "-m", "pip", "--python", str(self.python), "list", "--format=freeze"]
        listing = subprocess.run(pip, env=offline_env(), capture_output=True, text=True, check=True).stdout
        names = {line.split("==")[0].lower().replace("_", "-") for line in listing.splitlines()}
        return names - {"pip", "setuptools"}


@pytest.fixture(scope="session")
def install(wheels: Wheels, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Venv]]:
    """Install a distribution by name into a venv of its own, offline, from the built wheels only.

    One venv per distribution and session. The venv has no pip of its own (which saves seconds): this
    Python's pip installs into it with ``--python``. Nor does pip compile every module it installs (12 of
    the 20 s that h2ogpte-contract took): what the tests import is compiled as it is imported.
    """
    made: dict[str, Venv] = {}
    root = tmp_path_factory.mktemp("venvs")

    def _install(name: str) -> Venv:
        if name not in made:
            env = Venv(root / name)
            venv.EnvBuilder(with_pip=False).create(env.path)
            result = subprocess.run(
                [sys.executable, "-m", "pip", "--python", str(env.python), "install", "-q", "--no-compile",
                 "--no-index", "--find-links", str(wheels.dist), "--find-links", str(wheels.house), name],
                env=offline_env(), capture_output=True, text=True, check=False,
            )  # fmt: skip
            assert result.returncode == 0, result.stdout + result.stderr
            made[name] = env
        return made[name]

    yield _install
    shutil.rmtree(root, ignore_errors=True)


__all__ = ["LOCK", "Venv", "Wheels", "install", "offline_env", "wheels"]
