"""Sentence, heading and paragraph boundaries."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mock_server.domain import split_sentences
from mock_server.domain.sentences import sentence_spans

MARKDOWN = """# Vacation policy

Employees earn 25 days a year, e.g. about 2.08 days a month. Part-time staff earn less!
"Quoted sentence." Next one follows.
- First item
- Second item
## Carrying over
You can carry over 5 days."""


def test_splits_sentences_list_items_and_headings() -> None:
    assert split_sentences(MARKDOWN) == [
        "# Vacation policy",
        "Employees earn 25 days a year, e.g. about 2.08 days a month.",
        "Part-time staff earn less!",
        '"Quoted sentence."',
        "Next one follows.",
        "- First item",
        "- Second item",
        "## Carrying over",
        "You can carry over 5 days.",
    ]


def test_marks_headings_and_section_starts() -> None:
    spans = sentence_spans(MARKDOWN)
    assert [s.heading for s in spans] == [True, False, False, False, False, False, False, True, False]
    assert [s.starts_section for s in spans] == [True, True, False, False, False, False, False, True, False]


def test_plain_text_headings_are_short_lines_of_their_own() -> None:
    text = "Connecting to Wi-Fi\n\nDownload the app. Hold the dial.\n\nNot a heading because it ends.\n\nE4"
    assert [s.heading for s in sentence_spans(text)] == [True, False, False, False, True]


@given(st.text())
def test_spans_are_trimmed_ordered_slices(text: str) -> None:
    spans = sentence_spans(text)
    ends = [0]
    for span in spans:
        piece = text[span.start : span.end]
        assert piece and piece == piece.strip()
        assert span.start >= ends[-1]
        assert not text[ends[-1] : span.start].strip()
        ends.append(span.end)
    assert not text[ends[-1] :].strip()
