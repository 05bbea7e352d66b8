"""Every non-2xx answer raises an errors.ApiError subclass carrying the parsed Error: sync, async, detailed.

The statuses come from the spec; the answers from the real mock server in-process.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator

import httpx
import pytest
from litestar import Litestar

from gpte_client import AuthenticatedClient
from gpte_client.api.chat import get_chat_session, list_chat_sessions
from gpte_client.errors import (
    ERRORS_BY_STATUS,
    ApiError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    UnexpectedStatus,
)
from mock_server import DEMO_TOKEN
from tests.spec._spec import operations

from ._server import BASE_URL


def _documented_error_statuses() -> set[int]:
    return {
        int(code) for op in operations() for code in op.responses() if code.isdigit() and int(code) >= 300
    }


def test_one_exception_class_per_documented_error_status() -> None:
    statuses = _documented_error_statuses()
    assert set(ERRORS_BY_STATUS) == statuses
    classes = set(ERRORS_BY_STATUS.values())
    assert len(classes) == len(statuses)
    assert all(issubclass(cls, ApiError) and not issubclass(cls, UnexpectedStatus) for cls in classes)
    assert all(cls.status == status for status, cls in ERRORS_BY_STATUS.items())


def test_every_operation_raises_instead_of_returning_errors() -> None:
    """No generated function returns the Error model any more: its return annotation names successes only."""
    for op in operations():
        tag = op.op["tags"][0].lower().replace(" ", "_")
        module = importlib.import_module(f"gpte_client.api.{tag}.{op.operation_id}")
        annotation = str(module.sync.__annotations__["return"])
        assert "Error" not in annotation and "None |" not in annotation, (op.operation_id, annotation)


@pytest.fixture
async def async_api(app: Litestar) -> AsyncIterator[AuthenticatedClient]:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]  # Litestar's ASGI type is narrower
    async with AuthenticatedClient(
        base_url=BASE_URL, token=DEMO_TOKEN, httpx_args={"transport": transport}
    ) as client:
        yield client


def test_sync_404_raises_not_found_with_the_parsed_error(api: AuthenticatedClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        get_chat_session.sync("no-such-session", client=api)
    assert caught.value.status_code == 404
    assert caught.value.error is not None
    assert caught.value.error.code == 404 and "no-such-session" in caught.value.error.message
    with pytest.raises(NotFoundError):
        get_chat_session.sync_detailed("no-such-session", client=api)


def test_sync_400_raises_bad_request(api: AuthenticatedClient) -> None:
    with pytest.raises(BadRequestError) as caught:
        list_chat_sessions.sync(client=api, limit=0)
    assert caught.value.error is not None and caught.value.error.code == 400


async def test_async_errors_are_the_same_classes(app: Litestar, async_api: AuthenticatedClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        await get_chat_session.asyncio("no-such-session", client=async_api)
    assert caught.value.error is not None and caught.value.error.code == 404
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with AuthenticatedClient(
        base_url=BASE_URL, token="wrong", httpx_args={"transport": transport}
    ) as stranger:
        with pytest.raises(AuthenticationError) as refused:
            await list_chat_sessions.asyncio_detailed(client=stranger)
    assert refused.value.error is not None and refused.value.error.code == 401


def test_an_undocumented_status_raises_unexpected_status() -> None:
    """418 is documented nowhere; a body that is not an Error leaves ``error`` empty."""
    transport = httpx.MockTransport(lambda request: httpx.Response(418, text="I'm a teapot"))
    client = AuthenticatedClient(
        base_url=BASE_URL, token="t", httpx_args={"transport": transport}, retry=None
    )
    with pytest.raises(UnexpectedStatus) as caught:
        list_chat_sessions.sync(client=client)
    assert (caught.value.status_code, caught.value.content, caught.value.error) == (
        418,
        b"I'm a teapot",
        None,
    )
