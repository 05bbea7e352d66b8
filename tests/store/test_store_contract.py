"""What every Store backend must do, written against the Protocol only."""

from __future__ import annotations

import datetime as dt

from mock_server.store import (
    CollectionRecord,
    DocumentRecord,
    MessageRecord,
    SessionRecord,
    Store,
    TemplateRecord,
)

T0 = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


def _session(sid: str, owner: str = "demo", minutes: int = 0, collection: str | None = None) -> SessionRecord:
    at = T0 + dt.timedelta(minutes=minutes)
    return SessionRecord(
        id=sid,
        owner=owner,
        name=None,
        collection_id=collection,
        prompt_template_id=None,
        workspace=None,
        created_at=at,
        updated_at=at,
    )


def _message(mid: str, session_id: str, minutes: int, reply_to: str | None = None) -> MessageRecord:
    return MessageRecord(
        id=mid,
        session_id=session_id,
        username="demo",
        content=mid,
        reply_to=reply_to,
        created_at=T0 + dt.timedelta(minutes=minutes),
    )


def test_tokens_resolve_to_users(store: Store) -> None:
    store.add_user("demo", "t1")
    assert store.user_for_token("t1") == "demo"
    assert store.user_for_token("t2") is None


def test_sessions_page_newest_updated_first_per_owner(store: Store) -> None:
    for i in range(5):
        store.save_session(_session(f"s{i}", minutes=i))
    store.save_session(_session("other", owner="bob", minutes=99))
    assert [s.id for s in store.list_sessions("demo", 0, 10)] == ["s4", "s3", "s2", "s1", "s0"]
    assert [s.id for s in store.list_sessions("demo", 1, 2)] == ["s3", "s2"]
    assert store.count_sessions("demo") == 5 and store.count_sessions("bob") == 1
    assert store.list_sessions("nobody", 0, 10) == []


def test_saving_again_reorders_and_moves_between_collections(store: Store) -> None:
    store.save_session(_session("a", minutes=1, collection="c1"))
    store.save_session(_session("b", minutes=2, collection="c1"))
    store.save_session(_session("a", minutes=3, collection="c2"))
    assert [s.id for s in store.list_sessions("demo", 0, 10)] == ["a", "b"]
    assert [s.id for s in store.list_collection_sessions("c1", None, 0, 10)] == ["b"]
    assert [s.id for s in store.list_collection_sessions("c2", "demo", 0, 10)] == ["a"]
    assert store.count_collection_sessions("c1") == 1 and store.count_collection_sessions("c2", "bob") == 0


def test_messages_page_newest_first_and_go_with_their_session(store: Store) -> None:
    store.save_session(_session("s"))
    for i in range(4):
        store.add_message(_message(f"m{i}", "s", i))
    assert [m.id for m in store.list_messages("s", 0, 10)] == ["m3", "m2", "m1", "m0"]
    assert [m.id for m in store.list_messages("s", 1, 2)] == ["m2", "m1"]
    assert store.list_messages("s", 10, 2) == [] and store.count_messages("s") == 4
    store.delete_session("s")
    assert store.get_session("s") is None and store.get_message("m0") is None
    assert store.list_sessions("demo", 0, 10) == [] and store.count_messages("s") == 0


def test_saving_a_message_replaces_it_in_place_or_appends_a_new_one(store: Store) -> None:
    store.save_session(_session("s"))
    for i in range(3):
        store.add_message(_message(f"m{i}", "s", i))
    failed = _message("m1", "s", 1)
    failed.content, failed.error = "m1 cut short", "the LLM failed"
    store.save_message(failed)
    assert store.get_message("m1") == failed
    assert [(m.id, m.content, m.error) for m in store.list_messages("s", 0, 10)] == [
        ("m2", "m2", None),
        ("m1", "m1 cut short", "the LLM failed"),
        ("m0", "m0", None),
    ]
    store.save_message(_message("m3", "s", 3))
    assert [m.id for m in store.list_messages("s", 0, 2)] == ["m3", "m2"] and store.count_messages("s") == 4


def test_collections_are_visible_to_owner_and_shared_users(store: Store) -> None:
    collection = CollectionRecord(
        id="c", owner="demo", name="C", description="", embedding_model="e", created_at=T0, updated_at=T0
    )
    store.save_collection(collection)
    assert [c.id for c in store.collections_visible_to("demo")] == ["c"]
    assert store.collections_visible_to("bob") == []
    collection.shared_with["bob"] = ["read"]
    store.save_collection(collection)
    assert [c.id for c in store.collections_visible_to("bob")] == ["c"]
    store.delete_collection("c")
    assert store.get_collection("c") is None and store.collections_visible_to("demo") == []


def test_templates_system_ones_are_visible_to_all(store: Store) -> None:
    store.save_template(TemplateRecord(id="sys", owner=None, is_default=True, created_at=T0, updated_at=T0))
    store.save_template(
        TemplateRecord(id="mine", owner="demo", is_default=False, created_at=T0, updated_at=T0)
    )
    assert {t.id for t in store.templates_visible_to("demo")} == {"sys", "mine"}
    assert {t.id for t in store.templates_visible_to("bob")} == {"sys"}
    store.delete_template("mine")
    assert store.get_template("mine") is None


def test_documents_round_trip(store: Store) -> None:
    document = DocumentRecord(
        id="d",
        owner="demo",
        name="a.md",
        type="md",
        uri=None,
        pages=["x"],
        size=1,
        created_at=T0,
        updated_at=T0,
    )
    store.save_document(document)
    assert store.get_document("d") == document
    store.delete_document("d")
    assert store.get_document("d") is None


def test_clear_forgets_everything(store: Store) -> None:
    store.add_user("demo", "t")
    store.save_session(_session("s"))
    store.clear()
    assert store.user_for_token("t") is None and store.get_session("s") is None
