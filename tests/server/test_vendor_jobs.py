"""The vendor's 1.7.5 client, unchanged, starts jobs, follows them with the SDK's own polling loop, and
cancels them, over a real socket."""

from __future__ import annotations

from collections.abc import Iterator

import h2ogpte.rest_sync as vendor
import pytest
from h2ogpte.h2ogpte import H2OGPTE
from h2ogpte.h2ogpte_async import _convert_rest_job
from h2ogpte.types import Job, JobKind

from mock_server import DEMO_TOKEN, Settings, create_app
from mock_server.testing import serve_in_thread


def _client(settings: Settings) -> Iterator[vendor.ApiClient]:
    with serve_in_thread(create_app(settings)) as url:
        config = vendor.Configuration(host=f"{url}/api/v1", access_token=DEMO_TOKEN)
        with vendor.ApiClient(config) as api_client:
            yield api_client


@pytest.fixture(scope="module")
def client() -> Iterator[vendor.ApiClient]:
    """Jobs finish before the request that starts them answers."""
    yield from _client(Settings())


@pytest.fixture(scope="module")
def timed() -> Iterator[vendor.ApiClient]:
    """Jobs take a fifth of a second, run by the server's timer."""
    yield from _client(Settings(job_seconds=0.2))


@pytest.fixture(scope="module")
def slow() -> Iterator[vendor.ApiClient]:
    """Jobs take an hour: they stay in progress until canceled."""
    yield from _client(Settings(job_seconds=3600))


class _Poller:
    """What ``H2OGPTE._wait_for_completion`` needs of the SDK client: the job, as the SDK converts it."""

    def __init__(self, api_client: vendor.ApiClient) -> None:
        self.jobs = vendor.JobsApi(api_client)

    def _get_job_internal(self, job_id: str) -> Job:
        return _convert_rest_job(
            self.jobs.get_job(job_id=job_id, _headers={"X-H2OGPTE-Internal-Poll": "true"})
        )


def _wait(api_client: vendor.ApiClient, job_id: str, seen: list[Job] | None = None) -> Job:
    """Follow a job with the SDK's own loop (0.1 s, growing to 1 s, between polls)."""
    job: Job = H2OGPTE._wait_for_completion(
        _Poller(api_client), job_id, timeout=60, callback=None if seen is None else seen.append
    )
    return job


def _delete_sessions_job(api_client: vendor.ApiClient, *session_ids: str) -> vendor.JobDetails:
    request = vendor.DeleteChatSessionsJobRequest(session_ids=list(session_ids))
    job: vendor.JobDetails = vendor.ChatApi(api_client).create_delete_chat_session_job(request)
    return job


def test_a_delete_job_completes_and_the_sdk_reads_it(client: vendor.ApiClient) -> None:
    chat = vendor.ChatApi(client)
    session = chat.create_chat_session()
    started = _delete_sessions_job(client, session.id)
    job = _wait(client, started.id)
    assert job.completed and not job.canceled and job.kind is JobKind.DeleteChatSessionsJob
    assert job.passed == 1 and job.errors == [] and [s.id for s in job.statuses] == [session.id]
    assert session.id not in {s.id for s in chat.list_chat_sessions(limit=1000)}
    assert started.id in {j.id for j in vendor.JobsApi(client).list_jobs()}


def test_a_failing_job_reports_why(client: vendor.ApiClient) -> None:
    job = _wait(client, _delete_sessions_job(client, "gone-already").id)
    assert job.completed and job.failed == 1
    assert job.errors == ["Chat session gone-already not found"]


def test_a_job_that_takes_time_rises_then_completes(timed: vendor.ApiClient) -> None:
    chat = vendor.ChatApi(timed)
    session = chat.create_chat_session()
    started = _delete_sessions_job(timed, session.id)
    assert started.overall_status == "in progress"
    seen: list[Job] = []
    job = _wait(timed, started.id, seen)
    assert job.completed and job.passed == 1 and job.progress == 1
    progress = [j.progress for j in seen]
    assert progress == sorted(progress) and progress[0] < 1
    assert session.id not in {s.id for s in chat.list_chat_sessions(limit=1000)}


def test_a_canceled_job_ends_canceled_and_does_nothing(slow: vendor.ApiClient) -> None:
    chat, jobs = vendor.ChatApi(slow), vendor.JobsApi(slow)
    session = chat.create_chat_session()
    started = _delete_sessions_job(slow, session.id)
    canceled = jobs.cancel_job(started.id)
    assert canceled.overall_status == "canceled" and canceled.canceled_by == "demo"
    job = _wait(slow, started.id)
    assert job.canceled and not job.completed
    assert chat.get_chat_session(session.id).id == session.id
    jobs.delete_job(started.id)
    assert started.id not in {j.id for j in jobs.list_jobs()}
