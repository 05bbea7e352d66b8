"""A collection's chat settings written by one vendor client version open in the other: h2ogpte-rest-client
1.6 reads ``include_chat_history`` as true/false/auto, h2ogpte 1.7 as on/off/auto, and each refuses the
other's words."""

from __future__ import annotations

import h2ogpte_rest_client as old
import httpx
import pytest

from mock_server.pytest_plugin import MockServer

from ._sdk import sync_client


def _old_collections(mock: MockServer) -> old.CollectionsApi:
    return old.CollectionsApi(
        old.ApiClient(old.Configuration(host=mock.url + "/api/v1", access_token=mock.api_key))
    )


@pytest.mark.parametrize(
    ("written", "old_reads", "new_reads"), [("true", "true", "on"), ("off", "false", "off")]
)
def test_each_client_version_reads_the_setting_in_its_own_words(
    h2ogpte_mock: MockServer, written: str, old_reads: str, new_reads: str
) -> None:
    new = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    collection_id = new.create_collection("Mixed versions", "")
    url = f"{h2ogpte_mock.url}/api/v1/collections/{collection_id}/chat_settings"
    headers = {"Authorization": f"Bearer {h2ogpte_mock.api_key}"}
    assert httpx.put(url, headers=headers, json={"include_chat_history": written}).status_code == 204
    # A client that names no version gets what was written.
    assert httpx.get(url, headers=headers).json()["include_chat_history"] == written
    assert (
        _old_collections(h2ogpte_mock).get_collection_chat_settings(collection_id).include_chat_history
        == old_reads
    )
    assert new.get_collection(collection_id).chat_settings["include_chat_history"] == new_reads
