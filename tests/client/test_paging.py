"""``iterate``/``aiterate`` page through every list operation of the spec (offset/limit)."""

from __future__ import annotations

import importlib

import httpx
import pytest
from litestar import Litestar

from gpte_client import AuthenticatedClient
from gpte_client.api.chat import create_chat_session, list_chat_sessions
from gpte_client.api.collections import list_collections
from mock_server import DEMO_TOKEN
from tests.spec._spec import operations

from ._server import BASE_URL


def _list_operations() -> list[str]:
    """operationIds with both offset and limit query parameters whose 200 is an array (an envelope such as
    the archived sessions' ``{items, total}`` is paged by hand)."""
    return sorted(
        f"{op.op['tags'][0].lower().replace(' ', '_')}.{op.operation_id}"
        for op in operations()
        if {("query", "offset"), ("query", "limit")} <= op.parameters().keys()
        and op.responses()["200"]["content"]["application/json"]["schema"].get("type") == "array"
    )


@pytest.mark.parametrize("name", _list_operations())
def test_every_list_operation_has_iterators(name: str) -> None:
    module = importlib.import_module(f"gpte_client.api.{name}")
    assert callable(module.iterate) and callable(module.aiterate)


def test_iterate_yields_every_item_across_pages(api: AuthenticatedClient) -> None:
    for _ in range(5):
        create_chat_session.sync(client=api)
    everything = list_chat_sessions.sync(client=api, limit=1000)
    assert len(everything) > 6
    paged = list(list_chat_sessions.iterate(client=api, page_size=3))
    assert [s.id for s in paged] == [s.id for s in everything]


def test_iterate_keeps_the_other_filters(api: AuthenticatedClient) -> None:
    name = list_collections.sync(client=api)[0].name
    paged = list(list_collections.iterate(client=api, name_filter=name, page_size=1))
    assert [c.name for c in paged] == [c.name for c in list_collections.sync(client=api, name_filter=name)]


async def test_aiterate_yields_every_item_across_pages(app: Litestar) -> None:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]  # Litestar's ASGI type is narrower
    async with AuthenticatedClient(
        base_url=BASE_URL, token=DEMO_TOKEN, httpx_args={"transport": transport}
    ) as client:
        for _ in range(4):
            await create_chat_session.asyncio(client=client)
        everything = await list_chat_sessions.asyncio(client=client, limit=1000)
        paged = [s async for s in list_chat_sessions.aiterate(client=client, page_size=2)]
    assert [s.id for s in paged] == [s.id for s in everything]
