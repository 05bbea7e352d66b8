"""A file made from a document's page texts, for documents that never had one of their own."""

from __future__ import annotations

from collections.abc import Sequence

from .extraction import file_type
from .pdf_file import make_pdf

__all__ = ["file_from_pages"]


def file_from_pages(name: str, pages: Sequence[str]) -> bytes:
    """A real PDF of the pages for a ``.pdf`` name, else their text as UTF-8, pages split by form feeds.

    Either reads back, through the mock's own extraction, as the same pages.
    """
    if file_type(name) == "pdf":
        return make_pdf(pages, title=name)
    return "\f".join(pages).encode()
