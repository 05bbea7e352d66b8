"""One exception family for the API, mapped once to the spec's ``Error`` body.

Handlers and services raise ``ApiError`` subclasses; Litestar's own HTTP errors (validation, unknown
routes, wrong methods, oversized bodies) are folded into the same body so that a client sees one error
shape whatever went wrong.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, ClassVar

from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.types import ExceptionHandlersMap

from .wire import Error, SdkError

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
    "sdk_exception_handlers",
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


_ErrorBody = Callable[[int, str], Error]


def _api_body(status: int, message: str) -> Error:
    return Error(code=status, message=message)


def _sdk_body(status: int, message: str) -> Error:
    return SdkError(code=status, message=message, error=message)


def _validation_message(exc: ValidationException) -> str:
    extra = exc.extra if isinstance(exc.extra, list) else []
    details = [
        f"{item.get('key')}: {item.get('message')}" if item.get("key") else str(item.get("message"))
        for item in extra
        if isinstance(item, dict)
    ]
    return "; ".join([exc.detail, *details]) if details else exc.detail


def _handlers(body: _ErrorBody) -> ExceptionHandlersMap:
    """Each exception mapped to ``body``: the API's errors, Litestar's own, and anything unexpected."""

    def respond(status: int, message: str, headers: dict[str, str] | None = None) -> Response[Error]:
        return Response(body(status, message), status_code=status, headers=headers)

    def api_error(_: Request[Any, Any, Any], exc: ApiError) -> Response[Error]:
        return respond(exc.status_code, exc.message)

    def http_exception(_: Request[Any, Any, Any], exc: HTTPException) -> Response[Error]:
        message = _validation_message(exc) if isinstance(exc, ValidationException) else exc.detail
        return respond(exc.status_code, message, dict(exc.headers) if exc.headers else None)

    def unexpected(request: Request[Any, Any, Any], exc: Exception) -> Response[Error]:
        _log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return respond(500, "Internal server error")

    return {ApiError: api_error, HTTPException: http_exception, Exception: unexpected}


exception_handlers = _handlers(_api_body)
# The SDK's calls outside the REST API raise its errors from the body's `error` (`h2ogpte.errors`), where
# its REST client reads `message`; both are sent.
sdk_exception_handlers = _handlers(_sdk_body)
