"""A small, real PDF made from page texts: for demo uploads and tests, byte for byte the same every time.

One Helvetica font (every PDF reader has it), lines wrapped to the page width, a page per text. Characters
outside Latin-1 become ``?``, since the standard fonts have no others.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

__all__ = ["make_pdf"]

_WIDTH, _HEIGHT = 595, 842  # A4, in points
_MARGIN, _FONT_SIZE, _LEADING = 56, 11, 15
_COLUMNS = 88
_LINES_PER_PAGE = (_HEIGHT - 2 * _MARGIN) // _LEADING


def _escape(line: str) -> bytes:
    latin = line.encode("latin-1", errors="replace")
    return latin.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _lines(text: str) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(textwrap.wrap(paragraph, _COLUMNS) or [""])
    return lines[:_LINES_PER_PAGE]


def _content(text: str) -> bytes:
    ops = [b"BT", b"/F1 %d Tf" % _FONT_SIZE, b"%d TL" % _LEADING, b"%d %d Td" % (_MARGIN, _HEIGHT - _MARGIN)]
    ops += [b"(" + _escape(line) + b") Tj T*" for line in _lines(text)]
    ops.append(b"ET")
    return b"\n".join(ops)


def make_pdf(pages: Sequence[str], title: str = "") -> bytes:
    """A PDF with one page per text (at least one page); long pages are cut to what fits."""
    texts = list(pages) or [""]
    first_page = 4  # objects 1-3: catalog, page tree, font; then a page and its content per text
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(len(texts)))
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(texts)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, text in enumerate(texts):
        stream = _content(text)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {_WIDTH} {_HEIGHT}] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {first_page + 2 * i + 1} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    info = f" /Title ({title})" if title else ""
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
