"""Bearer-token authentication: every ``/api/v1`` request must name a known user."""

from __future__ import annotations

from typing import Any

from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException
from litestar.middleware import AbstractAuthenticationMiddleware, AuthenticationResult

from ..store import Store

__all__ = ["BearerAuthMiddleware"]


class BearerAuthMiddleware(AbstractAuthenticationMiddleware):
    """Resolve ``Authorization: Bearer <token>`` to a username via the store on ``app.state.store``."""

    async def authenticate_request(
        self, connection: ASGIConnection[Any, Any, Any, Any]
    ) -> AuthenticationResult:
        """Return the user of the request's token, or refuse the request with 401."""
        scheme, _, token = connection.headers.get("authorization", "").partition(" ")
        store: Store = connection.app.state.store
        user = store.user_for_token(token.strip()) if scheme.lower() == "bearer" else None
        if user is None:
            raise NotAuthorizedException(
                "Missing or invalid bearer token", headers={"WWW-Authenticate": "Bearer"}
            )
        return AuthenticationResult(user=user, auth=token)
