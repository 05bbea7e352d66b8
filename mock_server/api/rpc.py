"""The vendor SDK's own endpoints outside ``/api/v1``: ``/rpc/meta`` (and, with uploads, ``/rpc/fs``)."""

from __future__ import annotations

from litestar import Controller, Router, get
from litestar.middleware import DefineMiddleware

from ..services.meta import user_meta
from ..wire.rpc import Meta
from .auth import BearerAuthMiddleware
from .request import ApiRequest

__all__ = ["RpcController", "rpc_router"]


class RpcController(Controller):
    """Operations under ``/rpc`` that the SDK calls with the same bearer token as the REST API."""

    path = "/"

    @get("/meta")
    async def get_meta(self, request: ApiRequest) -> Meta:
        """The server's version and the caller's identity: the first call of the SDK's constructor."""
        return await request.run(user_meta, request.services.store, request.settings, request.user)


def rpc_router() -> Router:
    """The ``/rpc`` routes, authenticated like ``/api/v1``; a new router for each app."""
    return Router(
        "/rpc",
        route_handlers=[RpcController],
        middleware=[DefineMiddleware(BearerAuthMiddleware)],
        request_class=ApiRequest,
    )
