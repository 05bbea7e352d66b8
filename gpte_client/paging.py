"""Every item of a list operation, page by page (``offset``/``limit``): what the ``iterate`` functions use.

Pages are fetched as the iteration needs them. Items created or deleted while iterating can shift the
pages, as with any offset paging: an item may then be skipped or seen twice.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TypeVar

__all__ = ["aiterate_pages", "iterate_pages"]

T = TypeVar("T")


def iterate_pages(fetch: Callable[[int, int], list[T]], page_size: int) -> Iterator[T]:
    """Yield the items of ``fetch(offset, limit)`` pages until a page comes back short."""
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    offset = 0
    while True:
        page = fetch(offset, page_size)
        yield from page
        if len(page) < page_size:
            return
        offset += len(page)


async def aiterate_pages(fetch: Callable[[int, int], Awaitable[list[T]]], page_size: int) -> AsyncIterator[T]:
    """The async :func:`iterate_pages`."""
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    offset = 0
    while True:
        page = await fetch(offset, page_size)
        for item in page:
            yield item
        if len(page) < page_size:
            return
        offset += len(page)
