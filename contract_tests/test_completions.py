"""Completions: the stored answer is the streamed text, and references cite documents the asker can read."""

from __future__ import annotations

from typing import Any

from .seeding import seed
from .target import path_of
from .users import User, describe, stream_text

QUESTIONS = ("What should a new employee know first?", "How is the device set up and maintained?")


def _stored(user: User, session_id: str, message_id: str) -> dict[str, Any]:
    messages = user.ok("GET", path_of("/chats/{id}/messages", {"id": session_id}), params={"limit": 10000})
    found = [m for m in messages if m["id"] == message_id]
    assert found, f"answer {message_id} is not among the session's messages: {[m['id'] for m in messages]}"
    return dict(found[0])


def cited_documents(user: User, message_id: str) -> list[dict[str, Any]]:
    """The references of an answer."""
    references = user.ok("GET", path_of("/messages/{id}/references", {"id": message_id}))
    assert isinstance(references, list), references
    return references


def test_stored_answer_is_the_streamed_text(first: User) -> None:
    seeded = seed(first)
    for question in QUESTIONS:
        response = first.ask(seeded.session_id, question, stream=True)
        assert response.status_code == 200, describe(response)
        text, last = stream_text(response)
        assert last.get("finished") is True, f"stream did not finish: {last}"
        stored = _stored(first, seeded.session_id, str(last["message_id"]))
        assert stored["content"] == text, f"stored {stored['content']!r}, streamed {text!r}"
        assert stored["reply_to"], f"the stored answer replies to no question: {stored}"


def test_json_answer_is_stored(first: User) -> None:
    seeded = seed(first)
    answer = first.ok(
        "POST", path_of("/chats/{id}/completions", {"id": seeded.session_id}), json={"message": QUESTIONS[0]}
    )
    stored = _stored(first, seeded.session_id, str(answer["message_id"]))
    assert stored["content"] == answer["body"], f"stored {stored['content']!r}, answered {answer['body']!r}"
    session = first.ok("GET", path_of("/chats/{id}", {"id": seeded.session_id}))
    assert session["latest_message_content"] == answer["body"], session


def test_references_cite_readable_documents(first: User) -> None:
    seeded = seed(first)
    documents = first.ok(
        "GET", path_of("/collections/{id}/documents", {"id": seeded.collection_id}), params={"limit": 10000}
    )
    readable = {d["id"] for d in documents}
    cited = 0
    for question in (*QUESTIONS, "What do the documents say about the first topic they cover?"):
        answer = first.ok(
            "POST", path_of("/chats/{id}/completions", {"id": seeded.session_id}), json={"message": question}
        )
        references = cited_documents(first, str(answer["message_id"]))
        stored = _stored(first, seeded.session_id, str(answer["message_id"]))
        assert stored["total_references"] == len(references), (
            f"message says {stored['total_references']}, lists {len(references)}"
        )
        assert stored["has_references"] == bool(references), stored
        for reference in references:
            assert reference["document_id"] in readable, (
                f"cites {reference['document_id']}, not in {sorted(readable)}"
            )
            assert reference["collection_id"] == seeded.collection_id, reference
        cited += len(references)
    assert cited, "no answer in a collection with documents cited any of them"
