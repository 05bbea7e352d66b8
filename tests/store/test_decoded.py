"""SQL stores keep decoded sessions and messages by (id, rev): what another process writes is read at once,
and a page read while rows change gives one moment's state."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import msgspec
import pytest

from mock_server.store import MessageRecord
from mock_server.store.sql import SqlStore
from mock_server.store.sql import statements as q
from mock_server.store.sql.codec import encode
from mock_server.store.sql.decoded import Decoded

from ._records import at, collection, message, session

OWNER = "demo"


def _reads(store: SqlStore) -> dict[str, Any]:
    """Every read that names its rows by (id, rev), as plain data."""
    with_messages = store.get_session_with_messages("s1", 0, 10)
    reads: dict[str, Any] = msgspec.to_builtins(
        {
            "sessions": store.list_sessions(OWNER, 0, 10),
            "with collections": store.list_sessions_with_collections(OWNER, 0, 10),
            "on collection": store.list_collection_sessions("c1", None, 0, 10),
            "on collection of owner": store.list_collection_sessions("c1", OWNER, 0, 10),
            "messages": store.list_messages("s1", 0, 10),
            "with messages": with_messages,
        }
    )
    return reads


def _fill(store: SqlStore) -> None:
    store.add_collection(collection("c1"))
    for n in (1, 2, 3):
        store.add_session(session(f"s{n}", minutes=n, collection="c1"))
    question, answer = message("m1", "s1", 1), message("m2", "s1", 2, reply_to="m1")
    store.add_messages([question, answer], session("s1", minutes=4, collection="c1"))


def test_what_one_store_writes_the_other_reads_at_once(
    two_sql_stores: tuple[SqlStore, SqlStore, str],
) -> None:
    writer, reader, url = two_sql_stores
    _fill(writer)
    _reads(reader)  # the reader now holds every record decoded
    s1, m2 = writer.get_session("s1"), writer.get_message("m2")
    assert s1 is not None and m2 is not None
    replace = msgspec.structs.replace
    writes: list[Callable[[], None]] = [
        lambda: writer.save_session(replace(s1, name="renamed", updated_at=at(9))),
        lambda: writer.save_message(replace(m2, votes=1)),
        lambda: writer.save_message(replace(m2, votes=-1), replace(s1, name="voted", updated_at=at(10))),
        lambda: writer.add_messages([message("m3", "s1", 11)], session("s1", minutes=11, collection="c1")),
        lambda: writer.delete_messages(["m1"], replace(s1, name="pruned", updated_at=at(12))),
        lambda: writer.save_session(session("s2", minutes=13)),
        lambda: writer.delete_session("s3"),
        lambda: writer.replace_all(writer.snapshot()),
    ]
    for write in writes:
        write()
        fresh, _ = SqlStore.open(url)  # decodes everything anew
        try:
            expected = _reads(fresh)
        finally:
            fresh.close()
        assert _reads(reader) == expected
        assert _reads(writer) == expected


def _after_each_page(
    reader: SqlStore, monkeypatch: pytest.MonkeyPatch, write: Callable[[int], None]
) -> list[int]:
    """Run ``write(n)`` right after the reader's n-th query for a page of messages; the list counts them."""
    pages = [0]
    run = reader._fast.rows

    def rows(statement: Any, params: Any) -> list[Any]:
        found = run(statement, params)
        if statement is q.MESSAGES_PAGE:
            pages[0] += 1
            write(pages[0])
        return found

    monkeypatch.setattr(reader._fast, "rows", rows)
    return pages


@pytest.fixture
def answered(two_sql_stores: tuple[SqlStore, SqlStore, str]) -> tuple[SqlStore, SqlStore, MessageRecord]:
    """The two stores over ``_fill``'s data, and its answer ``m2``."""
    writer, reader, _ = two_sql_stores
    _fill(writer)
    answer = writer.get_message("m2")
    assert answer is not None
    return writer, reader, answer


def test_a_page_whose_rows_change_between_its_two_queries_is_read_again(
    answered: tuple[SqlStore, SqlStore, MessageRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    writer, reader, m2 = answered

    def write(page: int) -> None:
        if page == 1:  # named at the old rev, fetched at the new one
            writer.save_message(msgspec.structs.replace(m2, votes=5))

    pages = _after_each_page(reader, monkeypatch, write)
    page = reader.list_messages("s1", 0, 10)
    assert [(m.id, m.votes) for m in page] == [("m2", 5), ("m1", 0)]
    assert pages == [2]


def test_a_page_whose_rows_keep_changing_is_taken_as_it_last_was(
    answered: tuple[SqlStore, SqlStore, MessageRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    writer, reader, m2 = answered

    def write(page: int) -> None:
        if page < 3:
            writer.save_message(msgspec.structs.replace(m2, votes=page))
        else:
            writer.delete_messages(["m2"])

    pages = _after_each_page(reader, monkeypatch, write)
    page = reader.list_messages("s1", 0, 10)
    # Each read named a row that changed before it was fetched; the last takes the rows as they then are,
    # without the one deleted meanwhile.
    assert [(m.id, m.votes) for m in page] == [("m1", 0)]
    assert pages == [3]


def test_held_records_are_found_only_at_their_revision_and_within_the_budget() -> None:
    held: Decoded[MessageRecord] = Decoded(MessageRecord, budget=3 * len(encode(message("m0", "s", 0))))
    for n in range(4):
        added = message(f"m{n}", "s", n)
        assert held.add(added.id, n, encode(added)) == added
    assert held.get("m0", 0) is None  # the oldest went to keep within the budget
    assert held.get("m1", 1) == message("m1", "s", 1)
    assert held.get("m1", 2) is None  # another revision is another body
    found, missing = held.known([("m3", 3, "x"), ("m2", 9, "x"), ("m9", 1, "x")])
    assert list(found) == ["m3"]
    assert missing == {"m2": 9, "m9": 1}
    held.hold("m3", 4, message("m3", "s", 4), 10)
    assert held.get("m3", 3) is None and held.get("m3", 4) == message("m3", "s", 4)
