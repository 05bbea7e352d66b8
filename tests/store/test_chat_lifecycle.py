"""What the 1.7.5 chat operations need of every backend: archived sessions leave the lists and counts but
stay readable and listed for admins, deleting messages with the session in one step, and the new fields."""

from __future__ import annotations

from msgspec.structs import replace

from mock_server.store import Store

from ._records import at, message, session


def test_archived_sessions_leave_lists_and_counts_and_come_back(store: Store) -> None:
    for sid, minutes in (("s1", 1), ("s2", 2), ("s3", 3)):
        store.add_session(session(sid, minutes=minutes, collection="c1"))
    archived = replace(store.get_session("s2") or session("s2"), archived_at=at(10))
    store.save_session(archived)
    assert [s.id for s in store.list_sessions("demo", 0, 10)] == ["s3", "s1"]
    assert store.count_sessions("demo") == 2
    assert [s.id for s in store.list_collection_sessions("c1", "demo", 0, 10)] == ["s3", "s1"]
    assert store.count_collection_sessions("c1") == store.count_collection_sessions("c1", "demo") == 2
    assert store.get_session("s2") == archived
    assert store.list_archived_sessions() == [archived]
    store.save_session(replace(archived, archived_at=None))
    assert [s.id for s in store.list_sessions("demo", 0, 10)] == ["s3", "s2", "s1"]
    assert store.list_archived_sessions() == []


def test_an_archived_session_is_added_archived_and_deleted_with_its_collection(store: Store) -> None:
    store.add_session(replace(session("s1", collection="c1"), archived_at=at(5), keep_forever=False))
    assert store.count_sessions("demo") == 0 and [s.id for s in store.list_archived_sessions()] == ["s1"]
    snapshot = store.snapshot()
    store.replace_all(snapshot)
    assert store.snapshot() == snapshot and store.count_sessions("demo") == 0
    store.delete_session("s1")
    assert store.list_archived_sessions() == [] and store.get_session("s1") is None


def test_deleting_messages_replaces_the_session_in_the_same_step(store: Store) -> None:
    store.add_session(session("s1"))
    store.add_messages(
        [message("q1", "s1", 1), message("a1", "s1", 2, reply_to="q1"), message("q2", "s1", 3)]
    )
    changed = replace(store.get_session("s1") or session("s1"), latest_message_content="q2", updated_at=at(9))
    store.delete_messages(["q1", "a1", "unknown"], changed)
    assert [m.id for m in store.list_messages("s1", 0, 10)] == ["q2"]
    assert store.count_messages("s1") == 1 and store.get_message("a1") is None
    assert store.get_session("s1") == changed


def test_new_fields_of_sessions_and_messages_are_kept(store: Store) -> None:
    kept = replace(session("s1"), expiry_date=at(60), expiry_timezone="Europe/Paris", keep_forever=True)
    store.add_session(kept)
    given = replace(message("a1", "s1", 1), votes=-1, expected_answer="this", user_comment="that")
    store.add_messages([given])
    assert store.get_session("s1") == kept and store.get_message("a1") == given


def test_the_latest_control_of_an_answer_is_shared_and_a_load_clears_it(store: Store) -> None:
    assert store.control_of("q1") is None
    store.set_control("q1", "pause")
    store.set_control("q1", "resume")
    store.set_control("q2", "stop")
    assert (store.control_of("q1"), store.control_of("q2")) == ("resume", "stop")
    store.replace_all(store.snapshot())
    assert store.control_of("q1") is None
