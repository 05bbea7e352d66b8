"""Chat sessions through the generated client: ownership, order, paging, counts and consistency."""

from __future__ import annotations

import pytest

from gpte_client import AuthenticatedClient
from gpte_client.api.chat import (
    create_chat_session,
    delete_chat_session,
    delete_chat_session_collection,
    get_chat_session,
    get_chat_session_count,
    list_chat_sessions,
    update_chat_session,
    update_chat_session_collection,
)
from gpte_client.api.collections import get_collection, list_collections
from gpte_client.errors import NotFoundError
from gpte_client.models import ChatSessionUpdateRequest, CollectionChangeRequest


def test_create_then_get_returns_it(api: AuthenticatedClient) -> None:
    created = create_chat_session.sync(client=api)
    fetched = get_chat_session.sync(created.id, client=api)
    assert fetched.to_dict() == created.to_dict()
    assert fetched.username == "demo" and fetched.collection_id is None


def test_list_is_newest_updated_first_and_pages_agree_with_count(api: AuthenticatedClient) -> None:
    made = [create_chat_session.sync(client=api).id for _ in range(5)]
    everything = list_chat_sessions.sync(client=api, limit=1000)
    assert [s.id for s in everything[:5]] == list(reversed(made))
    stamps = [s.updated_at for s in everything]
    assert stamps == sorted(stamps, reverse=True)
    assert get_chat_session_count.sync(client=api).count == len(everything)
    pages = [list_chat_sessions.sync(client=api, offset=o, limit=2) for o in range(0, len(everything), 2)]
    assert [s.id for page in pages for s in page] == [s.id for s in everything]


def test_renaming_moves_the_session_to_the_front(api: AuthenticatedClient) -> None:
    first = create_chat_session.sync(client=api)
    create_chat_session.sync(client=api)
    renamed = update_chat_session.sync(first.id, client=api, body=ChatSessionUpdateRequest(name="Renamed"))
    assert renamed.name == "Renamed" and renamed.updated_at > first.updated_at
    assert list_chat_sessions.sync(client=api, limit=1)[0].id == first.id


def test_collection_link_keeps_counts_consistent(api: AuthenticatedClient) -> None:
    collection = list_collections.sync(client=api, current_user_only=True)[0]
    before = collection.sessions_count
    session = create_chat_session.sync(client=api, collection_id=collection.id)
    assert session.collection_name == collection.name
    assert get_collection.sync(collection.id, client=api).sessions_count == before + 1
    delete_chat_session_collection.sync(session.id, client=api)
    assert get_collection.sync(collection.id, client=api).sessions_count == before
    (update_chat_session_collection.sync(session.id, client=api, body=CollectionChangeRequest(collection.id)))
    assert get_collection.sync(collection.id, client=api).sessions_count == before + 1
    delete_chat_session.sync_detailed(session.id, client=api)
    assert get_collection.sync(collection.id, client=api).sessions_count == before


def test_unknown_collection_is_404(api: AuthenticatedClient) -> None:
    with pytest.raises(NotFoundError) as refused:
        create_chat_session.sync(client=api, collection_id="no-such-collection")
    assert refused.value.error is not None and refused.value.error.code == 404


def test_delete_is_204_then_404(api: AuthenticatedClient) -> None:
    session = create_chat_session.sync(client=api)
    response = delete_chat_session.sync_detailed(session.id, client=api)
    assert response.status_code == 204 and response.content == b""
    with pytest.raises(NotFoundError) as gone:
        get_chat_session.sync(session.id, client=api)
    assert gone.value.error is not None and gone.value.error.code == 404
    with pytest.raises(NotFoundError):
        delete_chat_session.sync_detailed(session.id, client=api)


async def test_async_client_round_trip(async_api: AuthenticatedClient) -> None:
    created = await create_chat_session.asyncio(client=async_api)
    fetched = await get_chat_session.asyncio(created.id, client=async_api)
    assert fetched.id == created.id
    listed = await list_chat_sessions.asyncio(client=async_api, limit=1)
    assert listed[0].id == created.id
