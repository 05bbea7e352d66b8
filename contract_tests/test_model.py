"""Model-based testing: a Hypothesis state machine keeps a small model of what each user can observe.

Rules create, rename, share, unshare and delete collections and chat sessions, put documents into
collections and ask questions, with names drawn from boundary values (empty, blank, maximal, too long)
as well as random text. After every step the machine compares what the API shows with the model:
reads, lists and counts of the first user, and what the second user can see of the first one's records.
Only records made by the machine are compared, so a live server's other data does not matter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, initialize, invariant, rule

from .conftest import require_second_user
from .profiles import current_profile, generation_seed
from .target import Target, path_of
from .users import User, describe

PROFILE = current_profile()
NAMES = st.sampled_from(["", " ", " \t ", "x", "Ünïcödé ✓", "n" * 1000, "n" * 1001]) | st.text(max_size=12)
QUESTIONS = st.sampled_from(["What should a new employee know first?", "How do I reset the thermostat?", "?"])


@dataclass
class Record:
    """What the model knows of one record."""

    name: str | None
    collection_id: str | None = None
    description: str = ""
    shared: bool = False
    documents: set[str] = field(default_factory=set)


class Observed(RuleBasedStateMachine):
    """The API as two users see it, against a model of the records this machine made."""

    target: Target
    # Answers, over all runs, that cited documents: the runs must reach those, not only empty collections.
    cited_answers = 0
    collections_ = Bundle("collections")
    sessions_ = Bundle("sessions")

    def __init__(self) -> None:
        super().__init__()
        self.target.reset()
        self.first, self.second = User(self.target, "first"), User(self.target, "second")
        self.documents = self.first.readable_documents(3)
        self.collections: dict[str, Record] = {}
        self.sessions: dict[str, Record] = {}
        self.gone: set[str] = set()

    # ------------------------------------------------------------ rules
    @initialize(target=collections_)
    def library(self) -> str:
        """A collection holding every document the first user can read, so answers have references."""
        key = self.first.new_collection("model library", "model")
        for document in self.documents:
            self.first.add_document(key, document)
        self.collections[key] = Record(
            name="model library", description="model", documents=set(self.documents)
        )
        return key

    @rule(target=collections_, name=NAMES)
    def create_collection(self, name: str) -> str:
        response = self.first.call("POST", "/collections", json={"name": name, "description": "model"})
        if not 1 <= len(name) <= 1000:
            assert 400 <= response.status_code < 500, describe(response)
            return "missing"
        assert response.status_code == 201, describe(response)
        key = str(response.json()["id"])
        self.collections[key] = Record(name=name, description="model")
        return key

    @rule(collection=collections_, description=NAMES)
    def describe_collection(self, collection: str, description: str) -> None:
        response = self.first.call("PATCH", self._c(collection), json={"description": description})
        if self._expect_found(collection, response):
            assert response.status_code == 200, describe(response)
            self.collections[collection].description = description

    @rule(collection=collections_, index=st.integers(0, 2))
    def add_document(self, collection: str, index: int) -> None:
        if not self.documents:
            return
        document = self.documents[index % len(self.documents)]
        response = self.first.call("PUT", self._c(collection) + path_of("/documents/{d}", {"d": document}))
        if self._expect_found(collection, response):
            assert response.status_code == 204, describe(response)
            self.collections[collection].documents.add(document)

    @rule(collection=collections_, share=st.booleans())
    def share(self, collection: str, share: bool) -> None:
        path = self._c(collection) + path_of("/permissions/{u}", {"u": self.second.username})
        response = self.first.call(
            "PUT" if share else "DELETE", path, json={"permissions": ["read"]} if share else None
        )
        if self._expect_found(collection, response):
            assert response.status_code == 204, describe(response)
            self.collections[collection].shared = share

    @rule(collection=consumes(collections_))
    def delete_collection(self, collection: str) -> None:
        response = self.first.call("DELETE", self._c(collection))
        if self._expect_found(collection, response):
            assert response.status_code == 204, describe(response)
            del self.collections[collection]
            self.gone.add(collection)
            # The spec: deleting a collection deletes the chat sessions on it.
            for key in [k for k, s in self.sessions.items() if s.collection_id == collection]:
                del self.sessions[key]
                self.gone.add(key)

    @rule(target=sessions_, collection=collections_)
    def create_session(self, collection: str) -> str:
        return self._new_session(collection)

    def _new_session(self, collection: str) -> str:
        response = self.first.call("POST", "/chats", params={"collection_id": collection})
        if not self._expect_found(collection, response):
            return "missing"
        assert response.status_code == 201, describe(response)
        key = str(response.json()["id"])
        self.sessions[key] = Record(name=None, collection_id=collection)
        return key

    @rule(session=sessions_, name=NAMES)
    def rename_session(self, session: str, name: str) -> None:
        response = self.first.call("PATCH", self._s(session), json={"name": name})
        if len(name) > 1000:
            # Refused, whether or not the session exists (which of the two it reports is up to the server).
            assert 400 <= response.status_code < 500, describe(response)
            return
        if not self._expect_found(session, response):
            return
        assert response.status_code == 200, describe(response)
        self.sessions[session].name = name

    @rule(target=sessions_, collection=collections_, question=QUESTIONS)
    def converse(self, collection: str, question: str) -> str:
        """A new session on a collection, and a question in it."""
        session = self._new_session(collection)
        self._ask(session, question)
        return session

    @rule(session=sessions_, question=QUESTIONS)
    def ask(self, session: str, question: str) -> None:
        self._ask(session, question)

    def _ask(self, session: str, question: str) -> None:
        response = self.first.call("POST", self._s(session) + "/completions", json={"message": question})
        if not self._expect_found(session, response):
            return
        assert response.status_code == 200, describe(response)
        message = path_of("/messages/{id}/references", {"id": response.json()["message_id"]})
        cited = {r["document_id"] for r in self.first.ok("GET", message)}
        held = self.collections[str(self.sessions[session].collection_id)].documents
        assert cited <= held, f"the answer cites {cited - held}, not in the session's collection {held}"
        Observed.cited_answers += bool(cited)

    @rule(session=consumes(sessions_))
    def delete_session(self, session: str) -> None:
        response = self.first.call("DELETE", self._s(session))
        if self._expect_found(session, response):
            assert response.status_code == 204, describe(response)
            del self.sessions[session]
            self.gone.add(session)

    # ------------------------------------------------------------ what the users observe
    @invariant()
    def first_user_sees_the_model(self) -> None:
        listed = {c["id"]: c for c in self.first.ok("GET", "/collections", params={"limit": 10000})}
        assert self.first.ok("GET", "/collections/count")["count"] == len(listed)
        for key, record in self.collections.items():
            assert key in listed, f"collection {key} is not listed"
            seen = listed[key]
            assert (seen["name"], seen["description"]) == (record.name, record.description), seen
            assert seen["document_count"] == len(record.documents), seen
        assert not self.gone & set(listed), f"deleted collections listed: {self.gone & set(listed)}"
        sessions = {s["id"]: s for s in self.first.ok("GET", "/chats", params={"limit": 10000})}
        assert self.first.ok("GET", "/chats/count")["count"] == len(sessions)
        for key, record in self.sessions.items():
            assert key in sessions, f"session {key} is not listed"
            assert (sessions[key]["name"], sessions[key]["collection_id"]) == (
                record.name,
                record.collection_id,
            )
        assert not self.gone & set(sessions), f"deleted sessions listed: {self.gone & set(sessions)}"

    @invariant()
    def second_user_sees_only_what_is_shared(self) -> None:
        listed = {c["id"] for c in self.second.ok("GET", "/collections", params={"limit": 10000})}
        mine = set(self.collections) | self.gone
        shared = {key for key, record in self.collections.items() if record.shared}
        assert listed & mine == shared, f"the second user lists {listed & mine}, shared: {shared}"
        theirs = {s["id"] for s in self.second.ok("GET", "/chats", params={"limit": 10000})}
        assert not theirs & (set(self.sessions) | self.gone), (
            "the second user lists the first user's sessions"
        )

    # ------------------------------------------------------------ helpers
    def _c(self, key: str) -> str:
        return path_of("/collections/{id}", {"id": key})

    def _s(self, key: str) -> str:
        return path_of("/chats/{id}", {"id": key})

    def _expect_found(self, key: str, response: Any) -> bool:
        """Whether ``key`` is a live record of the model; if not, the API must have answered 404."""
        if key in self.collections or key in self.sessions:
            return True
        assert response.status_code == 404, f"{key} does not exist (any more): {describe(response)}"
        return False


def test_api_matches_the_model(session_target: Target) -> None:
    require_second_user(session_target)
    Observed.target = session_target
    Observed.cited_answers = 0
    run = Observed.TestCase
    run.settings = settings(
        max_examples=PROFILE.model_runs,
        stateful_step_count=PROFILE.model_steps,
        deadline=None,
        derandomize=generation_seed() is not None,
        database=None,
        # No shrinking: each step is a few HTTP requests, and shrinking a long run took minutes. The
        # failing run is reported as found, step by step.
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    run().runTest()
    assert Observed.cited_answers, "no run reached an answer with references"
