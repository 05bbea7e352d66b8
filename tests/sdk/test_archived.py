"""Archived chat sessions through the SDK's admin-only calls, as an application makes them."""

from __future__ import annotations

import pytest

from mock_server.pytest_plugin import MockServer

from ._sdk import sync_client

# The columns the SDK's docstring names for list_archived_chat_sessions.
SORT_COLUMNS = ["name", "updated_at", "archived_at", "username", "collection_name"]


@pytest.mark.parametrize("sort_column", SORT_COLUMNS)
def test_archived_sessions_are_listed_with_the_sdks_default_filter(
    h2ogpte_mock: MockServer, sort_column: str
) -> None:
    demo = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    session_id = demo.create_chat_session()
    demo.archive_chat_session(session_id)
    # The SDK sends `filter=` (empty) unless given a text.
    listed = demo.list_archived_chat_sessions(0, 100, sort_column, False)
    assert session_id in [s.id for s in listed]
    assert [s.id for s in demo.list_archived_chat_sessions(0, 100, sort_column, True, filter=session_id)] == [
        session_id
    ]
