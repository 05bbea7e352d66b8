"""Jobs through the generated client: a job does its twin's work, ends completed, failed or canceled,
and belongs to whoever started it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from gpte_client import AuthenticatedClient
from gpte_client.api.chat import (
    create_chat_session,
    create_delete_chat_session_job,
    get_chat_session,
    list_chat_sessions,
)
from gpte_client.api.jobs import cancel_job, delete_job, get_job, list_jobs
from gpte_client.errors import NotFoundError
from gpte_client.models import DeleteChatSessionsJobRequest
from mock_server import API_PREFIX, Settings, create_app
from mock_server.domain import JobKind
from mock_server.testing import serve_in_thread

from .conftest import BASE_URL


def _client(app: Litestar, token: str) -> Iterator[AuthenticatedClient]:
    client = AuthenticatedClient(base_url=BASE_URL + API_PREFIX, token=token)
    with TestClient(app, base_url=BASE_URL + API_PREFIX) as transport:
        transport.headers["Authorization"] = f"Bearer {token}"
        client.set_httpx_client(transport)
        yield client


@pytest.fixture
def slow() -> Iterator[AuthenticatedClient]:
    """The demo user on a server whose jobs take an hour, so each stays in progress."""
    yield from _client(create_app(Settings(job_seconds=3600)), "demo-token")


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    """A server on a real socket, for tests with two users at once."""
    with serve_in_thread(create_app(Settings())) as url:
        yield url + API_PREFIX


def _delete_job(client: AuthenticatedClient, *session_ids: str) -> str:
    body = DeleteChatSessionsJobRequest(session_ids=list(session_ids))
    return create_delete_chat_session_job.sync(client=client, body=body).id


def test_a_delete_job_ends_completed_and_the_sessions_are_gone(api: AuthenticatedClient) -> None:
    made = [create_chat_session.sync(client=api).id for _ in range(2)]
    started = create_delete_chat_session_job.sync(
        client=api, body=DeleteChatSessionsJobRequest(session_ids=made)
    )
    assert started.overall_status == "completed"
    job = get_job.sync(started.id, client=api)
    assert (job.overall_status, job.progress, job.errors) == ("completed", 1.0, [])
    assert job.kind == JobKind.DELETE_CHAT_SESSIONS
    assert {s.id: s.status for s in job.statuses} == dict.fromkeys(made, "completed")
    listed = {s.id for s in list_chat_sessions.sync(client=api, limit=1000)}
    assert not listed & set(made)
    for session_id in made:
        with pytest.raises(NotFoundError):
            get_chat_session.sync(session_id, client=api)


def test_a_job_that_cannot_do_its_work_fails_with_the_reason_and_changes_nothing(
    api: AuthenticatedClient,
) -> None:
    kept = create_chat_session.sync(client=api).id
    job = get_job.sync(_delete_job(api, kept, "no-such-session"), client=api)
    assert job.overall_status == "failed"
    assert job.errors == ["Chat session no-such-session not found"]
    assert job.failed_percentage == 1.0 and job.passed_percentage == 0.0
    assert get_chat_session.sync(kept, client=api).id == kept


def test_jobs_are_private_to_whoever_started_them(served: str) -> None:
    with (
        AuthenticatedClient(base_url=served, token="demo-token") as api,
        AuthenticatedClient(base_url=served, token="bob-token") as bob,
    ):
        job_id = _delete_job(api, create_chat_session.sync(client=api).id)
        with pytest.raises(NotFoundError):
            get_job.sync(job_id, client=bob)
        with pytest.raises(NotFoundError):
            cancel_job.sync(job_id, client=bob)
        with pytest.raises(NotFoundError):
            delete_job.sync(job_id, client=bob)
        assert job_id not in {j.id for j in list_jobs.sync(client=bob)}
        # Nor can a job delete another user's session: it fails, and the session stays.
        theirs = create_chat_session.sync(client=bob).id
        failed = get_job.sync(_delete_job(api, theirs), client=api)
        assert failed.overall_status == "failed"
        assert get_chat_session.sync(theirs, client=bob).id == theirs


def test_list_holds_the_callers_jobs_newest_first_and_delete_removes_one(api: AuthenticatedClient) -> None:
    first = _delete_job(api, create_chat_session.sync(client=api).id)
    second = _delete_job(api)
    assert [j.id for j in list_jobs.sync(client=api)][:2] == [second, first]
    delete_job.sync(first, client=api)
    with pytest.raises(NotFoundError):
        get_job.sync(first, client=api)
    assert first not in {j.id for j in list_jobs.sync(client=api)}


def test_a_job_that_takes_time_is_in_progress_and_a_cancel_stops_its_work(
    slow: AuthenticatedClient,
) -> None:
    session_id = create_chat_session.sync(client=slow).id
    job_id = _delete_job(slow, session_id)
    waiting = get_job.sync(job_id, client=slow)
    assert waiting.overall_status == "in progress"
    assert 0 <= waiting.progress < 1 and waiting.statuses[0].status == "in progress"
    canceled = cancel_job.sync(job_id, client=slow)
    assert canceled.overall_status == "canceled" and canceled.canceled_by == "demo"
    assert get_job.sync(job_id, client=slow).overall_status == "canceled"
    assert get_chat_session.sync(session_id, client=slow).id == session_id
    # A second cancel changes nothing; an ended job stays as it ended.
    assert cancel_job.sync(job_id, client=slow).overall_status == "canceled"


def test_deleting_a_job_before_it_runs_means_it_never_runs(slow: AuthenticatedClient) -> None:
    session_id = create_chat_session.sync(client=slow).id
    job_id = _delete_job(slow, session_id)
    delete_job.sync(job_id, client=slow)
    with pytest.raises(NotFoundError):
        get_job.sync(job_id, client=slow)
    assert get_chat_session.sync(session_id, client=slow).id == session_id


def test_a_finished_job_is_not_canceled(api: AuthenticatedClient) -> None:
    job_id = _delete_job(api, create_chat_session.sync(client=api).id)
    after = cancel_job.sync(job_id, client=api)
    assert after.overall_status == "completed" and after.canceled_by is None
