"""Values a client may send that a database does not take as they are (a NUL character, integers past 64
bits, a page far past the end): every backend stores, finds and pages them as the in-memory one does."""

from __future__ import annotations

from msgspec.structs import replace

from mock_server.store import CollectionQuery, ScriptedAnswer, Store, TemplateQuery, question_key

from ._records import collection, message, session, template

NUL = "\x00"
HUGE = 10**30  # JSON has no bound on integers; msgpack and SQL stop at 64 bits


def test_text_with_nul_is_stored_whole_and_found(store: Store) -> None:
    named = replace(collection("c", name=f"a{NUL}b"), description=f"d{NUL}", shared_with={NUL: ["read"]})
    store.add_collection(named)
    store.add_collection(collection("plain", name="ab", minutes=1))
    store.add_template(replace(template("t"), content={"name": f"t{NUL}1", "description": NUL}))
    store.add_session(replace(session("s"), name=f"chat{NUL}"))
    store.add_messages([replace(message("m", "s", 1), content=f"hi{NUL}")])
    store.add_script(ScriptedAnswer(question="why?", answer=f"because{NUL}", collection_id=f"c{NUL}"))

    assert store.get_collection("c") == named
    for query in (
        CollectionQuery(user="demo", name_contains=f"a{NUL}"),
        CollectionQuery(user="demo", text=f"{NUL}b"),
    ):
        assert [c.id for c in store.list_collections(query, 0, 10)] == ["c"]
    assert [t.id for t in store.list_templates(TemplateQuery(user="demo", text=f"{NUL}1"), 0, 10)] == ["t"]
    assert store.list_sessions("demo", 0, 10)[0].name == f"chat{NUL}"
    assert store.list_messages("s", 0, 10)[0].content == f"hi{NUL}"
    script = store.find_script(f"c{NUL}", question_key("why?"))
    assert script is not None and script.answer == f"because{NUL}"
    # A look-up by an id that holds a NUL finds nothing, rather than failing.
    assert store.get_session(f"s{NUL}") is None and store.get_collection(f"c{NUL}") is None
    assert store.user_for_token(f"token{NUL}") is None


def test_ids_with_nul_find_their_records(store: Store) -> None:
    # Only a fixture can give such ids: the API draws its own. (A fixture's user names and tokens may not
    # hold a NUL: see mock_server/seeding/format.py.)
    store.add_collection(collection(f"c{NUL}", owner=f"u{NUL}"))
    store.add_session(session(f"s{NUL}", owner=f"u{NUL}", collection=f"c{NUL}"))
    store.add_messages([message(f"m{NUL}", f"s{NUL}", 1)])
    [(found, on)] = store.list_sessions_with_collections(f"u{NUL}", 0, 10)
    assert found.id == f"s{NUL}" and on is not None and on.id == f"c{NUL}"
    with_collection = store.get_session_with_collection(f"s{NUL}")
    assert with_collection is not None and with_collection[1] == on
    assert [m.id for m in store.list_messages(f"s{NUL}", 0, 10)] == [f"m{NUL}"]
    assert [s.id for s in store.list_collection_sessions(f"c{NUL}", f"u{NUL}", 0, 10)] == [f"s{NUL}"]
    store.delete_session(f"s{NUL}")
    assert store.get_session(f"s{NUL}") is None and store.count_messages(f"s{NUL}") == 0


def test_integers_past_64_bits_come_back_exact(store: Store) -> None:
    metadata = {"big": HUGE, "negative": -HUGE, "list": [HUGE, 1.5, "x"], "nested": {"n": 2**64}}
    store.add_collection(replace(collection("c"), metadata=metadata))
    store.add_template(replace(template("t"), content={"name": "t", "limit": HUGE}))
    got = store.get_collection("c")
    assert got is not None and got.metadata == metadata
    assert [c.metadata for c in store.list_collections(CollectionQuery(user="demo"), 0, 10)] == [metadata]
    assert store.count_collections(CollectionQuery(user="demo", metadata={"big": HUGE})) == 1
    template_found = store.get_template("t")
    assert template_found is not None and template_found.content["limit"] == HUGE
    snapshot = store.snapshot()
    store.replace_all(snapshot)
    assert store.get_collection("c") == got


def test_a_page_far_past_the_end_is_empty_and_a_huge_limit_takes_all(store: Store) -> None:
    store.add_session(session("s", collection="c"))
    store.add_messages([message("m", "s", 1)])
    store.add_collection(replace(collection("c"), metadata={"k": 1}))
    store.add_template(template("t"))
    for offset, limit, expected in ((HUGE, 10, 0), (0, HUGE, 1), (HUGE, HUGE, 0)):
        assert len(store.list_sessions("demo", offset, limit)) == expected
        assert len(store.list_sessions_with_collections("demo", offset, limit)) == expected
        assert len(store.list_collection_sessions("c", None, offset, limit)) == expected
        assert len(store.list_collection_sessions("c", "demo", offset, limit)) == expected
        assert len(store.list_messages("s", offset, limit)) == expected
        found = store.get_session_with_messages("s", offset, limit)
        assert found is not None and len(found[1]) == expected
        assert len(store.list_collections(CollectionQuery(user="demo"), offset, limit)) == expected
        query = CollectionQuery(user="demo", metadata={"k": 1})  # matched outside the database
        assert len(store.list_collections(query, offset, limit)) == expected
        assert len(store.list_templates(TemplateQuery(user="demo"), offset, limit)) == expected
