"""Composed answers: grounded in the top passage, deterministic, and cut to max_new_tokens exactly."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mock_server.domain import (
    LexicalIndex,
    Passage,
    ScoredPassage,
    Usage,
    compose_answer,
    count_tokens,
    split_pieces,
    split_sentences,
    usage_for,
)

TOP = Passage(
    "doc-1",
    "vacation-policy.md",
    "c1",
    2,
    (3,),
    "## Carrying over unused days\n\nYou can carry over up to 5 unused vacation days into the next calendar "
    "year. Carried-over days must be taken by 31 March. Sick leave is separate.",
)
OTHER = Passage(
    "doc-2",
    "onboarding-guide.md",
    "c1",
    0,
    (1,),
    "Read the handbook sections on vacation before you book any leave. Probation lasts three months.",
)
PASSAGES = [ScoredPassage(TOP, 0.91), ScoredPassage(OTHER, 0.42)]
QUESTION = "Can I carry over unused vacation days?"

questions = st.text(max_size=200)
passage_lists = st.lists(
    st.builds(
        ScoredPassage,
        st.builds(
            Passage,
            st.sampled_from(["d1", "d2", "d3"]),
            st.just("doc.md"),
            st.just("c"),
            st.integers(0, 5),
            st.just((1,)),
            st.text(max_size=400),
        ),
        st.floats(0.01, 1.0),
    ),
    max_size=4,
)


def test_answer_quotes_the_best_matching_sentence_of_the_top_passage() -> None:
    answer = compose_answer(QUESTION, PASSAGES)
    assert "vacation-policy.md" in answer
    assert "You can carry over up to 5 unused vacation days into the next calendar year." in answer
    assert "Carrying over unused days" not in answer  # headings are not quoted


def test_answer_is_deterministic() -> None:
    assert compose_answer(QUESTION, PASSAGES) == compose_answer(QUESTION, list(PASSAGES))
    assert compose_answer(QUESTION, PASSAGES, llm="other") == compose_answer(QUESTION, PASSAGES, llm="other")


def test_the_llm_name_changes_only_the_phrasing() -> None:
    answers = {compose_answer(QUESTION, PASSAGES, llm=f"llm-{n}") for n in range(10)}
    assert len(answers) > 1
    assert all("You can carry over up to 5 unused vacation days" in a for a in answers)


def test_without_passages_the_answer_says_no_documents_were_used() -> None:
    answer = compose_answer("How should I structure a weekly status update?", [])
    assert answer.startswith("I could not find anything about “structure weekly status update”")
    assert "not based on them" in answer
    assert answer == compose_answer("How should I structure a weekly status update?", [])
    assert compose_answer("", []).startswith("I could not find anything about this")


def test_demo_answers_use_the_retrieved_chunks(demo_indexes: dict[str, LexicalIndex]) -> None:
    question = "What does error code E4 mean?"
    found = demo_indexes["Halden T3 Thermostat Manual"].search(question, 3)
    answer = compose_answer(question, found)
    assert "halden-t3-troubleshooting.pdf" in answer
    assert "E4 means the thermostat lost its Wi-Fi connection." in answer
    # Every paragraph quotes retrieved text, sentence by sentence.
    retrieved = " ".join(" ".join(s.passage.text.split()) for s in found)
    for paragraph in answer.split("\n\n"):
        assert all(sentence in retrieved for sentence in split_sentences(paragraph.split(": ", 1)[1]))


def test_max_new_tokens_cuts_on_a_piece_boundary() -> None:
    full = compose_answer(QUESTION, PASSAGES)
    cut = compose_answer(QUESTION, PASSAGES, max_new_tokens=7)
    assert count_tokens(cut) <= 7
    assert full.startswith(cut)
    assert split_pieces(cut) == split_pieces(full)[: len(split_pieces(cut))]
    assert compose_answer(QUESTION, PASSAGES, max_new_tokens=0) == ""
    assert compose_answer(QUESTION, PASSAGES, max_new_tokens=10_000) == full


@given(questions, passage_lists, st.integers(0, 120))
def test_max_new_tokens_is_respected_exactly(
    question: str, passages: list[ScoredPassage], limit: int
) -> None:
    full = compose_answer(question, passages)
    cut = compose_answer(question, passages, max_new_tokens=limit)
    assert count_tokens(cut) <= limit
    assert full.startswith(cut)
    # The cut is as long as the limit allows: one more piece would go over it.
    rest = split_pieces(full)[len(split_pieces(cut)) :]
    assert not rest or count_tokens(cut + rest[0]) > limit


@given(questions, passage_lists)
def test_any_answer_is_deterministic_and_nonempty(question: str, passages: list[ScoredPassage]) -> None:
    answer = compose_answer(question, passages)
    assert answer.strip()
    assert answer == compose_answer(question, passages)


def test_quoted_sentences_come_from_the_passages() -> None:
    answer = compose_answer("When must carried-over days be taken?", PASSAGES)
    quoted = answer.split(": ", 1)[1]
    assert all(s in TOP.text or s in OTHER.text for s in split_sentences(quoted))


def test_usage_counts_prompt_and_answer_tokens() -> None:
    usage = usage_for(["You are helpful.", "Question: why?"], "Because.")
    assert usage == Usage(input_tokens=8, output_tokens=2)
    assert usage_for([], "") == Usage(input_tokens=0, output_tokens=0)
