"""The unchanged 1.7.5 client (h2ogpte.rest_sync) drives the collection lifecycle, public records, groups
and the default prompt template over a real socket, as three users, and reads back consistent state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import ExitStack

import h2ogpte.rest_sync as vendor
import pytest
from h2ogpte.rest_sync.exceptions import (
    BadRequestException,
    ConflictException,
    ForbiddenException,
    NotFoundException,
)

from mock_server import Settings, create_app
from mock_server.testing import serve_in_thread

# The demo's users; demo is the default admin. The demo's group "engineering" holds alice and bob;
# the flag's group "support" (``--group support=bob``) holds bob alone.
TOKENS = {"demo": "demo-token", "alice": "alice-token", "bob": "bob-token"}


class User:
    """One user's view of the API through the vendor client."""

    def __init__(self, api_client: vendor.ApiClient) -> None:
        self.chat = vendor.ChatApi(api_client)
        self.collections = vendor.CollectionsApi(api_client)
        self.templates = vendor.PromptTemplatesApi(api_client)


@pytest.fixture(scope="module")
def users() -> Iterator[dict[str, User]]:
    with serve_in_thread(create_app(Settings(groups={"support": ("bob",)}))) as url, ExitStack() as stack:
        yield {
            name: User(
                stack.enter_context(
                    vendor.ApiClient(vendor.Configuration(host=f"{url}/api/v1", access_token=token))
                )
            )
            for name, token in TOKENS.items()
        }


def _new_collection(user: User, name: str) -> vendor.Collection:
    return user.collections.create_collection(vendor.CollectionCreateRequest(name=name, description="test"))


def test_lifecycle_fields_show_in_the_collection(users: dict[str, User]) -> None:
    api = users["demo"].collections
    made = _new_collection(users["demo"], "Lifecycle")
    assert (made.status, made.is_public, made.exempt_from_chat_expiry) == ("active", False, False)
    api.archive_collection(made.id)
    assert api.get_collection(made.id).status == "archived"
    assert made.id in {c.id for c in api.list_collections(limit=1000)}, "archived collections stay listed"
    api.unarchive_collection(made.id)
    assert api.get_collection(made.id).status == "active"
    api.update_collection_expiry_date(
        made.id, vendor.UpdateCollectionExpiryRequest(expiry_date="2030-01-01", timezone="Europe/Paris")
    )
    expiring = api.get_collection(made.id)
    assert expiring.expiry_date == dt.datetime(2029, 12, 31, 23, tzinfo=dt.UTC)
    assert expiring.status == "expiring"
    api.delete_collection_expiry_date(made.id)
    assert (api.get_collection(made.id).expiry_date, api.get_collection(made.id).status) == (None, "active")
    api.update_collection_inactivity_interval(
        made.id, vendor.UpdateCollectionInactivityIntervalRequest(inactivity_interval=30)
    )
    api.update_collection_exempt_from_chat_expiry(
        made.id, vendor.UpdateCollectionExemptFromChatExpiryRequest(exempt=True)
    )
    api.set_collection_size_limit(made.id, vendor.SetCollectionSizeLimitRequest(size_limit="1GiB"))
    changed = api.get_collection(made.id)
    assert (changed.inactivity_interval, changed.exempt_from_chat_expiry, changed.size_limit) == (
        30,
        True,
        2**30,
    )
    api.delete_collection_inactivity_interval(made.id)
    api.remove_collection_size_limit(made.id)
    cleared = api.get_collection(made.id)
    assert (cleared.inactivity_interval, cleared.size_limit) == (None, None)
    for expiry, zone in (("soon", None), ("2030-02-30", None), ("2030-01-01", "../etc")):
        with pytest.raises(BadRequestException):
            api.update_collection_expiry_date(
                made.id, vendor.UpdateCollectionExpiryRequest(expiry_date=expiry, timezone=zone)
            )
    # A zone name this machine does not know is kept, and the date read in UTC.
    api.update_collection_expiry_date(
        made.id, vendor.UpdateCollectionExpiryRequest(expiry_date="2030-01-01", timezone="Mars/Olympus")
    )
    assert api.get_collection(made.id).expiry_date == dt.datetime(2030, 1, 1, tzinfo=dt.UTC)


def test_workspace_moves_the_collection_and_its_sessions(users: dict[str, User]) -> None:
    demo = users["demo"]
    made = _new_collection(demo, "Workspace")
    session = demo.chat.create_chat_session(made.id)
    demo.collections.update_collection_workspace(
        made.id, vendor.UpdateCollectionWorkspaceRequest(workspace="research")
    )
    assert demo.collections.get_collection(made.id).workspace == "research"
    assert demo.chat.get_chat_session(session.id).workspace == "research"


def test_metadata_round_trips_and_prompt_settings_reset(users: dict[str, User]) -> None:
    api = users["demo"].collections
    made = _new_collection(users["demo"], "Metadata")
    assert api.get_collection_metadata(made.id) == {}
    api.update_collection_metadata(made.id, {"team": "people-ops", "tier": 2, "tags": ["a", "b"]})
    assert api.get_collection_metadata(made.id) == {"team": "people-ops", "tier": 2, "tags": ["a", "b"]}
    assert api.get_collection(made.id).metadata_dict == {"team": "people-ops", "tier": 2, "tags": ["a", "b"]}
    api.update_collection_metadata(made.id, {"team": "legal"})
    assert api.get_collection_metadata(made.id) == {"team": "legal"}, "metadata is replaced whole"
    template = users["demo"].templates.create_prompt_template(vendor.PromptTemplateCreateRequest(name="T"))
    api.update_collection_prompt_template(
        made.id, vendor.PromptTemplateChangeRequest(prompt_template_id=template.id)
    )
    api.reset_collection_prompt_settings(made.id)
    assert api.get_collection(made.id).prompt_template_id is None


def test_size_limit_refuses_documents_that_do_not_fit(users: dict[str, User]) -> None:
    api = users["demo"].collections
    source = api.list_collections(name_filter="handbook")[0]
    document = api.list_documents_for_collection(source.id, limit=1)[0]
    made = _new_collection(users["demo"], "Small")
    api.set_collection_size_limit(
        made.id, vendor.SetCollectionSizeLimitRequest(size_limit=str(document.size - 1))
    )
    with pytest.raises(ConflictException) as refused:
        api.insert_document_into_collection(made.id, document.id)
    assert "limited to" in str(refused.value.body)
    assert api.get_collection(made.id).document_count == 0
    api.set_collection_size_limit(
        made.id, vendor.SetCollectionSizeLimitRequest(size_limit=str(document.size))
    )
    api.insert_document_into_collection(made.id, document.id)
    assert api.get_collection(made.id).document_size == document.size
    with pytest.raises(ConflictException):
        api.set_collection_size_limit(made.id, vendor.SetCollectionSizeLimitRequest(size_limit="1"))
    with pytest.raises(BadRequestException):
        api.set_collection_size_limit(made.id, vendor.SetCollectionSizeLimitRequest(size_limit="lots"))
    api.set_collection_size_limit(made.id, vendor.SetCollectionSizeLimitRequest(size_limit="1.5kB"))
    assert api.get_collection(made.id).size_limit == 1500
    api.set_collection_size_limit(made.id, vendor.SetCollectionSizeLimitRequest(size_limit="9" * 40 + "PiB"))
    assert api.get_collection(made.id).size_limit == 2**63 - 1


def test_a_public_collection_is_readable_by_every_user_and_writable_by_none(users: dict[str, User]) -> None:
    demo, bob = users["demo"].collections, users["bob"].collections
    made = _new_collection(users["demo"], "Public")
    with pytest.raises(NotFoundException):
        bob.get_collection(made.id)
    demo.update_collection_privacy(made.id, vendor.UpdateCollectionPrivacyRequest(is_public=True))
    assert bob.get_collection(made.id).is_public
    assert made.id in {c.id for c in bob.list_collections(limit=1000)}
    assert bob.list_collection_public_permissions(made.id) == ["read"]
    assert users["bob"].chat.create_chat_session(made.id).collection_id == made.id
    with pytest.raises(NotFoundException):
        bob.update_collection(made.id, vendor.CollectionUpdateRequest(name="Bob's"))
    with pytest.raises(NotFoundException):
        bob.update_collection_privacy(made.id, vendor.UpdateCollectionPrivacyRequest(is_public=False))
    with pytest.raises(NotFoundException):
        bob.archive_collection(made.id)
    assert demo.get_collection(made.id).name == "Public"
    demo.update_collection_privacy(made.id, vendor.UpdateCollectionPrivacyRequest(is_public=False))
    assert demo.list_collection_public_permissions(made.id) == []
    with pytest.raises(NotFoundException):
        bob.get_collection(made.id)


def test_sharing_with_a_group_gives_its_members_read_access(users: dict[str, User]) -> None:
    demo = users["demo"].collections
    made = _new_collection(users["demo"], "For engineering")
    demo.share_collection_with_group(
        made.id, "engineering", vendor.ShareCollectionRequest(permissions=["read"])
    )
    groups = demo.get_collection_group_permissions(made.id)
    assert [(g.group_id, g.permissions) for g in groups] == [("engineering", ["read"])]
    for member in ("alice", "bob"):
        assert users[member].collections.get_collection(made.id).name == "For engineering"
        with pytest.raises(NotFoundException):
            users[member].collections.update_collection_metadata(made.id, {"x": 1})
    with pytest.raises(ConflictException):
        demo.share_collection_with_group(made.id, "no-such-group")
    demo.unshare_collection_from_group(made.id, "engineering")
    assert demo.get_collection_group_permissions(made.id) == []
    with pytest.raises(NotFoundException):
        users["alice"].collections.get_collection(made.id)


def test_a_group_declared_by_the_flag_works_like_one_from_the_fixture(users: dict[str, User]) -> None:
    made = _new_collection(users["demo"], "For support")
    users["demo"].collections.share_collection_with_group(made.id, "support")
    assert users["bob"].collections.get_collection(made.id).id == made.id
    with pytest.raises(NotFoundException):
        users["alice"].collections.get_collection(made.id)


def test_template_privacy_and_user_and_group_sharing(users: dict[str, User]) -> None:
    demo, alice, bob = (users[n].templates for n in ("demo", "alice", "bob"))
    made = demo.create_prompt_template(vendor.PromptTemplateCreateRequest(name="Shared prompts"))
    assert made.name == "Shared prompts" and made.is_system_default is False
    demo.update_prompt_template_privacy(made.id, vendor.UpdatePromptTemplatePrivacyRequest(is_public=True))
    assert bob.get_prompt_template(made.id).is_public
    with pytest.raises(NotFoundException):
        bob.update_prompt_template(made.id, vendor.PromptTemplateBase(name="Bob's"))
    demo.update_prompt_template_privacy(made.id, vendor.UpdatePromptTemplatePrivacyRequest(is_public=False))
    with pytest.raises(NotFoundException):
        bob.get_prompt_template(made.id)
    demo.reset_and_share_prompt_template(made.id, vendor.ResetAndShareRequest(usernames=["alice"]))
    assert {p.username for p in demo.get_prompt_template_permissions(made.id)} == {"demo", "alice"}
    assert alice.get_prompt_template(made.id).id == made.id
    demo.reset_and_share_prompt_template(made.id, vendor.ResetAndShareRequest(usernames=[]))
    with pytest.raises(NotFoundException):
        alice.get_prompt_template(made.id)
    demo.share_prompt_template_with_group(made.id, "support")
    assert bob.get_prompt_template(made.id).group_count == 1
    assert [g.group_id for g in demo.get_prompt_template_group_permissions(made.id)] == ["support"]
    with pytest.raises(ConflictException):
        demo.reset_and_share_prompt_template_with_groups(
            made.id, vendor.ResetAndShareWithGroupsRequest(groups=["engineering", "nobody"])
        )
    assert [g.group_id for g in demo.get_prompt_template_group_permissions(made.id)] == ["support"]
    demo.reset_and_share_prompt_template_with_groups(
        made.id, vendor.ResetAndShareWithGroupsRequest(groups=["engineering"])
    )
    assert [g.group_id for g in bob.get_prompt_template_group_permissions(made.id)] == ["engineering"]
    assert alice.get_prompt_template(made.id).id == made.id
    demo.unshare_prompt_template_from_group(made.id, "engineering")
    with pytest.raises(NotFoundException):
        alice.get_prompt_template(made.id)


def test_the_default_template_and_hiding_system_templates(users: dict[str, User]) -> None:
    demo, bob = users["demo"].templates, users["bob"].templates
    default = bob.get_default_prompt_template()
    assert default.is_default and default.is_system_default and default.name
    other = next(t for t in bob.list_prompt_templates(template_type="system") if not t.is_default)
    with pytest.raises(ForbiddenException):
        bob.update_default_prompt_template_visibility(
            other.id, vendor.UpdateDefaultPromptTemplateVisibilityRequest(is_visible=False)
        )
    with pytest.raises(ConflictException):
        demo.update_default_prompt_template_visibility(
            default.id, vendor.UpdateDefaultPromptTemplateVisibilityRequest(is_visible=False)
        )
    demo.update_default_prompt_template_visibility(
        other.id, vendor.UpdateDefaultPromptTemplateVisibilityRequest(is_visible=False)
    )
    try:
        with pytest.raises(NotFoundException):
            bob.get_prompt_template(other.id)
        assert other.id not in {t.id for t in bob.list_prompt_templates(limit=1000)}
        hidden = [t for t in demo.list_all_prompt_templates(limit=1000) if t.id == other.id]
        assert [t.visible for t in hidden] == [False]
        with pytest.raises(ForbiddenException):
            bob.list_all_prompt_templates()
    finally:
        demo.update_default_prompt_template_visibility(
            other.id, vendor.UpdateDefaultPromptTemplateVisibilityRequest(is_visible=True)
        )
    assert bob.get_prompt_template(other.id).visible is True


def test_admins_list_every_collection(users: dict[str, User]) -> None:
    alices = {c.id for c in users["alice"].collections.list_collections(current_user_only=True)}
    everything = users["demo"].collections.list_all_collections(limit=10000)
    assert alices <= {c.id for c in everything}
    assert len(everything) > len(users["demo"].collections.list_collections(limit=10000))
    filtered = users["demo"].collections.list_all_collections(filter="alice", limit=10000)
    assert filtered and {c.username for c in filtered} == {"alice"}
    with pytest.raises(ForbiddenException):
        users["bob"].collections.list_all_collections()
