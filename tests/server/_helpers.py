"""Small helpers shared by server tests: typed unwrapping of generated-client results."""

from __future__ import annotations

from typing import TypeVar

from generated_client.models import Error

__all__ = ["ok"]

T = TypeVar("T")


def ok(result: T | Error | None) -> T:
    """Return a successful result, failing the test with the server's message otherwise."""
    assert result is not None, "no response body"
    assert not isinstance(result, Error), f"{result.code}: {result.message}"
    return result
