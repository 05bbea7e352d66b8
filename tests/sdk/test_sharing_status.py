"""Sharing with a user the server does not know is refused with 409, which h2ogpte declares for its share
calls (and raises as ``HTTPError``); the refused share changes nothing, and a known user's completes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from h2ogpte.errors import HTTPError
from h2ogpte.types import SharePermission

from mock_server.pytest_plugin import MockServer

from ._sdk import sync_client


def _usernames(permissions: list[object]) -> set[str]:
    return {str(getattr(p, "username", "")) for p in permissions}


def test_sharing_with_an_unknown_user_is_refused_and_changes_nothing(h2ogpte_mock: MockServer) -> None:
    client = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    collection = client.create_collection("Shared notes", "")
    template = client.create_prompt_template("Shared template")
    nobody = SharePermission(username="no-such-user", permissions=["read"])
    bob = SharePermission(username="bob", permissions=["read"])
    refused: list[Callable[[], object]] = [
        lambda: client.share_collection(collection, nobody),
        lambda: client.share_prompt(template, nobody),
        lambda: client.reset_and_share_prompt_template(template, ["bob", "no-such-user"]),
    ]
    for call in refused:
        with pytest.raises(HTTPError) as raised:
            call()
        assert raised.value.status_code == 409 and "no-such-user" in raised.value.message
    assert _usernames(client.list_collection_permissions(collection)) == {"demo"}
    assert _usernames(client.list_prompt_permissions(template)) == {"demo"}

    assert client.share_collection(collection, bob).status == "completed"
    assert client.share_prompt(template, bob).status == "completed"
    assert client.reset_and_share_prompt_template(template, ["bob"]).status == "completed"
    assert _usernames(client.list_collection_permissions(collection)) == {"demo", "bob"}
    assert _usernames(client.list_prompt_permissions(template)) == {"demo", "bob"}
