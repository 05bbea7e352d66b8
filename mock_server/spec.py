"""Where the chat API's contract is: in the package of an installed wheel, at the repository root in a clone.

Everything in the server that reads ``openapi.yaml`` asks here, so the server works the same whether it runs
from a clone or from the ``h2ogpte-mock`` wheel (whose build copies the spec into the package).
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["SPEC_PATH", "spec_path"]

_PACKAGE = Path(__file__).resolve().parent


def spec_path() -> Path:
    """The packaged ``openapi.yaml`` when there is one, else the repository's."""
    packaged = _PACKAGE / "openapi.yaml"
    return packaged if packaged.is_file() else _PACKAGE.parent / "openapi.yaml"


SPEC_PATH = spec_path()
