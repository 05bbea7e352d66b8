"""Jobs in every backend: kept per owner, newest first, changed only from the state a caller expects."""

from __future__ import annotations

import msgspec
import pytest

from mock_server.store import DuplicateId, JobRecord, Snapshot, Store

from ._records import at


def job(jid: str, owner: str = "demo", minutes: int = 0) -> JobRecord:
    """A queued job created ``minutes`` after T0, due a minute later."""
    return JobRecord(
        id=jid,
        owner=owner,
        kind="DeleteChatSessionsJob",
        name=f"job {jid}",
        state="queued",
        created_at=at(minutes),
        updated_at=at(minutes),
        due_at=at(minutes + 1),
        items=("s1", "s2"),
    )


def test_a_job_reads_back_as_added(store: Store) -> None:
    store.add_job(job("j1"))
    assert store.get_job("j1") == job("j1")
    assert store.get_job("nope") is None


def test_an_id_is_taken_once(store: Store) -> None:
    store.add_job(job("j1"))
    with pytest.raises(DuplicateId):
        store.add_job(job("j1", owner="bob"))
    assert store.get_job("j1") == job("j1")


def test_each_owner_lists_their_own_jobs_newest_first(store: Store) -> None:
    for jid, owner, minutes in (("a", "demo", 0), ("b", "bob", 1), ("c", "demo", 2)):
        store.add_job(job(jid, owner, minutes))
    assert [j.id for j in store.list_jobs("demo")] == ["c", "a"]
    assert [j.id for j in store.list_jobs("bob")] == ["b"]
    assert store.list_jobs("alice") == []


def test_replace_happens_only_from_the_expected_state(store: Store) -> None:
    store.add_job(job("j1"))
    running = msgspec.structs.replace(job("j1"), state="running")
    assert store.replace_job(running, "queued")
    canceled = msgspec.structs.replace(job("j1"), state="canceled", canceled_by="demo")
    # A cancel that expects a queued job comes too late once the job runs.
    assert not store.replace_job(canceled, "queued")
    assert store.get_job("j1") == running
    done = msgspec.structs.replace(running, state="completed", errors=())
    assert store.replace_job(done, "running")
    assert store.get_job("j1") == done
    assert not store.replace_job(job("missing"), "queued")
    assert store.get_job("missing") is None


def test_delete_removes_the_job_only(store: Store) -> None:
    store.add_job(job("j1"))
    store.add_job(job("j2"))
    store.delete_job("j1")
    store.delete_job("never-there")
    assert store.get_job("j1") is None
    assert [j.id for j in store.list_jobs("demo")] == ["j2"]


def test_jobs_are_part_of_the_whole_state(store: Store) -> None:
    store.add_job(job("j1"))
    store.add_job(job("j2", owner="bob", minutes=3))
    snapshot = store.snapshot()
    assert snapshot.jobs == (job("j1"), job("j2", owner="bob", minutes=3))
    store.replace_all(Snapshot(jobs=(job("j3"),)))
    assert store.get_job("j1") is None
    assert [j.id for j in store.list_jobs("demo")] == ["j3"]
    store.replace_all(snapshot)
    assert store.snapshot().jobs == snapshot.jobs
