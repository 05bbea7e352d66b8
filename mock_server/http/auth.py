"""Reading the caller's bearer token, for the API's users and the admin API alike."""

from __future__ import annotations

from litestar.types import Scope

__all__ = ["bearer_token"]


def bearer_token(scope: Scope) -> str | None:
    """The token of the request's ``Authorization: Bearer <token>`` header, if it has one."""
    # ASGI servers lower-case header names, so a plain scan of the raw list finds it.
    for name, value in scope["headers"]:
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            return token.strip() if scheme.lower() == "bearer" else None
    return None
