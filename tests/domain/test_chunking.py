"""Cutting documents into chunks: size limits, coverage, page numbers and overlap."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mock_server.domain import Chunk, chunk_document, count_tokens

PAGES = [
    "# Travel\n\nBook flights through the portal. Fly economy on short flights.",
    "Hotels are reimbursed up to 180 EUR per night. Taxis are fine late at night.",
    "## Meals\n\nClaim up to 60 EUR per day for meals.",
]

words = st.sampled_from(["policy", "days", "Wi-Fi", "E4", "reimbursement", "a", "of", "2026", "x" * 30])
sentence = st.lists(words, min_size=1, max_size=12).map(lambda w: " ".join(w).capitalize() + ".")
paragraph = st.lists(sentence, min_size=1, max_size=6).map(" ".join)
page = st.one_of(
    st.lists(paragraph, max_size=4).map("\n\n".join),
    st.text(max_size=300),
)
pages_strategy = st.lists(page, max_size=5)


def _visible(text: str) -> str:
    return "".join(text.split())


def test_small_document_is_one_chunk_spanning_all_pages() -> None:
    chunks = chunk_document(PAGES)
    assert chunks == [Chunk(index=0, text="\n\n".join(PAGES), pages=(1, 2, 3))]


def test_chunks_end_at_sentences_and_record_their_pages() -> None:
    chunks = chunk_document(PAGES, max_tokens=20)
    assert [c.pages for c in chunks] == [(1,), (2,), (3,)]
    assert chunks[0].text == PAGES[0]
    assert chunks[1].text == PAGES[1]
    assert [c.index for c in chunks] == [0, 1, 2]


def test_chunk_text_is_the_original_text_of_its_pages() -> None:
    for chunk in chunk_document(PAGES, max_tokens=12):
        parts = chunk.text.split("\n\n") if len(chunk.pages) > 1 else [chunk.text]
        assert all(any(part in PAGES[p - 1] for p in chunk.pages) for part in parts)


def test_a_heading_stays_with_the_text_it_introduces() -> None:
    pages = ["Intro sentence one is here. Intro sentence two is here.\n\n## Meals\n\nClaim 60 EUR per day."]
    texts = [c.text for c in chunk_document(pages, max_tokens=16)]
    assert texts == [
        "Intro sentence one is here. Intro sentence two is here.",
        "## Meals\n\nClaim 60 EUR per day.",
    ]


def test_an_overlong_word_is_cut_to_fit() -> None:
    chunks = chunk_document(["a" * 100], max_tokens=4)
    assert [c.text for c in chunks] == ["a" * 32, "a" * 32, "a" * 32, "a" * 4]


def test_overlap_repeats_whole_sentences_of_the_previous_chunk() -> None:
    text = " ".join(f"Sentence number {n} is here." for n in range(1, 9))
    chunks = chunk_document([text], max_tokens=18, overlap_tokens=6)
    assert [c.text for c in chunks] == [
        "Sentence number 1 is here. Sentence number 2 is here. Sentence number 3 is here.",
        "Sentence number 3 is here. Sentence number 4 is here. Sentence number 5 is here.",
        "Sentence number 5 is here. Sentence number 6 is here. Sentence number 7 is here.",
        "Sentence number 7 is here. Sentence number 8 is here.",
    ]


def test_blank_documents_have_no_chunks() -> None:
    assert chunk_document([]) == []
    assert chunk_document(["", "  \n\n  "]) == []


def test_blank_pages_still_count_for_page_numbers() -> None:
    assert [c.pages for c in chunk_document(["", "Only page two has text."])] == [(2,)]


@pytest.mark.parametrize(("max_tokens", "overlap_tokens"), [(0, 0), (-5, 0), (10, -1)])
def test_rejects_impossible_sizes(max_tokens: int, overlap_tokens: int) -> None:
    with pytest.raises(ValueError):
        chunk_document(PAGES, max_tokens=max_tokens, overlap_tokens=overlap_tokens)


@settings(deadline=None)
@given(pages_strategy, st.integers(1, 80), st.integers(0, 40))
def test_chunks_stay_within_the_token_limit(pages: list[str], max_tokens: int, overlap: int) -> None:
    chunks = chunk_document(pages, max_tokens=max_tokens, overlap_tokens=overlap)
    assert all(0 < count_tokens(c.text) <= max_tokens for c in chunks)
    assert [c.index for c in chunks] == list(range(len(chunks)))
    assert all(c.pages == tuple(sorted(set(c.pages))) and 1 <= c.pages[0] <= len(pages) for c in chunks)


@settings(deadline=None)
@given(pages_strategy, st.integers(1, 80))
def test_chunks_without_overlap_cover_all_text_once_in_order(pages: list[str], max_tokens: int) -> None:
    chunks = chunk_document(pages, max_tokens=max_tokens)
    assert _visible("".join(c.text for c in chunks)) == _visible("".join(pages))


@settings(deadline=None)
@given(pages_strategy, st.integers(1, 80), st.integers(0, 40))
def test_chunking_is_deterministic(pages: list[str], max_tokens: int, overlap: int) -> None:
    assert chunk_document(pages, max_tokens, overlap) == chunk_document(list(pages), max_tokens, overlap)


def test_demo_documents_chunk_cleanly(demo: dict[str, Any]) -> None:
    for document in demo["documents"]:
        chunks = chunk_document(document["pages"])
        assert chunks, document["name"]
        covered = sorted({p for c in chunks for p in c.pages})
        assert covered == list(range(1, len(document["pages"]) + 1))
        assert all(count_tokens(c.text) <= 320 for c in chunks)
        # No chunk ends on a heading.
        assert all(not c.text.rsplit("\n", 1)[-1].startswith("#") for c in chunks)
