"""The text of each page of a PDF, read with pypdf."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import PyPdfError

__all__ = ["UnreadablePdf", "pdf_pages"]

_PDF_MAGIC = b"%PDF-"
# pypdf logs every repair it makes to a damaged file; the outcome is what matters here.
logging.getLogger("pypdf").setLevel(logging.ERROR)


class UnreadablePdf(ValueError):
    """The bytes are not a PDF whose text can be read; the message says why."""


def pdf_pages(data: bytes) -> tuple[str, ...]:
    """Return the text of each page, in page order (page 1 first)."""
    # Readers accept the header anywhere in the first kilobyte (after a BOM or junk), so this does too.
    if _PDF_MAGIC not in data[:1024]:
        raise UnreadablePdf("The file is not a PDF (no %PDF- header)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise UnreadablePdf("The PDF is encrypted; upload it without a password")
        return tuple(page.extract_text() or "" for page in reader.pages)
    except UnreadablePdf:
        raise
    except PyPdfError as exc:
        raise UnreadablePdf(f"The PDF cannot be read: {exc or type(exc).__name__}") from None
    # A damaged file can fail anywhere in pypdf's parser with Python's own errors too (zlib.error,
    # struct.error, KeyError, RecursionError, ...): whatever it is, the file is what cannot be read.
    except Exception as exc:
        raise UnreadablePdf(f"The PDF cannot be read ({type(exc).__name__})") from None
