"""Command line of scripts/build_wheels."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT_PYTHON = ROOT / ".venv" / "bin" / "python"


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="scripts/build_wheels",
        description=(
            "Build the wheels of gpte-client (the typed client), h2ogpte-mock (the mock server, command "
            "h2ogpte-mock) and h2ogpte-contract (the contract tests, command h2ogpte-contract) into DIR. "
            "With --wheelhouse, also put every dependency's wheel there, at the versions of "
            "requirements-lock.txt, so `pip install --no-index --find-links DIR NAME` works offline."
        ),
    )
    parser.add_argument("--out", type=Path, default=ROOT / "dist", metavar="DIR", help="default: dist/")
    parser.add_argument(
        "--wheelhouse", action="store_true", help="also the dependencies' wheels (needs an index or cache)"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Build the wheels, and the wheelhouse when asked."""
    args = _parse_args(argv)
    if Path(sys.executable) != PROJECT_PYTHON and PROJECT_PYTHON.exists():
        # The project's venv has the pinned setuptools that builds without a download.
        os.execv(PROJECT_PYTHON, [str(PROJECT_PYTHON), str(ROOT / "scripts" / "build_wheels"), *sys.argv[1:]])
    sys.path.insert(0, str(ROOT))
    from scripts.distribute.wheelhouse import make_wheelhouse
    from scripts.distribute.wheels import build_all

    out: Path = args.out.resolve()
    wheels = build_all(out)
    for name, wheel in wheels.items():
        print(f"build_wheels: {name}: {wheel}")
    if args.wheelhouse:
        house = make_wheelhouse(wheels.values(), out, ROOT / "requirements-lock.txt")
        print(f"build_wheels: {len(house)} wheels in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
