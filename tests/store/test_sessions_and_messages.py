"""What every Store backend must do with users, sessions, messages and ids, written against the Protocol."""

from __future__ import annotations

import pytest
from msgspec.structs import replace

from mock_server.store import DuplicateId, Store

from ._records import collection, message, session


def test_tokens_resolve_to_users_and_move_when_given_again(store: Store) -> None:
    store.add_user("demo", "t1")
    assert store.user_for_token("t1") == "demo" and store.user_for_token("t2") is None
    assert store.has_user("demo") and not store.has_user("bob") and not store.has_user("Demo")
    store.add_user("bob", "t1")
    assert store.user_for_token("t1") == "bob"
    # A user is known while some token authenticates as them.
    assert store.has_user("bob") and not store.has_user("demo")


def test_sessions_page_newest_updated_first_per_owner(store: Store) -> None:
    for i in range(5):
        store.add_session(session(f"s{i}", minutes=i))
    store.add_session(session("other", owner="bob", minutes=99))
    assert [s.id for s in store.list_sessions("demo", 0, 10)] == ["s4", "s3", "s2", "s1", "s0"]
    assert [s.id for s in store.list_sessions("demo", 1, 2)] == ["s3", "s2"]
    assert store.count_sessions("demo") == 5 and store.count_sessions("bob") == 1
    assert store.list_sessions("nobody", 0, 10) == []


def test_equal_times_order_by_id(store: Store) -> None:
    for sid in ("b", "c", "a"):
        store.add_session(session(sid))
    assert [s.id for s in store.list_sessions("demo", 0, 10)] == ["a", "b", "c"]


def test_adding_an_existing_id_is_refused_and_saving_a_missing_one_adds_nothing(store: Store) -> None:
    store.add_session(session("s", minutes=1))
    with pytest.raises(DuplicateId):
        store.add_session(session("s", owner="bob"))
    assert store.get_session("s") == session("s", minutes=1) and store.count_sessions("bob") == 0
    store.save_session(session("ghost"))
    assert store.get_session("ghost") is None and store.count_sessions("demo") == 1


def test_saving_a_changed_snapshot_reorders_and_moves_between_collections(store: Store) -> None:
    store.add_session(session("a", minutes=1, collection="c1"))
    store.add_session(session("b", minutes=2, collection="c1"))
    before = store.get_session("a")
    assert before is not None
    store.save_session(replace(before, collection_id="c2", updated_at=session("x", minutes=3).updated_at))
    assert before.collection_id == "c1"  # what was handed out earlier did not change
    assert [s.id for s in store.list_sessions("demo", 0, 10)] == ["a", "b"]
    assert [s.id for s in store.list_collection_sessions("c1", None, 0, 10)] == ["b"]
    assert [s.id for s in store.list_collection_sessions("c2", "demo", 0, 10)] == ["a"]
    assert store.count_collection_sessions("c1") == 1 and store.count_collection_sessions("c2", "bob") == 0


def test_messages_page_newest_first_and_go_with_their_session(store: Store) -> None:
    store.add_session(session("s"))
    store.add_messages([message(f"m{i}", "s", i) for i in range(4)])
    assert [m.id for m in store.list_messages("s", 0, 10)] == ["m3", "m2", "m1", "m0"]
    assert [m.id for m in store.list_messages("s", 1, 2)] == ["m2", "m1"]
    assert store.list_messages("s", 10, 2) == [] and store.count_messages("s") == 4
    store.delete_session("s")
    assert store.get_session("s") is None and store.get_message("m0") is None
    assert store.list_sessions("demo", 0, 10) == [] and store.count_messages("s") == 0


def test_a_question_its_answer_and_the_session_are_written_together_or_not_at_all(store: Store) -> None:
    store.add_session(session("s"))
    store.add_messages([message("m0", "s", 0)])
    moved = replace(session("s", minutes=5), latest_message_content="a1")
    store.add_messages([message("q1", "s", 1), message("a1", "s", 2, reply_to="q1")], moved)
    assert store.get_session("s") == moved and store.count_messages("s") == 3
    later = replace(moved, latest_message_content="never")
    with pytest.raises(DuplicateId):
        store.add_messages([message("q2", "s", 3), message("m0", "s", 4, reply_to="q2")], later)
    assert store.get_message("q2") is None and store.count_messages("s") == 3
    assert store.get_session("s") == moved


def test_saving_a_message_replaces_it_in_place(store: Store) -> None:
    store.add_session(session("s"))
    store.add_messages([message(f"m{i}", "s", i) for i in range(3)])
    failed = replace(message("m1", "s", 1), content="m1 cut short", error="the LLM failed")
    moved = replace(session("s"), latest_message_content="m1 cut short")
    store.save_message(failed, moved)
    assert store.get_message("m1") == failed and store.get_session("s") == moved
    assert [(m.id, m.content, m.error) for m in store.list_messages("s", 0, 10)] == [
        ("m2", "m2", None),
        ("m1", "m1 cut short", "the LLM failed"),
        ("m0", "m0", None),
    ]
    store.save_message(message("ghost", "s", 3))
    assert store.get_message("ghost") is None and store.count_messages("s") == 3


def test_id_positions_are_claimed_once_each(store: Store) -> None:
    assert [store.claim_id() for _ in range(5)] == [0, 1, 2, 3, 4]


def test_sessions_read_with_their_collections_as_the_separate_reads_give_them(store: Store) -> None:
    store.add_collection(collection("c1"))
    store.add_session(session("on", minutes=3, collection="c1"))
    store.add_session(session("gone", minutes=2, collection="deleted"))
    store.add_session(session("none", minutes=1))
    store.add_session(session("theirs", owner="bob", minutes=4, collection="c1"))
    page = store.list_sessions_with_collections("demo", 0, 10)
    assert [(s.id, c.id if c else None) for s, c in page] == [("on", "c1"), ("gone", None), ("none", None)]
    assert [s for s, _ in page] == store.list_sessions("demo", 0, 10)
    assert [s.id for s, _ in store.list_sessions_with_collections("demo", 1, 1)] == ["gone"]
    assert store.list_sessions_with_collections("nobody", 0, 10) == []
    assert store.get_session_with_collection("on") == (store.get_session("on"), store.get_collection("c1"))
    assert store.get_session_with_collection("gone") == (store.get_session("gone"), None)
    assert store.get_session_with_collection("missing") is None


def test_an_archived_session_leaves_the_page_read_with_collections_too(store: Store) -> None:
    store.add_session(session("kept", minutes=1))
    store.add_session(replace(session("archived", minutes=2), archived_at=session("x", minutes=3).updated_at))
    assert [s.id for s, _ in store.list_sessions_with_collections("demo", 0, 10)] == ["kept"]
    assert store.get_session_with_collection("archived") is not None


def test_a_session_read_with_its_messages_gives_the_page_list_messages_gives(store: Store) -> None:
    store.add_session(session("s"))
    store.add_session(session("empty"))
    store.add_messages([message(f"m{i}", "s", i) for i in range(5)])
    for offset, limit in ((0, 10), (1, 2), (4, 5), (5, 1), (0, 0)):
        assert store.get_session_with_messages("s", offset, limit) == (
            store.get_session("s"),
            store.list_messages("s", offset, limit),
        )
    assert store.get_session_with_messages("empty", 0, 10) == (store.get_session("empty"), [])
    assert store.get_session_with_messages("missing", 0, 10) is None
