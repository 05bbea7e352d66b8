"""One exception family for the API, mapped once to the spec's ``Error`` body.

Handlers and services raise ``ApiError`` subclasses; Litestar's own HTTP errors (validation, unknown
routes, wrong methods, oversized bodies) are folded into the same body so that a client sees one error
shape whatever went wrong.
"""

from __future__ import annotations

import logging
from typing import Any, ClassVar

from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.types import ExceptionHandlersMap

from .wire import Error

__all__ = [
    "ApiError",
    "BadRequest",
    "Conflict",
    "Forbidden",
    "NotFound",
    "PayloadTooLarge",
    "Unauthorized",
    "UnsupportedMediaType",
    "exception_handlers",
]

_log = logging.getLogger(__name__)


class ApiError(Exception):
    """An error the API reports to the caller with a status and a message."""

    status_code: ClassVar[int] = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadRequest(ApiError):
    """The request is malformed or a value is out of range."""

    status_code = 400


class Unauthorized(ApiError):
    """No bearer token, or an unknown one."""

    status_code = 401


class Forbidden(ApiError):
    """The caller is known but may not do this (an admin-only operation, another user's record)."""

    status_code = 403


class NotFound(ApiError):
    """The resource does not exist or the caller may not see it."""

    status_code = 404


class Conflict(ApiError):
    """The request clashes with the resource's current state."""

    status_code = 409


class PayloadTooLarge(ApiError):
    """The request body is larger than the server accepts."""

    status_code = 413


class UnsupportedMediaType(ApiError):
    """An upload is of a type the server does not accept."""

    status_code = 415


def _error_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response[Error]:
    return Response(Error(code=status, message=message), status_code=status, headers=headers)


def _api_error(_: Request[Any, Any, Any], exc: ApiError) -> Response[Error]:
    return _error_response(exc.status_code, exc.message)


def _validation_message(exc: ValidationException) -> str:
    extra = exc.extra if isinstance(exc.extra, list) else []
    details = [
        f"{item.get('key')}: {item.get('message')}" if item.get("key") else str(item.get("message"))
        for item in extra
        if isinstance(item, dict)
    ]
    return "; ".join([exc.detail, *details]) if details else exc.detail


def _http_exception(_: Request[Any, Any, Any], exc: HTTPException) -> Response[Error]:
    message = _validation_message(exc) if isinstance(exc, ValidationException) else exc.detail
    return _error_response(exc.status_code, message, dict(exc.headers) if exc.headers else None)


def _unexpected(request: Request[Any, Any, Any], exc: Exception) -> Response[Error]:
    _log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return _error_response(500, "Internal server error")


exception_handlers: ExceptionHandlersMap = {
    ApiError: _api_error,
    HTTPException: _http_exception,
    Exception: _unexpected,
}
