"""Jobs in the admin export (every field, loaded back the same) and the job-time option."""

from __future__ import annotations

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from mock_server import Settings, create_app
from mock_server.admin import ADMIN_SPEC_PATH
from mock_server.cli import parse_settings
from tests._headers import ADMIN

from ._schemas import load_openapi, validator

DEMO = {"Authorization": "Bearer demo-token"}
FIXTURE_SCHEMA = validator(load_openapi(ADMIN_SPEC_PATH), {"$ref": "#/components/schemas/Fixture"})


def _start_jobs(client: TestClient[Litestar]) -> list[str]:
    """A completed, a failed and (on a slow server) a canceled job; their ids."""
    session = client.post("/api/v1/chats", headers=DEMO).json()["id"]
    ids = []
    for session_ids in ([session], ["missing"], []):
        started = client.post("/api/v1/chats/delete_job", headers=DEMO, json={"session_ids": session_ids})
        assert started.status_code == 201, started.text
        ids.append(started.json()["id"])
    client.post(f"/api/v1/jobs/{ids[-1]}/cancel", headers=DEMO)
    return ids


@pytest.mark.parametrize("job_seconds", [0, 3600])
def test_jobs_survive_export_and_load(job_seconds: float) -> None:
    with TestClient(create_app(Settings(job_seconds=job_seconds))) as server:
        ids = _start_jobs(server)
        jobs = {i: server.get(f"/api/v1/jobs/{i}", headers=DEMO).json() for i in ids}
        exported = server.get("/admin/state", headers=ADMIN)
    assert [j["id"] for j in exported.json()["jobs"]] == ids
    assert not [e.message for e in FIXTURE_SCHEMA.iter_errors(exported.json())]
    with TestClient(create_app(Settings(empty=True))) as fresh:
        loaded = fresh.post("/admin/state", content=exported.content, headers=ADMIN)
        assert loaded.status_code == 204, loaded.text
        assert fresh.get("/admin/state", headers=ADMIN).content == exported.content
        for job_id, job in jobs.items():
            again = fresh.get(f"/api/v1/jobs/{job_id}", headers=DEMO).json()
            if job["overall_status"] == "in progress":
                # Still waiting; only its progress and duration moved on.
                job = {**job, "progress": again["progress"], "duration": again["duration"]}
                job["duration_seconds"] = again["duration_seconds"]
            assert again == job
        assert [j["id"] for j in fresh.get("/api/v1/jobs", headers=DEMO).json()] == ids[::-1]


def test_a_fixture_may_give_jobs_by_hand() -> None:
    fixture = {
        "users": [{"username": "demo", "token": "demo-token"}],
        "jobs": [
            {
                "id": "j1",
                "owner": "demo",
                "kind": "DeleteCollectionsJob",
                "name": "Delete 1 collection",
                "created_at": "2026-11-01T00:00:00Z",
                "items": ["c1"],
            }
        ],
    }
    with TestClient(create_app(Settings(empty=True))) as server:
        assert server.post("/admin/state", json=fixture, headers=ADMIN).status_code == 204
        job = server.get("/api/v1/jobs/j1", headers=DEMO).json()
    assert job["overall_status"] == "completed" and job["kind"] == "DeleteCollectionsJob"
    assert job["statuses"] == [{"id": "c1", "status": "completed"}]


def test_the_job_time_comes_from_the_flag_or_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert parse_settings([]).job_seconds == 0
    assert parse_settings(["--job-seconds", "2.5"]).job_seconds == 2.5
    monkeypatch.setenv("MOCK_JOB_SECONDS", "4")
    assert parse_settings([]).job_seconds == 4
    for bad in ("-1", "soon", "inf", "nan"):
        with pytest.raises(SystemExit):
            parse_settings(["--job-seconds", bad])
