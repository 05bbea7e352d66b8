"""Retries with exponential backoff: how the API functions send every request.

A request is tried again when it never reached the server (it could not connect), and, for idempotent
methods only, when the server answered 429 or 503 or the connection broke before an answer. A
``Retry-After`` header in seconds is honoured, up to ``Retry.max_backoff``. Set ``retry=None`` on the
client to turn retries off, or pass ``Retry(attempts=...)`` to change them.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import Any

import httpx
from attrs import define, field

__all__ = ["Retry", "asend", "send"]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@define(frozen=True)
class Retry:
    """When to retry a request and how long to wait in between.

    Attributes:
        attempts: Tries in all, the first included (1 means no retry).
        backoff: Seconds before the first retry; doubled for each further one.
        max_backoff: The longest wait between two tries, whatever ``Retry-After`` says.
        statuses: Answers worth another try of an idempotent request.
    """

    attempts: int = 3
    backoff: float = 0.5
    max_backoff: float = 8.0
    statuses: frozenset[int] = field(default=frozenset({429, 503}))

    def retries_response(self, method: str, response: httpx.Response, attempt: int) -> bool:
        """True when this answer to try number ``attempt`` (from 1) should be tried again."""
        idempotent = method in IDEMPOTENT_METHODS
        return attempt < self.attempts and idempotent and response.status_code in self.statuses

    def retries_error(self, method: str, error: httpx.TransportError, attempt: int) -> bool:
        """True when this failure of try number ``attempt`` (from 1) should be tried again."""
        if attempt >= self.attempts:
            return False
        never_sent = isinstance(error, httpx.ConnectError | httpx.ConnectTimeout)
        broken = isinstance(error, httpx.NetworkError | httpx.RemoteProtocolError)
        return never_sent or (broken and method in IDEMPOTENT_METHODS)

    def delay(self, attempt: int, response: httpx.Response | None) -> float:
        """Seconds to wait after try number ``attempt``: ``Retry-After`` if given, else the backoff."""
        wait: float = self.backoff * 2.0 ** (attempt - 1)
        retry_after: str | None = None if response is None else response.headers.get("retry-after")
        if retry_after is not None:
            # An HTTP date instead of seconds is rare enough that the backoff will do.
            with contextlib.suppress(ValueError):
                wait = float(retry_after)
        return max(0.0, min(wait, self.max_backoff))


def send(
    client: httpx.Client, retry: Retry | None, kwargs: dict[str, Any], stream: bool = False
) -> httpx.Response:
    """Send the request ``kwargs`` describe, retrying as ``retry`` says; ``stream`` leaves the body unread."""
    attempt = 1
    while True:
        request = client.build_request(**kwargs)
        response: httpx.Response | None = None
        try:
            response = client.send(request, stream=stream)
        except httpx.TransportError as error:
            if retry is None or not retry.retries_error(request.method, error, attempt):
                raise
        else:
            if retry is None or not retry.retries_response(request.method, response, attempt):
                return response
            response.close()
        time.sleep(retry.delay(attempt, response))
        attempt += 1


async def asend(
    client: httpx.AsyncClient, retry: Retry | None, kwargs: dict[str, Any], stream: bool = False
) -> httpx.Response:
    """The async :func:`send`."""
    attempt = 1
    while True:
        request = client.build_request(**kwargs)
        response: httpx.Response | None = None
        try:
            response = await client.send(request, stream=stream)
        except httpx.TransportError as error:
            if retry is None or not retry.retries_error(request.method, error, attempt):
                raise
        else:
            if retry is None or not retry.retries_response(request.method, response, attempt):
                return response
            await response.aclose()
        await asyncio.sleep(retry.delay(attempt, response))
        attempt += 1
