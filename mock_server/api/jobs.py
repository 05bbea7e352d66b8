"""Jobs of the caller: follow, list, cancel and delete them."""

from __future__ import annotations

from litestar import Controller, delete, get, post
from litestar.params import FromPath

from ..wire import JobDetails
from .request import ApiRequest

__all__ = ["JobController"]


class JobController(Controller):
    """Operations under ``/jobs``."""

    path = "/jobs"
    tags = ("Jobs",)

    @get("/", operation_id="list_jobs")
    async def list_jobs(self, request: ApiRequest) -> list[JobDetails]:
        return await request.run(request.services.jobs.page, request.user)

    @get("/{job_id:str}", operation_id="get_job")
    async def get_job(self, request: ApiRequest, job_id: FromPath[str]) -> JobDetails:
        return await request.run(request.services.jobs.get, request.user, job_id)

    @post("/{job_id:str}/cancel", operation_id="cancel_job", status_code=200)
    async def cancel_job(self, request: ApiRequest, job_id: FromPath[str]) -> JobDetails:
        return await request.run(request.services.jobs.cancel, request.user, job_id)

    @delete("/{job_id:str}", operation_id="delete_job", status_code=204)
    async def delete_job(self, request: ApiRequest, job_id: FromPath[str]) -> None:
        await request.run(request.services.jobs.delete, request.user, job_id)
