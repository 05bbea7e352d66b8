"""An offline wheelhouse: the built wheels plus every dependency, at the versions of the lock files.

``pip install --no-index --find-links HOUSE h2ogpte-mock`` (or ``pipx run --pip-args ...``) then installs
without a package index. Making it needs the index once (or pip's cache); using it does not.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

__all__ = ["make_wheelhouse"]


def make_wheelhouse(wheels: Iterable[Path], house: Path, constraints: Path) -> list[Path]:
    """Write ``wheels`` and their dependency closure, pinned by ``constraints``, as wheels to ``house``."""
    house.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", "wheel", "-q"]
    # pip itself too: pipx, on its first run, upgrades its shared pip from the same --find-links.
    requested = [*map(str, wheels), "pip"]
    subprocess.run(
        [*command, "--wheel-dir", str(house), "--constraint", str(constraints), *requested], check=True
    )
    return sorted(house.glob("*.whl"))
