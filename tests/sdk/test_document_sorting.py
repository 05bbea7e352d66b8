"""The SDK's document lists sort by every column h2oGPTe 1.7.5 names for them (ties by id)."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest

from mock_server.pytest_plugin import MockServer

from ._sdk import sync_client

# The columns h2ogpte 1.7.5 lists for sorting documents (H2OGPTE.list_recent_documents_with_summaries_sort_
# filter_by_type's docstring); the same REST list serves list_recent_documents_with_summaries_sort.
COLUMNS = ["name", "username", "type", "size", "page_count", "connector", "uri", "original_type"]
COLUMNS += ["original_mtime", "status", "updated_at"]


def _key(document: Any, column: str) -> Any:
    value = getattr(document, column, None)
    if isinstance(value, str):
        value = value.casefold()
    if column == "status":
        value = str(value)
    return (value is not None, value if value is not None else 0)


@pytest.mark.parametrize("column", COLUMNS)
def test_documents_are_listed_in_the_order_of_each_column(h2ogpte_mock: MockServer, column: str) -> None:
    client = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    ascending = client.list_recent_documents_with_summaries_sort(0, 1000, column, True)
    descending = client.list_recent_documents_with_summaries_sort(0, 1000, column, False)
    assert len(ascending) == len(descending) > 1
    keys = [_key(d, column) for d in ascending]
    assert keys == sorted(keys)
    assert [_key(d, column) for d in descending] == sorted(keys, reverse=True)
    # Ties are broken by id, ascending whichever way the column goes (as the other lists do).
    for listed in (ascending, descending):
        for a, b in pairwise(listed):
            assert _key(a, column) != _key(b, column) or a.id < b.id
