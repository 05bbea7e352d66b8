"""Bearer-token authentication: every ``/api/v1`` request must name a known user."""

from __future__ import annotations

from collections.abc import Sequence

from litestar import Router
from litestar.enums import HttpMethod, ScopeType
from litestar.exceptions import NotAuthorizedException
from litestar.types import ASGIApp, ControllerRouterHandler, Receive, Scope, Send

from ..errors import sdk_exception_handlers
from ..http.auth import bearer_token
from ..http.shared import sharing
from ..runtime import Runtime
from .request import ApiRequest

__all__ = ["BearerAuthMiddleware", "sdk_router", "user_for_token"]


class BearerAuthMiddleware:
    """Resolve the bearer token to a username via the runtime's store, or refuse with 401.

    A plain ASGI layer rather than Litestar's authentication middleware: it runs on every API request,
    and reading one header from the raw scope costs a fraction of building a connection object.
    """

    def __init__(self, app: ASGIApp, runtime: Runtime) -> None:
        self.app = app
        self._runtime = runtime

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Put the caller's username in ``scope["user"]``; CORS preflights pass without a token."""
        if scope["type"] == ScopeType.HTTP and scope["method"] != HttpMethod.OPTIONS:
            token = bearer_token(scope)
            user = None if token is None else await user_for_token(self._runtime, token)
            if user is None:
                raise NotAuthorizedException(
                    "Missing or invalid bearer token", headers={"WWW-Authenticate": "Bearer"}
                )
            scope["user"] = user
            scope["auth"] = token
        await self.app(scope, receive, send)


async def user_for_token(runtime: Runtime, token: str) -> str | None:
    """The user a bearer token belongs to, for a request or a WebSocket handshake (None if unknown)."""
    # Asked of the store at most once a second per token: on a database that is one query fewer for
    # most requests, and a dict look-up is what the in-memory store would have done anyway.
    user = runtime.tokens.get(token)
    if user is None:
        user = await runtime.call(runtime.store.user_for_token, token)
        if user is not None:
            runtime.tokens.put(token, user)
    return user


def sdk_router(
    path: str, handlers: Sequence[ControllerRouterHandler], request_class: type[ApiRequest]
) -> Router:
    """Routes of the vendor SDK's outside ``/api/v1``, authenticated as API requests are; a new router
    each call, as each app needs its own."""
    return Router(
        path,
        route_handlers=list(handlers),
        middleware=[sharing(BearerAuthMiddleware, request_class.runtime)],
        request_class=request_class,
        exception_handlers=sdk_exception_handlers,
    )
