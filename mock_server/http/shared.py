"""Middleware that holds one object of the server's, which every request of every route must consult."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from litestar.types import ASGIApp

__all__ = ["sharing"]

T = TypeVar("T")


def sharing(middleware: Callable[[ASGIApp, T], ASGIApp], shared: T) -> Callable[..., ASGIApp]:
    """A middleware factory that gives ``middleware`` the ``shared`` object itself.

    A closure rather than ``DefineMiddleware(middleware, shared)``: Litestar deep-copies a router with
    its middleware's arguments, which would hand each router a copy of the store and fault controls that
    the admin API changes. Functions are not copied.
    """

    def build(app: ASGIApp) -> ASGIApp:
        return middleware(app, shared)

    return build
