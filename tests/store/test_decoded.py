"""SQL stores keep decoded sessions and messages by (id, rev): what another process writes is read at once,
and a page read while rows change gives one moment's state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import msgspec
import pytest

from mock_server.store import CollectionRecord, MessageRecord, SessionRecord
from mock_server.store.sql import SqlStore
from mock_server.store.sql import statements as q
from mock_server.store.sql.codec import encode
from mock_server.store.sql.decoded import Decoded

from .conftest import empty_postgres

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
OWNER = "ann"


def _at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def _session(sid: str, minutes: int, collection_id: str | None = "c1") -> SessionRecord:
    return SessionRecord(
        id=sid,
        owner=OWNER,
        name=f"chat {sid}",
        collection_id=collection_id,
        prompt_template_id=None,
        workspace=None,
        created_at=_at(0),
        updated_at=_at(minutes),
    )


def _message(mid: str, sid: str, minutes: int, reply_to: str | None = None) -> MessageRecord:
    return MessageRecord(
        id=mid,
        session_id=sid,
        username=OWNER,
        content=f"text {mid}",
        reply_to=reply_to,
        created_at=_at(minutes),
    )


@pytest.fixture(params=("sqlite", "postgresql"))
def two(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[SqlStore, SqlStore, str]]:
    """Two stores on one database, as two server processes have, and its URL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'mock.db'}"
    else:
        url = empty_postgres(request.getfixturevalue("postgres_url"))
    first, _ = SqlStore.open(url)
    second, _ = SqlStore.open(url)
    yield first, second, url
    first.close()
    second.close()


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
    collection = CollectionRecord(
        id="c1", owner=OWNER, name="Docs", description="", embedding_model="m", created_at=T0, updated_at=T0
    )
    store.add_collection(collection)
    for n in (1, 2, 3):
        store.add_session(_session(f"s{n}", n))
    question, answer = _message("m1", "s1", 1), _message("m2", "s1", 2, reply_to="m1")
    store.add_messages([question, answer], _session("s1", 4))


def test_what_one_store_writes_the_other_reads_at_once(two: tuple[SqlStore, SqlStore, str]) -> None:
    writer, reader, url = two
    _fill(writer)
    _reads(reader)  # the reader now holds every record decoded
    s1, m2 = writer.get_session("s1"), writer.get_message("m2")
    assert s1 is not None and m2 is not None
    replace = msgspec.structs.replace
    writes: list[Callable[[], None]] = [
        lambda: writer.save_session(replace(s1, name="renamed", updated_at=_at(9))),
        lambda: writer.save_message(replace(m2, votes=1)),
        lambda: writer.save_message(replace(m2, votes=-1), replace(s1, name="voted", updated_at=_at(10))),
        lambda: writer.add_messages([_message("m3", "s1", 11)], _session("s1", 11)),
        lambda: writer.delete_messages(["m1"], replace(s1, name="pruned", updated_at=_at(12))),
        lambda: writer.save_session(_session("s2", 13, collection_id=None)),
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


def test_a_page_whose_rows_change_between_its_two_queries_is_read_again(
    two: tuple[SqlStore, SqlStore, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    writer, reader, _ = two
    _fill(writer)
    m2 = writer.get_message("m2")
    assert m2 is not None
    pages = 0
    run = reader._fast.rows

    def rows(statement: Any, params: Any) -> list[Any]:
        nonlocal pages
        found = run(statement, params)
        if statement is q.MESSAGES_PAGE:
            pages += 1
            if pages == 1:  # named at the old rev, fetched at the new one
                writer.save_message(msgspec.structs.replace(m2, votes=5))
        return found

    monkeypatch.setattr(reader._fast, "rows", rows)
    page = reader.list_messages("s1", 0, 10)
    assert [(m.id, m.votes) for m in page] == [("m2", 5), ("m1", 0)]
    assert pages == 2


def test_a_page_whose_rows_keep_changing_is_taken_as_it_last_was(
    two: tuple[SqlStore, SqlStore, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    writer, reader, _ = two
    _fill(writer)
    m2 = writer.get_message("m2")
    assert m2 is not None
    pages = 0
    run = reader._fast.rows

    def rows(statement: Any, params: Any) -> list[Any]:
        nonlocal pages
        found = run(statement, params)
        if statement is q.MESSAGES_PAGE:
            pages += 1
            if pages < 3:
                writer.save_message(msgspec.structs.replace(m2, votes=pages))
            else:
                writer.delete_messages(["m2"])
        return found

    monkeypatch.setattr(reader._fast, "rows", rows)
    page = reader.list_messages("s1", 0, 10)
    # Each read named a row that changed before it was fetched; the last takes the rows as they then are,
    # without the one deleted meanwhile.
    assert [(m.id, m.votes) for m in page] == [("m1", 0)]
    assert pages == 3


def test_held_records_are_found_only_at_their_revision_and_within_the_budget() -> None:
    held: Decoded[MessageRecord] = Decoded(MessageRecord, budget=3 * len(encode(_message("m0", "s", 0))))
    for n in range(4):
        message = _message(f"m{n}", "s", n)
        assert held.add(message.id, n, encode(message)) == message
    assert held.get("m0", 0) is None  # the oldest went to keep within the budget
    assert held.get("m1", 1) == _message("m1", "s", 1)
    assert held.get("m1", 2) is None  # another revision is another body
    found, missing = held.known([("m3", 3, "x"), ("m2", 9, "x"), ("m9", 1, "x")])
    assert list(found) == ["m3"]
    assert missing == {"m2": 9, "m9": 1}
    held.hold("m3", 4, _message("m3", "s", 4), 10)
    assert held.get("m3", 3) is None and held.get("m3", 4) == _message("m3", "s", 4)
