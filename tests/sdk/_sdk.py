"""The unchanged vendor SDK (``h2ogpte`` 1.7.5) pointed at a mock, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from h2ogpte import H2OGPTE, H2OGPTEAsync

__all__ = [
    "HANDBOOK",
    "KILN_QUESTION",
    "PAGES",
    "VACATION",
    "WHALES",
    "async_client",
    "collection_named",
    "sync_client",
]

HANDBOOK = "Employee Handbook"
VACATION = "How many vacation days do I get?"
# What the upload scenarios upload: a text file, and the pages of a PDF (the third answers KILN_QUESTION).
WHALES = (
    b"Blue whales\n\nThe blue whale is the largest animal that ever lived. It feeds on krill in cold seas."
)
PAGES = [
    "Badges open the front door from 7:00 on working days.",
    "Bicycles go in the basement rack, never in the corridors.",
    "Only staff trained by the facilities team may load the pottery kiln; sign the logbook first.",
]
KILN_QUESTION = "Who may load the pottery kiln?"


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
