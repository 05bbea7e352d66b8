"""The unchanged vendor SDK (``h2ogpte`` 1.7.5) pointed at a mock, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from h2ogpte import H2OGPTE, H2OGPTEAsync

__all__ = ["HANDBOOK", "VACATION", "async_client", "collection_named", "sync_client"]

HANDBOOK = "Employee Handbook"
VACATION = "How many vacation days do I get?"


def sync_client(url: str, api_key: str) -> Any:
    """``H2OGPTE`` as an application builds it; its constructor calls ``GET /rpc/meta``."""
    return H2OGPTE(address=url, api_key=api_key)


@asynccontextmanager
async def async_client(url: str, api_key: str) -> AsyncIterator[Any]:
    """``H2OGPTEAsync`` as an application builds it."""
    client = H2OGPTEAsync(address=url, api_key=api_key)
    try:
        yield client
    finally:
        # h2ogpte 1.7.5's close() does nothing and leaves its httpx client's connections open; closed
        # here so that no ResourceWarning lands in a later test.
        await client._client.aclose()


def collection_named(collections: list[Any], name: str) -> Any:
    """The one collection of ``collections`` called ``name``."""
    (found,) = [c for c in collections if c.name == name]
    return found
