"""Routes outside ``/api/v1``: the spec file and a health check (the docs pages are in ``docs``)."""

from __future__ import annotations

from functools import cache

from litestar import Response, get

from ..spec import SPEC_PATH

__all__ = ["SPEC_PATH", "health", "openapi_yaml"]


@get("/openapi.yaml", media_type="application/yaml", include_in_schema=False, cache=False)
async def openapi_yaml() -> Response[bytes]:
    """Serve the contract byte for byte."""
    return Response(_spec_bytes(), media_type="application/yaml")


@cache
def _spec_bytes() -> bytes:
    return SPEC_PATH.read_bytes()


@get("/health", include_in_schema=False)
async def health() -> dict[str, str]:
    """Report that the server is up."""
    return {"status": "ok"}
