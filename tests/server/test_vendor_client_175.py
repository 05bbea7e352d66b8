"""The newer vendor client (h2ogpte 1.7.5's rest_sync), unchanged, reads everything it requires."""

from __future__ import annotations

from collections.abc import Iterator

import h2ogpte.rest_sync as vendor
import pytest

from mock_server import DEMO_TOKEN, Settings, create_app
from mock_server.testing import serve_in_thread


@pytest.fixture(scope="module")
def client() -> Iterator[vendor.ApiClient]:
    with serve_in_thread(create_app(Settings())) as url:
        config = vendor.Configuration(host=f"{url}/api/v1", access_token=DEMO_TOKEN)
        with vendor.ApiClient(config) as api_client:
            yield api_client


def test_collections_documents_and_settings(client: vendor.ApiClient) -> None:
    collections = vendor.CollectionsApi(client)
    listed = collections.list_collections(name_filter="manual", current_user_only=True)
    assert listed and all("manual" in c.name.lower() for c in listed)
    collection = listed[0]
    assert collection.status and collection.created_at <= collection.updated_at
    documents = collections.list_documents_for_collection(collection.id)
    assert documents and all(d.status == "completed" and d.page_count > 0 and d.username for d in documents)
    mine = collections.create_collection(vendor.CollectionCreateRequest(name="New", description="1.7.5"))
    tags = vendor.ChatSettingsTags(vendor.TagFilter(include=["policy"], exclude=["draft"]))
    settings = vendor.ChatSettings(include_chat_history="on", tags=tags)
    collections.update_collection_chat_settings(mine.id, settings)
    stored = collections.get_collection_chat_settings(mine.id)
    assert stored.include_chat_history == "on"
    assert stored.tags is not None and stored.tags.actual_instance == vendor.TagFilter(
        include=["policy"], exclude=["draft"]
    )
    guard = vendor.GuardrailsSettings(
        pii_detection_llm_output_action="redact", custom_pii_entities_to_flag=["BADGE"]
    )
    collections.update_collection_settings(mine.id, vendor.CollectionSettings(guardrails_settings=guard))
    read_back = collections.get_collection_settings(mine.id).guardrails_settings
    assert read_back is not None and read_back.custom_pii_entities_to_flag == ["BADGE"]
    collections.share_collection(mine.id, "alice", vendor.ShareCollectionRequest(permissions=["read"]))
    permissions = {p.username: p.permissions for p in collections.get_collection_permissions(mine.id)}
    assert permissions == {"demo": ["owner"], "alice": ["read"]}


def test_completions_references_and_templates(client: vendor.ApiClient) -> None:
    chat, collections = vendor.ChatApi(client), vendor.CollectionsApi(client)
    templates = vendor.PromptTemplatesApi(client)
    collection = collections.list_collections(name_filter="handbook")[0]
    session = chat.create_chat_session(collection.id, vendor.CreateChatSessionRequest(workspace="team"))
    assert session.workspace == "team" and session.collection_name == collection.name
    completion = chat.get_completion(
        session.id, vendor.ChatCompletionRequest(message="How much vacation do I get?")
    )
    assert completion.message_id and completion.body
    references = chat.get_message_references(completion.message_id, limit=2)
    assert 0 < len(references) <= 2 and all(0 < r.score <= 1 for r in references)
    made = [templates.create_prompt_template(vendor.PromptTemplateCreateRequest(name=n)) for n in ("X", "Y")]
    assert not any(t.is_public for t in made)
    assert all(t.is_public for t in templates.list_prompt_templates(template_type="system"))
    templates.delete_prompt_template([t.id for t in made])
    remaining = {t.id for t in templates.list_prompt_templates(limit=1000)}
    assert not remaining & {t.id for t in made}
