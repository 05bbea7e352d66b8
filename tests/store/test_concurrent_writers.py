"""Two stores on one database (two server processes, or ``--workers``), each written by several threads at
once: every write waits its turn instead of failing, and the data ends as the writes say."""

from __future__ import annotations

import threading

from msgspec.structs import replace

from mock_server.store import CollectionQuery, GroupRecord, Store
from mock_server.store.sql import SqlStore

from ._records import collection, document

_THREADS_PER_STORE = 2
_ROUNDS = 60


def _writer(store: Store, name: str, errors: list[BaseException]) -> None:
    """Transactions that read before they write: a collection's life, a group's, a document's."""
    try:
        for n in range(_ROUNDS):
            cid, did = f"{name}-c{n}", f"{name}-d{n}"
            store.add_document(document(did))
            store.add_collection(collection(cid, documents=(did,)))
            store.save_collection(replace(collection(cid, documents=(did,)), name=f"renamed {n}"))
            store.add_group(GroupRecord(id=name, name=name, members=(f"member{n}",)))
            if n % 2:
                store.delete_collection(cid)  # takes its unheld document with it
    except BaseException as error:
        errors.append(error)


def test_concurrent_writers_on_two_stores_all_succeed(two_sql_stores: tuple[SqlStore, SqlStore, str]) -> None:
    two_stores = two_sql_stores[:2]
    errors: list[BaseException] = []
    writers = [(store, f"w{s}{t}") for s, store in enumerate(two_stores) for t in range(_THREADS_PER_STORE)]
    threads = [threading.Thread(target=_writer, args=(store, name, errors)) for store, name in writers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for store in two_stores:
        kept = store.list_collections(CollectionQuery(user="demo", sort_column="name"), 0, 10_000)
        assert len(kept) == len(writers) * _ROUNDS // 2
        assert {c.name for c in kept} == {f"renamed {n}" for n in range(0, _ROUNDS, 2)}
        assert len(store.visible_documents("demo")) == len(kept)
        assert {g.id for g in store.groups_of(f"member{_ROUNDS - 1}")} == {name for _, name in writers}
