"""Lock files from ``pip freeze``: the declared requirements' environment markers put back on their pins.

``pip freeze`` prints what is installed here, without the markers that made it so: ``uvloop==0.23.0`` would
then be demanded on Windows too. ``scripts/lock`` writes each lock through :func:`lock_text`.
Run as ``python -m scripts.distribute.locks declared [--extra NAME]`` to print a requirements file of the
project's declared dependencies, or ``write`` to turn a freeze into a lock file.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path

__all__ = ["declared", "lock_text", "markers_by_name"]

ROOT = Path(__file__).resolve().parents[2]


def declared(pyproject: Path, extras: Sequence[str] = ()) -> list[str]:
    """The project's dependencies, plus those of ``extras``, as written in ``pyproject``."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    optional = project.get("optional-dependencies", {})
    return [*project.get("dependencies", []), *(req for extra in extras for req in optional[extra])]


def _canonical(name: str) -> str:
    return "-".join(name.replace("_", "-").replace(".", "-").lower().split("-"))


def markers_by_name(requirements: Iterable[str]) -> dict[str, str]:
    """Canonical project name -> marker, for the requirements that have one."""
    from packaging.requirements import Requirement  # in the throwaway venv scripts/lock runs this in

    parsed = (Requirement(text) for text in requirements)
    return {_canonical(req.name): str(req.marker) for req in parsed if req.marker is not None}


def lock_text(frozen: str, requirements: Iterable[str], header: Sequence[str], exclude: Iterable[str]) -> str:
    """The lock file: ``header`` as comments, then each frozen pin, with its declared marker if any."""
    markers = markers_by_name(requirements)
    skip = {_canonical(name) for name in exclude}
    lines = [f"# {line}".rstrip() for line in header]
    for line in frozen.splitlines():
        name = line.split("==", 1)[0].strip()
        if not line.strip() or line.startswith("#") or _canonical(name) in skip:
            continue
        marker = markers.get(_canonical(name))
        lines.append(f"{line.strip()}; {marker}" if marker else line.strip())
    return "\n".join(lines) + "\n"


def _main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.distribute.locks")
    parser.add_argument("command", choices=["declared", "write"])
    parser.add_argument("--extra", action="append", default=[], help="also the dependencies of this extra")
    parser.add_argument("--frozen", type=Path, help="write: output of pip freeze")
    parser.add_argument("--out", type=Path, help="write: the lock file to write")
    parser.add_argument("--header", action="append", default=[], help="write: a comment line")
    parser.add_argument("--exclude", action="append", default=[], help="write: a project to leave out")
    args = parser.parse_args(argv)
    requirements = declared(ROOT / "pyproject.toml", args.extra)
    if args.command == "declared":
        sys.stdout.write("".join(f"{req}\n" for req in requirements))
        return 0
    text = lock_text(args.frozen.read_text(encoding="utf-8"), requirements, args.header, args.exclude)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(_main())
