"""The admin API under ``/admin``: the server's data, its request log and its fault policy."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Annotated, Any

from litestar import Controller, Request, Response, get, post, put
from litestar.di import NamedDependency
from litestar.params import Parameter

from ..control import Policy
from ..http import read_body
from ..requestlog import MAX_ENTRIES, RequestEntry
from ..runtime import Runtime
from ..seeding import Fixture

__all__ = [
    "ADMIN_SPEC_PATH",
    "FaultController",
    "RequestLogController",
    "StateController",
    "admin_openapi_yaml",
]

ADMIN_SPEC_PATH = Path(__file__).resolve().parent / "openapi-admin.yaml"

RuntimeDep = NamedDependency[Runtime]
_Limit = Annotated[int, Parameter(ge=1, le=MAX_ENTRIES, description="How many of the latest requests")]


class StateController(Controller):
    """The server's data: export it, replace it by a fixture, or reset it to the seed data."""

    path = "/state"

    @get("/", operation_id="export_state")
    async def export_state(self, runtime: RuntimeDep) -> Fixture:
        return await runtime.call(runtime.export)

    @post("/", operation_id="load_state", status_code=204)
    async def load_state(self, request: Request[Any, Any, Any], runtime: RuntimeDep) -> None:
        fixture = await read_body(request, Fixture)
        await runtime.call(runtime.load, fixture)

    @post("/reset", operation_id="reset_state", status_code=204)
    async def reset_state(self, runtime: RuntimeDep) -> None:
        await runtime.call(runtime.reset)


class RequestLogController(Controller):
    """The last requests the server answered."""

    path = "/requests"

    @get("/", operation_id="list_requests")
    async def list_requests(self, runtime: RuntimeDep, limit: _Limit = 100) -> list[RequestEntry]:
        return runtime.requests(limit)


class FaultController(Controller):
    """The latency, error and stream-fault policy in force."""

    path = "/faults"

    @get("/", operation_id="get_faults")
    async def get_faults(self, runtime: RuntimeDep) -> Policy:
        return runtime.controls.policy

    @put("/", operation_id="set_faults")
    async def set_faults(self, request: Request[Any, Any, Any], runtime: RuntimeDep) -> Policy:
        return runtime.set_policy(await read_body(request, Policy))


@get("/admin/openapi.yaml", media_type="application/yaml", include_in_schema=False, cache=False)
async def admin_openapi_yaml() -> Response[bytes]:
    """Serve the admin API's own OpenAPI document; readable without the admin token, like /openapi.yaml."""
    return Response(_admin_spec_bytes(), media_type="application/yaml")


@cache
def _admin_spec_bytes() -> bytes:
    return ADMIN_SPEC_PATH.read_bytes()
