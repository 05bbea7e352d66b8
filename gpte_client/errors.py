"""Exceptions of the API functions.

ApiError                       an answer other than the operation's success (sync, async and stream calls)
 ├── UnexpectedStatus          a status the operation does not document
 ├── BadRequestError           400
 ├── AuthenticationError       401
 ├── PermissionDeniedError     403
 ├── NotFoundError             404
 ├── PayloadTooLargeError      413
 ├── UnsupportedMediaTypeError 415
 ├── InternalServerError       500
ChatStreamError                a streamed answer broke after it began (a ChatError line was sent), or:
 ├── IncompleteChatStream      it ended, or the connection dropped, before the line with finished=true
 │    └── ChatStreamTimeout    no line came for Client.stall_timeout seconds
 └── UnexpectedContentType     a 200 answer was not application/jsonl

Every ApiError carries ``status_code``, the raw ``content`` and ``error``: the spec's Error body, parsed
(None when the body is not one). Connection failures are httpx's own exceptions (httpx.TransportError),
raised after the client's retries.
"""

from typing import ClassVar

import httpx

from .models.error import Error


class ApiError(Exception):
    """An answer other than the operation's documented success."""

    status: ClassVar[int | None] = None

    def __init__(self, status_code: int, content: bytes, error: Error | None = None):
        self.status_code = status_code
        self.content = content
        self.error = error
        detail = error.message if error is not None else content.decode(errors="ignore")
        super().__init__(f"{status_code}: {detail}")


class UnexpectedStatus(ApiError):
    """A status the operation does not document."""


class BadRequestError(ApiError):
    """Status 400."""

    status = 400


class AuthenticationError(ApiError):
    """Status 401."""

    status = 401


class PermissionDeniedError(ApiError):
    """Status 403."""

    status = 403


class NotFoundError(ApiError):
    """Status 404."""

    status = 404


class PayloadTooLargeError(ApiError):
    """Status 413."""

    status = 413


class UnsupportedMediaTypeError(ApiError):
    """Status 415."""

    status = 415


class InternalServerError(ApiError):
    """Status 500."""

    status = 500


ERRORS_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    413: PayloadTooLargeError,
    415: UnsupportedMediaTypeError,
    500: InternalServerError,
}


def parse_error(response: httpx.Response) -> Error | None:
    """The response's body as the spec's Error, or None when it is not one."""
    try:
        return Error.from_dict(response.json())
    except (ValueError, KeyError, TypeError):
        return None


def error_from_response(response: httpx.Response, documented: frozenset[int]) -> ApiError:
    """The exception for a non-success answer: its status's class if ``documented``, else UnexpectedStatus."""
    error_type = ERRORS_BY_STATUS.get(response.status_code, UnexpectedStatus)
    if response.status_code not in documented:
        error_type = UnexpectedStatus
    return error_type(response.status_code, response.content, parse_error(response))


class ChatStreamError(Exception):
    """A streamed answer broke after it began; ``error`` says how (a ChatError line's text, or ours).

    The deltas before the failure have already been yielded. Subclasses tell the kinds apart.
    """

    def __init__(self, error: str):
        self.error = error

        super().__init__(error)


class IncompleteChatStream(ChatStreamError):
    """The stream ended, or its connection dropped, before a line with ``finished: true``."""

    def __init__(self, error: str = "The stream ended before a line with finished=true.") -> None:
        super().__init__(error)


class ChatStreamTimeout(IncompleteChatStream):
    """No line arrived for Client.stall_timeout seconds."""


class UnexpectedContentType(ChatStreamError):
    """A 200 answer to a stream request was not the JSON-lines stream that was asked for."""

    def __init__(self, content_type: str, content: bytes):
        self.content_type = content_type
        self.content = content

        super().__init__(
            f"Unexpected content type: {content_type!r}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


__all__ = [
    "ERRORS_BY_STATUS",
    "ApiError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "PayloadTooLargeError",
    "UnsupportedMediaTypeError",
    "InternalServerError",
    "ChatStreamError",
    "ChatStreamTimeout",
    "IncompleteChatStream",
    "UnexpectedContentType",
    "UnexpectedStatus",
    "error_from_response",
    "parse_error",
]
