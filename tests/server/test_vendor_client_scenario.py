"""The vendor's own client, unchanged, drives a running mock server through every operation."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import h2ogpte_rest_client as vendor
import pytest

from mock_server import DEMO_TOKEN, Settings, create_app
from mock_server.testing import serve_in_thread

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with serve_in_thread(create_app(Settings())) as url:
        yield url


@pytest.fixture
def client(base_url: str) -> Iterator[vendor.ApiClient]:
    config = vendor.Configuration(host=f"{base_url}/api/v1", access_token=DEMO_TOKEN)
    with vendor.ApiClient(config) as api_client:
        yield api_client


def _first_document(collections: vendor.CollectionsApi) -> vendor.Document:
    for collection in collections.list_collections():
        documents = collections.list_documents_for_collection(collection.id, limit=1)
        if documents:
            return documents[0]
    raise AssertionError("the demo data should hold at least one document")


def test_prompt_templates(client: vendor.ApiClient) -> None:
    templates = vendor.PromptTemplatesApi(client)
    before = templates.get_prompt_template_count().count
    created = templates.create_prompt_template(
        vendor.PromptTemplateCreateRequest(name="Terse", system_prompt="Answer in one sentence.", lang="en")
    )
    assert created.name == "Terse" and not created.is_default
    assert templates.get_prompt_template(created.id).system_prompt == "Answer in one sentence."
    assert templates.get_prompt_template_count().count == before + 1
    assert created.id in {t.id for t in templates.list_prompt_templates(limit=1000)}
    updated = templates.update_prompt_template(created.id, vendor.PromptTemplateBase(description="Short"))
    assert updated.description == "Short" and updated.system_prompt == "Answer in one sentence."
    templates.share_prompt_template(created.id, "alice")
    users = {p.username for p in templates.get_prompt_template_permissions(created.id)}
    assert users == {"demo", "alice"}
    templates.unshare_prompt_template(created.id, "alice")
    templates.share_prompt_template(created.id, "bob")
    templates.unshare_prompt_template_for_all(created.id)
    assert [p.username for p in templates.get_prompt_template_permissions(created.id)] == ["demo"]
    templates.delete_prompt_template(created.id)
    with pytest.raises(vendor.ApiException) as caught:
        templates.get_prompt_template(created.id)
    assert caught.value.status == 404
    assert json.loads(caught.value.body or "{}")["code"] == 404


def test_collections(client: vendor.ApiClient) -> None:
    collections = vendor.CollectionsApi(client)
    templates = vendor.PromptTemplatesApi(client)
    document = _first_document(collections)
    before = collections.get_collection_count().count
    created = collections.create_collection(
        vendor.CollectionCreateRequest(name="Scenario", description="Made by the vendor client")
    )
    assert (created.document_count, created.sessions_count) == (0, 0)
    assert collections.get_collection_count().count == before + 1
    collections.insert_document_into_collection(created.id, document.id)
    assert collections.get_document_count_for_collection(created.id).count == 1
    assert [d.id for d in collections.list_documents_for_collection(created.id)] == [document.id]
    assert collections.get_collection(created.id).document_size == document.size
    renamed = collections.update_collection(created.id, vendor.CollectionUpdateRequest(name="Scenario 2"))
    assert renamed.name == "Scenario 2"

    settings = vendor.CollectionSettings(max_tokens_per_chunk=200, chunk_overlap_tokens=10)
    collections.update_collection_settings(created.id, settings)
    assert collections.get_collection_settings(created.id).max_tokens_per_chunk == 200
    chat_settings = vendor.ChatSettings(
        llm="mock-llm-7b", llm_args={"max_new_tokens": 40}, include_chat_history="auto"
    )
    collections.update_collection_chat_settings(created.id, chat_settings)
    assert collections.get_collection_chat_settings(created.id).llm_args == {"max_new_tokens": 40}

    template = templates.create_prompt_template(vendor.PromptTemplateCreateRequest(name="For the collection"))
    with_template = collections.update_collection_prompt_template(
        created.id, vendor.PromptTemplateChangeRequest(prompt_template_id=template.id)
    )
    assert with_template.prompt_template_id == template.id
    assert collections.delete_collection_prompt_template(created.id).prompt_template_id is None

    collections.update_collection_thumbnail(created.id, file=("thumb.png", PNG))
    assert collections.get_collection(created.id).thumbnail
    collections.delete_collection_thumbnail(created.id)
    assert collections.get_collection(created.id).thumbnail is None

    collections.share_collection(created.id, "alice")
    assert {p.username for p in collections.get_collection_permissions(created.id)} == {"demo", "alice"}
    collections.unshare_collection(created.id, "alice")
    collections.share_collection(created.id, "bob")
    collections.unshare_collection_for_all(created.id)
    assert [p.username for p in collections.get_collection_permissions(created.id)] == ["demo"]

    assert collections.list_questions_for_collection(created.id, limit=2)
    assert len(collections.list_questions_for_collection(created.id, limit=2)) <= 2
    assert collections.list_chat_sessions_for_collection(created.id) == []
    assert collections.get_chat_session_count_for_collection(created.id).count == 0
    assert created.id in {c.id for c in collections.list_collections(limit=1000)}

    collections.delete_document_from_collection(created.id, document.id)
    assert collections.get_document_count_for_collection(created.id).count == 0
    collections.delete_collection(created.id)
    with pytest.raises(vendor.ApiException) as caught:
        collections.get_collection(created.id)
    assert caught.value.status == 404


def test_chat_session_with_completions(client: vendor.ApiClient, base_url: str) -> None:
    chat = vendor.ChatApi(client)
    collections = vendor.CollectionsApi(client)
    templates = vendor.PromptTemplatesApi(client)
    document = _first_document(collections)
    collection = collections.create_collection(
        vendor.CollectionCreateRequest(name="Chat", description="For chat")
    )
    collections.insert_document_into_collection(collection.id, document.id)

    before = chat.get_chat_session_count().count
    session = chat.create_chat_session(collection_id=collection.id)
    assert session.collection_id == collection.id
    assert chat.get_chat_session_count().count == before + 1
    assert chat.list_chat_sessions(limit=1)[0].id == session.id
    assert chat.update_chat_session(session.id, vendor.ChatSessionUpdateRequest(name="Named")).name == "Named"

    question = f"What does {document.name} say?"
    completion = chat.get_completion(session.id, vendor.ChatCompletionRequest(message=question))
    assert completion.body
    messages = chat.get_chat_session_messages(session.id)
    answer, asked = messages[0], messages[1]
    assert (asked.content, asked.reply_to) == (question, None)
    assert (answer.content, answer.reply_to) == (completion.body, asked.id)
    references = chat.get_message_references(answer.id)
    assert answer.has_references and answer.total_references == len(references) > 0
    assert all(r.document_id == document.id for r in references)
    assert chat.get_message_references(asked.id) == []
    meta_types = {m.message_type for m in chat.get_message_meta(answer.id)}
    assert {"usage_stats", "prompt_template"} <= meta_types
    assert [m.message_type for m in chat.get_message_meta(answer.id, info_type="usage_stats")] == [
        "usage_stats"
    ]

    raw = chat.get_completion_without_preload_content(
        session.id, vendor.ChatCompletionRequest(message=question), _headers={"Accept": "application/jsonl"}
    )
    lines = [json.loads(line) for line in raw.data.decode().splitlines() if line.strip()]
    assert raw.headers["content-type"].startswith("application/jsonl")
    deltas = [vendor.ChatCompletionDelta.model_validate(line) for line in lines]
    assert deltas[-1].finished and not any(d.finished for d in deltas[:-1])
    assert "".join(d.body for d in deltas) == chat.get_chat_session_messages(session.id, limit=1)[0].content

    assert chat.list_questions_for_chat_session(session.id, limit=3)
    template = templates.create_prompt_template(vendor.PromptTemplateCreateRequest(name="Session template"))
    changed = chat.update_chat_session_prompt_template(
        session.id, vendor.PromptTemplateChangeRequest(prompt_template_id=template.id)
    )
    assert changed.prompt_template_id == template.id
    assert chat.delete_chat_session_prompt_template(session.id).prompt_template_id is None
    assert chat.delete_chat_session_collection(session.id).collection_id is None
    again = chat.update_chat_session_collection(
        session.id, vendor.CollectionChangeRequest(collection_id=collection.id)
    )
    assert again.collection_id == collection.id
    assert [s.id for s in collections.list_chat_sessions_for_collection(collection.id)] == [session.id]

    # The vendor declares a body for this 204, which HTTP forbids; check the raw response instead.
    deleted = chat.delete_chat_session_without_preload_content(session.id)
    assert deleted.status == 204 and deleted.data == b""
    with pytest.raises(vendor.ApiException) as caught:
        chat.get_chat_session(session.id)
    assert caught.value.status == 404
    with pytest.raises(vendor.ApiException) as caught:
        chat.get_message_meta(answer.id)
    assert caught.value.status == 404


def test_requests_without_a_valid_token_get_401(base_url: str) -> None:
    for token in (None, "not-a-token"):
        config = vendor.Configuration(host=f"{base_url}/api/v1", access_token=token)
        with vendor.ApiClient(config) as api_client, pytest.raises(vendor.ApiException) as caught:
            vendor.ChatApi(api_client).list_chat_sessions()
        assert caught.value.status == 401
        body: dict[str, Any] = json.loads(caught.value.body or "{}")
        assert body["code"] == 401 and body["message"]
