"""Suggested questions: drawn from headings and repeated phrases, limited, distinct and deterministic."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from mock_server.domain import suggest_questions

HANDBOOK = [
    "# Vacation policy\n\nEmployees earn 25 days.\n\n## Carrying over unused days\n\nUp to 5 days carry.",
    "Connecting to Wi-Fi\n\nThe Halden T3 joins 2.4 GHz networks.\n\nHow to reset the thermostat\n\nHold it.",
    "## Overview\n\nGeneric sections are not asked about.\n\n## The display is blank\n\nCheck the breaker.",
]


def _texts(demo: dict[str, Any]) -> list[str]:
    return [page for document in demo["documents"] for page in document["pages"]]


def test_questions_come_from_headings_in_turn() -> None:
    assert suggest_questions(HANDBOOK, 10) == [
        "What do the documents say about vacation policy?",
        "What should I know about connecting to Wi-Fi?",
        "Can you summarize carrying over unused days?",
        "How do I reset the thermostat?",
        "What should I do if the display is blank?",
    ]


def test_names_keep_their_capitals() -> None:
    texts = ["## Halden Home app\n\nInstall the app. Open it and sign in to Halden Home with your account."]
    assert suggest_questions(texts, 1) == ["What do the documents say about Halden Home app?"]


def test_repeated_phrases_are_used_when_there_are_no_headings() -> None:
    texts = ["Expense claims need receipts. Submit expense claims within 30 days.", "Late expense claims."]
    assert suggest_questions(texts, 3) == ["What do the documents say about expense claims?"]


def test_nothing_to_ask_about_gives_no_questions() -> None:
    assert suggest_questions([], 5) == []
    assert suggest_questions(["", "Just one sentence here."], 5) == []
    assert suggest_questions(HANDBOOK, 0) == []


def test_repeated_texts_do_not_repeat_questions() -> None:
    questions = suggest_questions(HANDBOOK * 3, 20)
    assert len(questions) == len({q.casefold() for q in questions}) == 5


@given(st.integers(-2, 30))
def test_limit_is_respected_on_the_demo_documents(demo: dict[str, Any], limit: int) -> None:
    questions = suggest_questions(_texts(demo), limit)
    assert len(questions) <= max(limit, 0)
    assert len(set(questions)) == len(questions)
    assert all(q.endswith("?") and q[0].isupper() for q in questions)


def test_demo_questions_are_deterministic(demo: dict[str, Any]) -> None:
    texts = _texts(demo)
    first = suggest_questions(texts, 8)
    assert len(first) == 8
    assert first == suggest_questions(list(texts), 8)
    assert suggest_questions(texts, 3) == first[:3]
