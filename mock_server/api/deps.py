"""Values handlers receive by name: the caller, the services and the settings."""

from __future__ import annotations

from typing import Any

from litestar import Request

__all__ = ["current_user"]


async def current_user(request: Request[str, str, Any]) -> str:
    """Return the user the authentication middleware resolved."""
    return request.user
