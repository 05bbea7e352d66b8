"""What every Store backend must do with collections, templates, documents and scripted answers."""

from __future__ import annotations

import pytest
from msgspec.structs import replace

from mock_server.store import CollectionQuery, DuplicateId, ScriptedAnswer, Store, TemplateQuery, question_key

from ._records import collection, document, ids_of, message, session, template


def test_collections_are_visible_to_owner_and_shared_users_only(store: Store) -> None:
    store.add_collection(collection("c"))
    assert ids_of(store.list_collections(CollectionQuery(user="demo"), 0, 10)) == ["c"]
    assert store.list_collections(CollectionQuery(user="bob"), 0, 10) == []
    shared = replace(collection("c"), shared_with={"bob": ["read"]})
    store.save_collection(shared)
    assert ids_of(store.list_collections(CollectionQuery(user="bob"), 0, 10)) == ["c"]
    assert store.count_collections(CollectionQuery(user="bob")) == 1
    assert store.count_collections(CollectionQuery(user="bob", owned_only=True)) == 0
    store.save_collection(replace(shared, shared_with={}))
    assert store.count_collections(CollectionQuery(user="bob")) == 0
    with pytest.raises(DuplicateId):
        store.add_collection(collection("c", owner="bob"))


def test_collections_filter_sort_and_page_like_the_api_says(store: Store) -> None:
    names = ["beta", "Alpha", "gamma 100%", "alpha_2", "Delta"]
    for n, name in enumerate(names):
        store.add_collection(replace(collection(f"c{n}", name=name, minutes=n), metadata={"n": n % 2}))
    store.add_collection(collection("theirs", owner="bob", name="alpha"))

    def page(offset: int = 0, limit: int = 10, **query: object) -> list[str]:
        found = store.list_collections(CollectionQuery(user="demo", **query), offset, limit)  # type: ignore[arg-type]
        return [c.name for c in found]

    assert page() == ["Delta", "alpha_2", "gamma 100%", "Alpha", "beta"]  # newest updated first
    assert page(sort_column="name", ascending=True) == ["Alpha", "alpha_2", "beta", "Delta", "gamma 100%"]
    assert page(sort_column="created_at", ascending=True, offset=1, limit=2) == ["Alpha", "gamma 100%"]
    assert page(name_contains="ALPHA") == ["alpha_2", "Alpha"]
    # LIKE's wildcards are plain characters here.
    assert page(name_contains="%") == ["gamma 100%"] and page(name_contains="a_") == ["alpha_2"]
    assert page(metadata={"n": 1}) == ["alpha_2", "Alpha"]
    assert page(metadata={"n": 0}, offset=1, limit=1) == ["gamma 100%"]
    assert store.count_collections(CollectionQuery(user="demo", metadata={"n": 0})) == 3


def test_deleting_a_collection_takes_its_sessions_and_unheld_documents_in_one_step(store: Store) -> None:
    for d in ("only_here", "also_mine", "also_shared", "bobs"):
        store.add_document(document(d, owner="bob" if d == "bobs" else "demo"))
    store.add_collection(collection("c", documents=("only_here", "also_mine", "also_shared", "bobs")))
    store.add_collection(collection("mine", documents=("also_mine",)))
    store.add_collection(collection("shared", owner="bob", documents=("also_shared",), shared=("demo",)))
    store.add_session(session("s1", collection="c"))
    store.add_session(session("s2", owner="bob", collection="c"))
    store.add_session(session("kept", collection="mine"))
    store.add_messages([message("m1", "s1", 1), message("m2", "s2", 2)])
    store.delete_collection("c")
    assert store.get_collection("c") is None and store.count_collection_sessions("c") == 0
    assert store.get_session("s1") is None and store.get_session("s2") is None
    assert store.get_message("m1") is None and store.get_message("m2") is None
    assert store.get_session("kept") is not None
    assert store.get_document("only_here") is None
    assert all(store.get_document(d) for d in ("also_mine", "also_shared", "bobs"))


def test_a_document_is_readable_through_a_collection_the_user_may_read(store: Store) -> None:
    store.add_document(document("d", owner="bob"))
    store.add_collection(collection("c", owner="bob", documents=("d",)))
    assert store.in_readable_collection("bob", "d") and not store.in_readable_collection("demo", "d")
    store.save_collection(collection("c", owner="bob", documents=("d",), shared=("demo",)))
    assert store.in_readable_collection("demo", "d")
    store.save_collection(collection("c", owner="bob", shared=("demo",)))
    assert not store.in_readable_collection("demo", "d")


def test_templates_system_ones_are_visible_to_all_and_filter_sort_page(store: Store) -> None:
    store.add_template(template("sys", owner=None, name="System", is_default=True))
    store.add_template(template("mine", name="Mine zeta", minutes=2))
    store.add_template(template("mine2", name="mine alpha", minutes=1))
    store.add_template(template("bobs", owner="bob", name="Bob's", minutes=3))

    def page(user: str = "demo", offset: int = 0, limit: int = 10, **query: object) -> list[str]:
        return ids_of(store.list_templates(TemplateQuery(user=user, **query), offset, limit))  # type: ignore[arg-type]

    assert page() == ["sys", "mine2", "mine"]  # oldest updated first by default
    assert page(user="bob") == ["sys", "bobs"]
    assert page(kind="user") == ["mine2", "mine"] and page(kind="system") == ["sys"]
    assert page(text="ALPHA") == ["mine2"] and page(text="about mine z") == ["mine"]
    assert page(sort_column="name", ascending=False, offset=1, limit=1) == ["mine"]
    assert store.count_templates(TemplateQuery(user="demo")) == 3
    store.save_template(
        replace(template("bobs", owner="bob", name="Bob's", minutes=3), shared_with={"demo": ["read"]})
    )
    assert store.count_templates(TemplateQuery(user="demo")) == 4
    default = store.default_template()
    assert default is not None and default.id == "sys"
    store.delete_templates(["sys", "mine"])
    assert store.get_template("sys") is None and store.get_template("mine") is None
    assert store.default_template() is None and page() == ["mine2", "bobs"]


def test_the_default_template_is_the_system_ones_never_a_users(store: Store) -> None:
    # A user's template marked default, added before the system one and saved as default after it.
    store.add_template(template("users", is_default=True))
    assert store.default_template() is None
    store.add_template(template("sys", owner=None, is_default=True, minutes=1))
    store.save_template(template("users", is_default=True, minutes=2))
    default = store.default_template()
    assert default is not None and default.id == "sys"
    store.delete_templates(["sys"])
    assert store.default_template() is None


def test_documents_round_trip(store: Store) -> None:
    store.add_document(document("d"))
    assert store.get_document("d") == document("d")
    with pytest.raises(DuplicateId):
        store.add_document(document("d", owner="bob"))


def test_scripted_answers_match_normalised_questions_per_collection(store: Store) -> None:
    first = ScriptedAnswer(question="What's up?", answer="One", collection_id="c")
    store.add_script(first)
    store.add_script(ScriptedAnswer(question="Hello", answer="Hi"))
    assert store.find_script("c", question_key("whats UP")) == first
    assert store.find_script(None, question_key("What's up?")) is None
    store.add_script(ScriptedAnswer(question="what's up", answer="Two", collection_id="c"))
    found = store.find_script("c", question_key("What's up?"))
    assert found is not None and found.answer == "Two"
    assert [s.answer for s in store.snapshot().scripts] == ["Hi", "Two"]


def test_a_snapshot_replaces_everything_and_comes_back_the_same(store: Store) -> None:
    store.add_user("demo", "t")
    store.add_template(template("t1", owner=None, is_default=True))
    store.add_document(document("d"))
    store.add_collection(collection("c", documents=("d",), shared=("bob",)))
    store.add_session(session("s", collection="c"))
    store.add_messages([message("q", "s", 1), message("a", "s", 2, reply_to="q")])
    store.add_script(ScriptedAnswer(question="Q", answer="A", collection_id="c"))
    for _ in range(7):
        store.claim_id()
    taken = store.snapshot()
    assert taken.ids_drawn == 7 and ids_of(list(taken.messages)) == ["q", "a"]
    store.add_session(session("extra"))
    store.replace_all(replace(taken, ids_drawn=3))
    assert store.snapshot() == replace(taken, ids_drawn=3)
    assert store.get_session("extra") is None and store.claim_id() == 3
    assert store.in_readable_collection("bob", "d") and store.count_collection_sessions("c", "demo") == 1
