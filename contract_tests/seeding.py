"""The records a test starts from, created through the API itself, so any implementation can be seeded.

Documents are the seed's own: plain text ingested into the seed's new collection
(``POST /ingest/plain_text``), so no other test, and no earlier run against a live server, can have shared
or deleted them. A target that refuses that ingestion is seeded with documents the user can already read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import requests

from .target import SeedingError, path_of
from .users import User

__all__ = ["QUESTION", "Seed", "forget", "seed"]

# A question whose answer retrieves from any document collection (its words are common ones).
QUESTION = "What do the documents say about the first topic they cover?"
# The seed's own documents (three, so every list of a collection's documents has pages): (file name, text),
# with words the question retrieves.
_DOCUMENTS = (
    (
        "contract-tests-guide.md",
        "# Contract tests guide\n\nThe first topic these documents cover is how a chat session cites what it "
        "reads: every answer names the documents and pages it used.\n\nThe second topic is sharing.",
    ),
    (
        "contract-tests-notes.txt",
        "Notes of the contract tests. The documents say the first topic is citing sources, and they cover "
        "sharing collections and prompt templates after that.",
    ),
    (
        "contract-tests-faq.html",
        "<h1>Questions</h1><p>What is the first topic? The documents cover citations first, then paging "
        "through lists of sessions, messages and documents.</p>",
    ),
)


@dataclass(frozen=True)
class Seed:
    """Records of one user that exist when a test starts, so requests can reach real ones."""

    collection_id: str
    session_id: str
    message_id: str
    question_id: str
    prompt_template_id: str
    document_id: str | None
    document_ids: tuple[str, ...] = field(default=())
    job_id: str | None = None

    def ids(self) -> dict[str, str]:
        """Values for every path parameter that names one of these records."""
        ids = {
            "collection_id": self.collection_id,
            "session_id": self.session_id,
            # What a filter names as the caller's chat session (documents an agent made in it).
            "chat_session_id": self.session_id,
            "message_id": self.message_id,
            "prompt_template_id": self.prompt_template_id,
            "question_id": self.question_id,
            "answer_id": self.message_id,
            # What a job names as its other collection (to import from, or move sessions to).
            "source_collection_id": self.collection_id,
            "target_collection_id": self.collection_id,
        }
        if self.document_id is not None:
            ids["document_id"] = self.document_id
        if self.job_id is not None:
            ids["job_id"] = self.job_id
        return ids


def seed(user: User, *, need_documents: bool = True) -> Seed:
    """A collection with up to three readable documents, a session on it with an answered question, a
    prompt template and a job; raises :class:`SeedingError` naming the step that failed."""
    step = "creating a collection (POST /collections)"
    try:
        collection_id = user.new_collection("contract-tests seed")
        step = "ingesting documents (POST /ingest/plain_text, GET /collections/{id}/documents)"
        ingested = [user.ingest_text(collection_id, name, text) for name, text in _DOCUMENTS]
        documents = user.documents_of(collection_id) if all(ingested) else []
        if not documents:
            step = "finding documents the user can read (GET /collections, GET /collections/{id}/documents)"
            documents = user.readable_documents(3)
            if need_documents and not documents:
                raise SeedingError(
                    f"the {user.role} user can ingest no text and read no document; a live target must "
                    "accept POST /ingest/plain_text or hold a collection with a document that user can read"
                )
            step = "inserting documents (PUT /collections/{id}/documents/{document_id})"
            for document_id in documents:
                user.add_document(collection_id, document_id)
        step = "creating a chat session (POST /chats)"
        session_id = user.new_session(collection_id)
        step = "asking a question (POST /chats/{id}/completions)"
        answer = user.ok("POST", f"/chats/{session_id}/completions", json={"message": QUESTION})
        step = "reading the session's messages (GET /chats/{id}/messages)"
        messages = user.ok("GET", path_of("/chats/{id}/messages", {"id": session_id}))
        question_id = next(m["id"] for m in messages if m["id"] != answer["message_id"])
        step = "creating a prompt template (POST /prompt_templates)"
        template_id = user.new_template("contract-tests seed")
        step = "starting a job that deletes no session (POST /chats/delete_job)"
        job_id = str(user.ok("POST", "/chats/delete_job", json={"session_ids": []})["id"])
    except SeedingError:
        raise
    except (AssertionError, KeyError, StopIteration, TypeError, ValueError, requests.RequestException) as exc:
        raise SeedingError(f"seeding as the {user.role} user failed while {step}: {exc}") from None
    return Seed(
        collection_id=collection_id,
        session_id=session_id,
        message_id=str(answer["message_id"]),
        question_id=str(question_id),
        prompt_template_id=template_id,
        document_id=documents[0] if documents else None,
        document_ids=tuple(documents),
        job_id=job_id,
    )


def forget(user: User, seed: Seed) -> None:
    """Delete what :func:`seed` created on a live server; in-process state is dropped anyway."""
    if not user.target.live:
        return
    for path in (
        path_of("/chats/{id}", {"id": seed.session_id}),
        path_of("/collections/{id}", {"id": seed.collection_id}),
        path_of("/prompt_templates/{id}", {"id": seed.prompt_template_id}),
        *([path_of("/jobs/{id}", {"id": seed.job_id})] if seed.job_id else []),
    ):
        user.call("DELETE", path)
