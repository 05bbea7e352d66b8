"""Text of uploaded files, page by page, by type; unreadable and unsupported files say why."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mock_server.domain import chunk_document
from mock_server.domain.extraction import UnreadableFile, UnsupportedFile, extract_pages
from mock_server.domain.pdf_file import make_pdf


def test_pdf_pages_come_back_in_order_with_their_text() -> None:
    pdf = make_pdf(["First page: the (draft) plan.", "Second page: costs \\ budget.", "Third page: café."])
    extracted = extract_pages("Plan.PDF", pdf)
    assert extracted.type == "pdf"
    assert [p.strip() for p in extracted.pages] == [
        "First page: the (draft) plan.",
        "Second page: costs \\ budget.",
        "Third page: café.",
    ]
    # Chunking keeps the page numbers the PDF gave.
    chunks = chunk_document(extracted.pages, max_tokens=8)
    assert [c.pages for c in chunks if "page" in c.text] == [(1,), (2,), (3,)]


def test_the_pdf_writer_is_deterministic() -> None:
    assert make_pdf(["a", "b"], title="t") == make_pdf(["a", "b"], title="t")
    assert make_pdf(["a"]).startswith(b"%PDF-1.4")


@pytest.mark.parametrize(
    "data",
    [b"", b"plain words", b"%PDF-1.4\n1 0 obj <<", make_pdf(["Page."])[:250]],
    ids=["empty", "not-pdf", "header-only", "cut-short"],
)
def test_a_damaged_pdf_is_unreadable_not_a_crash(data: bytes) -> None:
    with pytest.raises(UnreadableFile):
        extract_pages("broken.pdf", data)


def test_text_splits_pages_at_form_feeds_and_must_be_utf8() -> None:
    assert extract_pages("a.txt", b"\xef\xbb\xbfone\r\ntwo\fthree").pages == ("one\ntwo", "three")
    with pytest.raises(UnreadableFile, match="UTF-8"):
        extract_pages("a.txt", "naïve".encode("latin-1"))
    # Nothing to read is not an error: the document simply has no chunks.
    assert extract_pages("blank.md", b" \n\t\n").pages == (" \n\t\n",)
    assert chunk_document(extract_pages("blank.md", b"").pages) == []


def test_markdown_keeps_headings_and_the_text_of_links_and_emphasis() -> None:
    source = (
        b"# Title\n\nRead **this** and [the guide](https://x.test) ![logo](l.png).\n\n"
        b"```\ncode\n```\n<!-- hidden -->"
    )
    [page] = extract_pages("README.markdown", source).pages
    assert page.split("\n\n")[:2] == ["# Title", "Read this and the guide logo."]
    assert "```" not in page and "hidden" not in page and "code" in page


def test_html_shows_what_a_browser_shows() -> None:
    html = (
        b"<html><head><title>T</title><style>p {color: red}</style></head><body>"
        b"<h1>Hours</h1><p>Open 9&ndash;5,\nMonday to Friday.</p><script>alert(1)</script>"
        b"<ul><li>Closed on holidays</li></ul></body></html>"
    )
    [page] = extract_pages("hours.htm", html).pages
    assert page == "# Hours\n\nOpen 9\u20135, Monday to Friday.\n\nClosed on holidays"


def test_other_types_are_unsupported_whatever_their_content() -> None:
    for name in ("slides.pptx", "archive", "photo.png"):
        with pytest.raises(UnsupportedFile, match=r"\.pdf"):
            extract_pages(name, b"text")


_VALID = make_pdf(["A page about lanterns.", "A page about kites."])


@settings(max_examples=60, deadline=None)
@given(st.integers(0, len(_VALID) - 1), st.binary(min_size=1, max_size=16), st.booleans())
def test_a_pdf_damaged_anywhere_reads_or_is_unreadable(at: int, junk: bytes, cut: bool) -> None:
    damaged = _VALID[:at] + junk + (b"" if cut else _VALID[at + len(junk) :])
    try:
        extracted = extract_pages("damaged.pdf", damaged)
    except UnreadableFile:
        return
    assert extracted.type == "pdf" and all(isinstance(p, str) for p in extracted.pages)
