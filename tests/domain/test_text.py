"""Words for retrieval, token counts and streaming pieces."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mock_server.domain import count_tokens, split_pieces, tokenize
from mock_server.domain.text import TOKEN_PATTERN


def test_tokenize_keeps_content_words_lowercased() -> None:
    assert tokenize("How do I connect the Thermostat to Wi-Fi?") == ["connect", "thermostat", "wi", "fi"]


def test_tokenize_keeps_numbers_and_codes() -> None:
    assert tokenize("Error E4 in 2026, code 0x1F") == ["error", "e4", "2026", "cod", "0x1f"]


def test_tokenize_drops_contraction_parts() -> None:
    assert tokenize("The employee's laptop isn't working") == ["employe", "laptop", "work"]


@pytest.mark.parametrize(
    "variants",
    [
        ("connect", "connects", "connecting", "connected"),
        ("day", "days"),
        ("policy", "policies"),
        ("reset", "resets", "resetting"),
        ("setting", "settings"),
        ("hotel", "Hotels"),
    ],
)
def test_tokenize_matches_word_forms(variants: tuple[str, ...]) -> None:
    assert len({tuple(tokenize(v)) for v in variants}) == 1


def test_tokenize_of_nothing_useful_is_empty() -> None:
    assert tokenize("") == []
    assert tokenize("What is it?") == []


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("", 0),
        ("   \n\t", 0),
        ("policy", 1),
        ("Hello, world!", 4),
        ("reimbursement", 2),
        ("snake_case", 3),
        ("250 EUR per night.", 5),
    ],
)
def test_count_tokens(text: str, tokens: int) -> None:
    assert count_tokens(text) == tokens


@given(st.text())
def test_pieces_rebuild_the_text_exactly(text: str) -> None:
    assert "".join(split_pieces(text)) == text


@given(st.text())
def test_pieces_are_words_with_leading_whitespace(text: str) -> None:
    pieces = split_pieces(text)
    assert all(pieces)
    # Only the last piece may be whitespace alone (what trails the last word).
    assert all(p.strip() for p in pieces[:-1])
    assert all(len(p.split()) <= 1 for p in pieces)


@given(st.text())
def test_token_counts_add_up_over_pieces(text: str) -> None:
    assert sum(count_tokens(p) for p in split_pieces(text)) == count_tokens(text)


# Long ASCII text is counted without the regex; every ASCII character, and word runs around the
# 8-character token boundary, must count exactly as the pattern does.
_ASCII_PARTS = st.one_of(
    st.characters(max_codepoint=127),
    st.sampled_from(["a" * n for n in (7, 8, 9, 16, 17)] + ["_" * 3, "\x1c\x1f", " \t\n"]),
)


@given(st.lists(_ASCII_PARTS, min_size=0, max_size=400).map("".join))
def test_token_count_of_ascii_text_matches_the_pattern(text: str) -> None:
    for sample in (text, text * 3, "x" * 300 + text):
        assert count_tokens(sample) == len(TOKEN_PATTERN.findall(sample))


def test_split_pieces_examples() -> None:
    assert split_pieces("") == []
    assert split_pieces("Hello  world,\nbye \n") == ["Hello", "  world,", "\nbye", " \n"]
    assert split_pieces("  lead") == ["  lead"]
