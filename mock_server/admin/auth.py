"""The admin API's own bearer token, separate from the users' tokens."""

from __future__ import annotations

import hmac
from typing import Any

from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException
from litestar.handlers.base import BaseRouteHandler
from litestar.types import Guard

from ..http import bearer_token

__all__ = ["admin_guard"]


def admin_guard(token: str) -> Guard:
    """A guard that lets through only ``Authorization: Bearer <token>``; others get 401 and the Error body."""
    expected = token.encode()

    def guard(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
        given = bearer_token(connection.scope)
        # Constant-time, although a mock's admin token is no secret worth timing attacks.
        if given is None or not hmac.compare_digest(given.encode(), expected):
            raise NotAuthorizedException(
                "Missing or invalid admin token", headers={"WWW-Authenticate": 'Bearer realm="admin"'}
            )

    return guard
