"""Reading one file part of a ``multipart/form-data`` body as bytes, whether or not it has a filename.

Litestar's form parser decodes every part without a filename as UTF-8 text, so an image sent as a plain
form field (``curl -F 'file=<thumb.png'``) would fail to decode; here a part is always bytes.
"""

from __future__ import annotations

from typing import Any

import msgspec
from litestar import Request
from multipart import (
    MultipartSegment,
    ParserError,
    ParserLimitReached,
    PushMultipartParser,
    parse_options_header,
)

from ..errors import BadRequest

__all__ = ["FilePart", "read_file_part"]

# What the parser raises on bad input: ParserError for malformed bytes (StrictParserError among them), and
# ParserLimitReached, its sibling under MultipartError, for a part past its limits (a header line over
# 4 KiB, such as a 5,000-character file name, or more than 8 header lines). Both are the client's fault,
# so a 400; ParserStateError, the third kind, means this module misused the parser and stays a 500.
_BAD_INPUT = (ParserError, ParserLimitReached)


class FilePart(msgspec.Struct, frozen=True):
    """A part's bytes, the media type and the file name it declared, if any."""

    data: bytes
    content_type: str | None
    filename: str | None = None


def _boundary(request: Request[Any, Any, Any]) -> str:
    media_type, options = parse_options_header(request.headers.get("content-type", ""))
    if media_type != "multipart/form-data" or not options.get("boundary"):
        raise BadRequest("A multipart/form-data body is required")
    return str(options["boundary"])


def _parts(boundary: str, body: bytes) -> list[tuple[MultipartSegment, bytes]]:
    parts: list[tuple[MultipartSegment, bytes]] = []
    segment: MultipartSegment | None = None
    data = bytearray()
    with PushMultipartParser(boundary, strict=True) as parser:
        for chunk in (body, b""):
            for event in parser.parse(chunk):
                if isinstance(event, MultipartSegment):
                    segment, data = event, bytearray()
                elif event:
                    data += event
                elif segment is not None:
                    parts.append((segment, bytes(data)))
    return parts


async def read_file_part(request: Request[Any, Any, Any], name: str) -> FilePart:
    """Return the body's part called ``name``, or raise ``BadRequest`` saying what is missing."""
    boundary = _boundary(request)
    try:
        parts = _parts(boundary, await request.body())
    except _BAD_INPUT as exc:
        raise BadRequest(f"Malformed multipart/form-data body: {exc}") from None
    for segment, data in parts:
        if segment.name == name:
            return FilePart(data=data, content_type=segment.content_type, filename=segment.filename)
    raise BadRequest(f"A multipart/form-data body with a `{name}` part is required")
