"""The collection jobs, called by the vendor's unchanged 1.7.5 client over a real socket: each job does
its twin's work and the effect reads back; a job whose collection vanished fails with the reason."""

from __future__ import annotations

import json
from collections.abc import Iterator

import h2ogpte.rest_sync as vendor
import pytest
from h2ogpte.h2ogpte import H2OGPTE
from h2ogpte.h2ogpte_async import _convert_rest_job
from h2ogpte.types import Job, JobKind

from mock_server import DEMO_TOKEN, Settings, create_app
from mock_server.testing import serve_in_thread

PNG = b"\x89PNG\r\n\x1a\n" + bytes(24)


def _client(settings: Settings) -> Iterator[vendor.ApiClient]:
    with serve_in_thread(create_app(settings)) as url:
        config = vendor.Configuration(host=f"{url}/api/v1", access_token=DEMO_TOKEN)
        with vendor.ApiClient(config) as api_client:
            yield api_client


@pytest.fixture(scope="module")
def client() -> Iterator[vendor.ApiClient]:
    yield from _client(Settings())


@pytest.fixture(scope="module")
def timed() -> Iterator[vendor.ApiClient]:
    """Jobs run a fifth of a second after they are started."""
    yield from _client(Settings(job_seconds=0.2))


class _Poller:
    def __init__(self, api_client: vendor.ApiClient) -> None:
        self.jobs = vendor.JobsApi(api_client)

    def _get_job_internal(self, job_id: str) -> Job:
        return _convert_rest_job(self.jobs.get_job(job_id))


def _done(api_client: vendor.ApiClient, started: vendor.JobDetails, kind: JobKind) -> Job:
    """The job once it has ended, followed with the SDK's own loop; the SDK reads its kind."""
    job: Job = H2OGPTE._wait_for_completion(_Poller(api_client), started.id, timeout=60)
    assert job.kind is kind
    return job


def _new(collections: vendor.CollectionsApi, name: str) -> str:
    made = collections.create_collection(vendor.CollectionCreateRequest(name=name, description=""))
    return str(made.id)


def _documents(collections: vendor.CollectionsApi, collection_id: str) -> list[str]:
    return [d.id for d in collections.list_documents_for_collection(collection_id, limit=1000)]


def _handbook(collections: vendor.CollectionsApi) -> str:
    return str(collections.list_collections(name_filter="handbook")[0].id)


def test_a_delete_job_deletes_the_collections(client: vendor.ApiClient) -> None:
    collections = vendor.CollectionsApi(client)
    made = [_new(collections, f"Doomed {n}") for n in range(2)]
    started = collections.create_delete_collection_job(
        vendor.DeleteCollectionsJobRequest(collection_ids=made)
    )
    job = _done(client, started, JobKind.DeleteCollectionsJob)
    assert job.completed and job.passed == 1 and [s.id for s in job.statuses] == made
    listed = {c.id for c in collections.list_collections(limit=1000)}
    assert not listed & set(made)
    for collection_id in made:
        with pytest.raises(vendor.exceptions.NotFoundException):
            collections.get_collection(collection_id)


def test_a_delete_job_with_a_missing_collection_deletes_none(client: vendor.ApiClient) -> None:
    collections = vendor.CollectionsApi(client)
    kept = _new(collections, "Kept")
    request = vendor.DeleteCollectionsJobRequest(collection_ids=[kept, "no-such-collection"])
    job = _done(client, collections.create_delete_collection_job(request), JobKind.DeleteCollectionsJob)
    assert job.completed and job.failed == 1 and job.errors == ["Collection no-such-collection not found"]
    assert collections.get_collection(kept).id == kept


def test_documents_go_in_and_out_by_job(client: vendor.ApiClient) -> None:
    collections = vendor.CollectionsApi(client)
    handbook = _handbook(collections)
    document = _documents(collections, handbook)[0]
    mine = _new(collections, "Picked")
    inserted = collections.create_insert_document_to_collection_job(
        mine, vendor.CreateInsertDocumentToCollectionJobRequest(document_id=document), copy_document=False
    )
    assert _done(client, inserted, JobKind.ImportDocumentIntoCollectionJob).completed
    assert _documents(collections, mine) == [document]
    # 1.7.5's Document fields are sent: an uploaded document was made by no agent's chat session.
    (raw,) = json.loads(collections.list_documents_for_collection_without_preload_content(mine).data)
    assert {k: raw[k] for k in ("chat_session_id", "chat_session_name", "chat_session_visible")} == {
        "chat_session_id": None,
        "chat_session_name": None,
        "chat_session_visible": False,
    }
    removed = collections.create_delete_document_from_collection_job(
        mine, vendor.DeleteDocumentsJobRequest(document_ids=[document])
    )
    assert _done(client, removed, JobKind.DeleteDocumentsFromCollectionJob).passed == 1
    assert _documents(collections, mine) == []
    assert document in _documents(collections, handbook)
    again = collections.create_delete_document_from_collection_job(
        mine, vendor.DeleteDocumentsJobRequest(document_ids=[document])
    )
    failed = _done(client, again, JobKind.DeleteDocumentsFromCollectionJob)
    assert failed.failed == 1 and document in failed.errors[0]


def test_an_import_job_adds_every_document_of_the_source(client: vendor.ApiClient) -> None:
    collections = vendor.CollectionsApi(client)
    handbook = _handbook(collections)
    mine = _new(collections, "Everything")
    request = vendor.CreateImportCollectionToCollectionJobRequest(source_collection_id=handbook)
    started = collections.create_import_collection_to_collection_job(mine, request)
    assert _done(client, started, JobKind.ImportCollectionIntoCollectionJob).completed
    assert sorted(_documents(collections, mine)) == sorted(_documents(collections, handbook))


def test_thumbnail_jobs_set_and_remove_it(client: vendor.ApiClient) -> None:
    collections = vendor.CollectionsApi(client)
    mine = _new(collections, "Pictured")
    started = collections.create_update_collection_thumbnail_job(mine, file=("t.png", PNG))
    assert _done(client, started, JobKind.UpdateCollectionThumbnailJob).completed
    assert collections.get_collection(mine).thumbnail
    removed = collections.create_delete_collection_thumbnail_job(mine)
    assert _done(client, removed, JobKind.DeleteCollectionThumbnailJob).completed
    assert collections.get_collection(mine).thumbnail is None
    with pytest.raises(vendor.exceptions.ApiException) as refused:
        collections.create_update_collection_thumbnail_job(mine, file=("t.txt", b"plain text"))
    assert refused.value.status == 415


def test_a_migrate_job_moves_the_sessions(client: vendor.ApiClient) -> None:
    chat, collections = vendor.ChatApi(client), vendor.CollectionsApi(client)
    source, target = _new(collections, "From"), _new(collections, "To")
    sessions = [chat.create_chat_session(source).id for _ in range(2)]
    request = vendor.MigrateCollectionChatSessionsJobRequest(target_collection_id=target)
    started = collections.create_migrate_collection_chat_sessions_job(source, request)
    assert _done(client, started, JobKind.MigrateCollectionChatSessionsJob).completed
    assert {chat.get_chat_session(s).collection_id for s in sessions} == {target}
    assert collections.get_chat_session_count_for_collection(source).count == 0
    assert collections.get_chat_session_count_for_collection(target).count == len(sessions)


def test_a_job_whose_collection_vanished_before_it_ran_fails_with_the_reason(
    timed: vendor.ApiClient,
) -> None:
    collections = vendor.CollectionsApi(timed)
    document = _documents(collections, _handbook(collections))[0]
    mine = _new(collections, "Vanishing")
    started = collections.create_insert_document_to_collection_job(
        mine, vendor.CreateInsertDocumentToCollectionJobRequest(document_id=document)
    )
    assert started.overall_status == "in progress"
    collections.delete_collection(mine)
    job = _done(timed, started, JobKind.ImportDocumentIntoCollectionJob)
    assert job.completed and job.failed == 1 and job.errors == [f"Collection {mine} not found"]
