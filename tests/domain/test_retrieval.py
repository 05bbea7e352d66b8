"""BM25 search: relevance on the demo data, score range, tie order and index maintenance."""

from __future__ import annotations

import pytest

from mock_server.domain import LexicalIndex, Passage, ScoredPassage


def _passage(document_id: str, chunk_id: int, text: str) -> Passage:
    return Passage(document_id, f"{document_id}.md", "c1", chunk_id, (1,), text)


def _index(*passages: Passage) -> LexicalIndex:
    index = LexicalIndex()
    index.add(passages)
    return index


def _keys(found: list[ScoredPassage]) -> list[tuple[str, int]]:
    return [(s.passage.document_id, s.passage.chunk_id) for s in found]


@pytest.mark.parametrize(
    ("collection", "question", "document", "phrase"),
    [
        ("Employee Handbook", "How many vacation days do I get per year?", "vacation-policy.md", "25 days"),
        ("Employee Handbook", "Can I carry over unused vacation days?", "vacation-policy.md", "up to 5"),
        ("Employee Handbook", "How much is the home office allowance?", "remote-work-policy.md", "500 EUR"),
        ("Employee Handbook", "What is the hotel limit in London?", "expense-policy.md", "250 EUR"),
        ("Employee Handbook", "When does probation end?", "onboarding-guide.md", "90-day review"),
        (
            "Halden T3 Thermostat Manual",
            "How do I connect the thermostat to Wi-Fi?",
            "halden-t3-setup-guide.pdf",
            "2.4 GHz",
        ),
        (
            "Halden T3 Thermostat Manual",
            "What does error code E4 mean?",
            "halden-t3-troubleshooting.pdf",
            "E4 means",
        ),
        (
            "Halden T3 Thermostat Manual",
            "How do I factory reset the thermostat?",
            "halden-t3-troubleshooting.pdf",
            "15 seconds",
        ),
        ("Halden T3 Thermostat Manual", "How long is the warranty?", "halden-t3-warranty.pdf", "two years"),
        (
            "Ledger Engineering Notes",
            "What caused the ledger outage?",
            "postmortem-2026-10-14-ledger-outage.md",
            "connection pool exhaustion",
        ),
        ("Ledger Engineering Notes", "How do I roll back a deploy?", "ledger-deploy-runbook.md", "rollback"),
        (
            "Ledger Engineering Notes",
            "Why do we use a transactional outbox?",
            "adr-012-transactional-outbox.md",
            "outbox table",
        ),
    ],
)
def test_the_relevant_demo_chunk_ranks_first(
    demo_indexes: dict[str, LexicalIndex], collection: str, question: str, document: str, phrase: str
) -> None:
    top = demo_indexes[collection].search(question, 3)[0]
    assert top.passage.document_name == document
    assert phrase in top.passage.text


def test_scores_read_like_similarities_best_first(demo_indexes: dict[str, LexicalIndex]) -> None:
    found = demo_indexes["Employee Handbook"].search("vacation days expenses remote work", 10)
    scores = [s.score for s in found]
    assert len(found) > 1
    assert all(0.0 < s <= 1.0 for s in scores)
    assert scores == sorted(scores, reverse=True)


def test_ties_are_broken_by_document_then_chunk_whatever_the_insertion_order() -> None:
    passages = [_passage(d, c, "Same text about heat pumps.") for d in ("b", "a", "c") for c in (2, 0, 1)]
    expected = [(d, c) for d in ("a", "b", "c") for c in (0, 1, 2)]
    assert _keys(_index(*passages).search("heat pumps", 20)) == expected
    assert _keys(_index(*reversed(passages)).search("heat pumps", 20)) == expected
    assert _keys(_index(*passages).search("heat pumps", 4)) == expected[:4]


def test_incremental_and_batch_indexes_agree() -> None:
    passages = [_passage(f"d{n}", n % 3, f"Thermostat note {n} on wiring {n % 4}") for n in range(12)]
    batch = _index(*passages)
    incremental = LexicalIndex()
    for passage in reversed(passages):
        incremental.add([passage])
    assert incremental.search("thermostat wiring 3", 12) == batch.search("thermostat wiring 3", 12)


def test_removing_a_document_removes_its_passages() -> None:
    index = _index(
        _passage("a", 0, "Vacation days carry over."),
        _passage("a", 1, "Vacation requests need approval."),
        _passage("b", 0, "Expense claims need receipts."),
    )
    assert index.remove_document("a") == 2
    assert len(index) == 1
    assert index.search("vacation", 5) == []
    assert _keys(index.search("receipts", 5)) == [("b", 0)]
    assert index.remove_document("a") == 0


def test_removed_passages_no_longer_affect_scores() -> None:
    kept = _passage("b", 0, "Expense claims need receipts.")
    fresh = _index(kept)
    index = _index(_passage("a", 0, "Receipts and more receipts everywhere."), kept)
    index.remove_document("a")
    assert index.search("receipts", 5) == fresh.search("receipts", 5)


def test_adding_the_same_chunk_again_replaces_it() -> None:
    index = _index(_passage("a", 0, "Old text about boilers."))
    index.add([_passage("a", 0, "New text about furnaces.")])
    assert len(index) == 1
    assert index.search("boilers", 5) == []
    assert index.search("furnaces", 5)[0].passage.text == "New text about furnaces."


def test_queries_without_known_terms_find_nothing(demo_indexes: dict[str, LexicalIndex]) -> None:
    index = demo_indexes["Employee Handbook"]
    assert index.search("", 3) == []
    assert index.search("what is it?", 3) == []
    assert index.search("zeppelin", 3) == []
    assert index.search("vacation", 0) == []
    assert LexicalIndex().search("vacation", 3) == []


def test_min_score_leaves_out_weak_matches(demo_indexes: dict[str, LexicalIndex]) -> None:
    index = demo_indexes["Halden T3 Thermostat Manual"]
    everything = index.search("reset thermostat", 10)
    threshold = everything[0].score - 1e-9
    assert index.search("reset thermostat", 10, min_score=threshold) == everything[:1]
    assert index.search("reset thermostat", 10, min_score=1.01) == []
