"""The text of an uploaded file, page by page: plain text, Markdown, HTML and PDF."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import PurePosixPath

import msgspec

from .html_text import html_to_text
from .pdf_text import UnreadablePdf, pdf_pages

__all__ = [
    "EXTRACTORS",
    "Extracted",
    "UnreadableFile",
    "UnsupportedFile",
    "check_supported",
    "extract_pages",
    "file_type",
]


class UnsupportedFile(ValueError):
    """The file is of a type the mock does not ingest; the message names the types it does."""


class UnreadableFile(ValueError):
    """The file claims a supported type but its content cannot be read as one; the message says why."""


class Extracted(msgspec.Struct, frozen=True):
    """A file's type (its extension, as documents report it) and the text of each page."""

    type: str
    pages: tuple[str, ...]


# Markdown inline markup that reads as noise in a chunk: images and links keep their text, emphasis and
# code spans their content; headings stay, since chunking starts a section at them.
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_FENCE = re.compile(r"^[^\S\n]*(```|~~~).*$", re.MULTILINE)
_MD_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# A form feed separates the pages of a text file, as printers and pdftotext use it.
_FORM_FEED = "\f"


def _decode(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"{what} is not UTF-8 text (byte {exc.start} is invalid)") from None


def _text_pages(data: bytes) -> tuple[str, ...]:
    return tuple(_decode(data, "The file").replace("\r\n", "\n").split(_FORM_FEED))


def _markdown_pages(data: bytes) -> tuple[str, ...]:
    pages = []
    for page in _text_pages(data):
        page = _MD_COMMENT.sub("", _MD_FENCE.sub("", page))
        page = _MD_LINK.sub(r"\1", _MD_IMAGE.sub(r"\1", page))
        pages.append(_MD_EMPHASIS.sub(r"\2", page))
    return tuple(pages)


def _html_pages(data: bytes) -> tuple[str, ...]:
    return (html_to_text(_decode(data, "The HTML file")),)


def _pdf_pages(data: bytes) -> tuple[str, ...]:
    try:
        return pdf_pages(data)
    except UnreadablePdf as exc:
        raise UnreadableFile(str(exc)) from None


# By extension, lower case; the type a document reports is the extension the file was named with.
EXTRACTORS: dict[str, Callable[[bytes], tuple[str, ...]]] = {
    "txt": _text_pages,
    "text": _text_pages,
    "md": _markdown_pages,
    "markdown": _markdown_pages,
    "html": _html_pages,
    "htm": _html_pages,
    "pdf": _pdf_pages,
}


def file_type(filename: str) -> str:
    """The type of a file by its name's extension, lower case ("" when it has none)."""
    return PurePosixPath(filename.replace("\\", "/")).suffix.lstrip(".").lower()


def check_supported(filename: str) -> str:
    """Return the file's type, or raise ``UnsupportedFile`` if the mock cannot read files of that type."""
    kind = file_type(filename)
    if kind not in EXTRACTORS:
        known = ", ".join(f".{k}" for k in EXTRACTORS)
        raise UnsupportedFile(f"Cannot ingest {filename!r}: the supported file types are {known}")
    return kind


def extract_pages(filename: str, data: bytes) -> Extracted:
    """Read a file's text, one string per page (text files split at form feeds, HTML is one page).

    Raises ``UnsupportedFile`` for an extension outside ``EXTRACTORS`` and ``UnreadableFile`` for content
    that is not what the name says. A file without text (a blank page, a scan) reads as empty pages.
    """
    kind = check_supported(filename)
    return Extracted(type=kind, pages=EXTRACTORS[kind](data))
