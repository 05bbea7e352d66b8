"""Values handlers receive by name: the caller, the services and the settings."""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.di import NamedDependency

from ..services import Services
from ..settings import Settings

__all__ = ["ServicesDep", "SettingsDep", "User", "current_user"]

User = NamedDependency[str]
ServicesDep = NamedDependency[Services]
SettingsDep = NamedDependency[Settings]


async def current_user(request: Request[str, str, Any]) -> str:
    """Return the user the authentication middleware resolved."""
    return request.user
