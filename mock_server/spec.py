"""The contract the mock implements: where ``openapi.yaml`` is; everything that reads the spec asks here."""

from __future__ import annotations

from pathlib import Path

__all__ = ["SPEC_PATH"]

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi.yaml"
