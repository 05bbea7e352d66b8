"""Collections through the generated client: documents, counts, settings, thumbnail, sharing, deletion."""

from __future__ import annotations

import io

import pytest

from gpte_client import AuthenticatedClient
from gpte_client.api.chat import create_chat_session, get_chat_session, get_completion
from gpte_client.api.collections import (
    create_collection,
    delete_collection,
    delete_collection_thumbnail,
    delete_document_from_collection,
    get_chat_session_count_for_collection,
    get_collection,
    get_collection_chat_settings,
    get_collection_count,
    get_collection_settings,
    get_document_count_for_collection,
    insert_document_into_collection,
    list_chat_sessions_for_collection,
    list_collections,
    list_documents_for_collection,
    list_questions_for_collection,
    update_collection,
    update_collection_chat_settings,
    update_collection_settings,
    update_collection_thumbnail,
)
from gpte_client.errors import NotFoundError, UnsupportedMediaTypeError
from gpte_client.models import (
    ChatCompletionRequest,
    ChatSettings,
    Collection,
    CollectionCreateRequest,
    CollectionSettingsInput,
    CollectionUpdateRequest,
    Document,
    GuardrailsSettingsInput,
    UpdateCollectionThumbnailBody,
)
from gpte_client.types import File

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))


def _new(api: AuthenticatedClient, name: str = "Scratch") -> Collection:
    return create_collection.sync(
        client=api, body=CollectionCreateRequest(name=name, description="For tests")
    )


def _some_documents(api: AuthenticatedClient, count: int) -> list[Document]:
    found: list[Document] = []
    for collection in list_collections.sync(client=api, current_user_only=True):
        found += list_documents_for_collection.sync(collection.id, client=api)
    unique = list({d.id: d for d in found}.values())
    assert len(unique) >= count
    return unique[:count]


def test_create_then_get_and_list(api: AuthenticatedClient) -> None:
    before = get_collection_count.sync(client=api).count
    created = _new(api, "Alpha")
    assert get_collection.sync(created.id, client=api).to_dict() == created.to_dict()
    assert (created.username, created.document_count, created.document_size, created.user_count) == (
        "demo",
        0,
        0,
        1,
    )
    listed = list_collections.sync(client=api, limit=1000)
    assert get_collection_count.sync(client=api).count == len(listed) == before + 1
    assert listed[0].id == created.id


def test_sorting_and_filters(api: AuthenticatedClient) -> None:
    _new(api, "aaa first by name")
    by_name = list_collections.sync(client=api, sort_column="name", ascending=True)
    names = [c.name.casefold() for c in by_name]
    assert names == sorted(names)
    filtered = list_collections.sync(client=api, name_filter="FIRST BY")
    assert [c.name for c in filtered] == ["aaa first by name"]
    mine = list_collections.sync(client=api, current_user_only=True)
    assert all(c.username == "demo" for c in mine)


def test_documents_counts_and_size_follow_inserts_and_removals(api: AuthenticatedClient) -> None:
    first, second = _some_documents(api, 2)
    collection = _new(api)
    for document in (first, second, first):
        response = insert_document_into_collection.sync_detailed(collection.id, document.id, client=api)
        assert response.status_code == 204
    listed = list_documents_for_collection.sync(collection.id, client=api)
    assert [d.id for d in listed] == [second.id, first.id]
    assert get_document_count_for_collection.sync(collection.id, client=api).count == 2
    fetched = get_collection.sync(collection.id, client=api)
    assert (fetched.document_count, fetched.document_size) == (2, first.size + second.size)
    assert fetched.updated_at > collection.updated_at
    assert [d.id for d in list_documents_for_collection.sync(collection.id, client=api, offset=1)] == [
        first.id
    ]
    delete_document_from_collection.sync_detailed(collection.id, first.id, client=api)
    fetched = get_collection.sync(collection.id, client=api)
    assert (fetched.document_count, fetched.document_size) == (1, second.size)
    with pytest.raises(NotFoundError):
        insert_document_into_collection.sync_detailed(collection.id, "no-such-document", client=api)


def test_settings_read_back_what_was_written(api: AuthenticatedClient) -> None:
    collection = _new(api)
    guard = GuardrailsSettingsInput(
        pii_detection_llm_output_action="redact", pii_labels_to_flag=["EMAIL_ADDRESS"]
    )
    written = CollectionSettingsInput(
        max_tokens_per_chunk=128, chunk_overlap_tokens=8, guardrails_settings=guard
    )
    assert (
        update_collection_settings.sync_detailed(collection.id, client=api, body=written).status_code == 204
    )
    stored = get_collection_settings.sync(collection.id, client=api)
    assert (stored.max_tokens_per_chunk, stored.chunk_overlap_tokens) == (128, 8)
    assert stored.guardrails_settings
    assert stored.guardrails_settings.pii_detection_llm_output_action == "redact"
    # Older clients require every guardrail field, so the ones not sent come back with defaults.
    assert stored.guardrails_settings.pii_detection_parse_action == "allow"
    chat = ChatSettings.from_dict({"llm": "mock-llm-7b", "include_chat_history": "on", "tags": ["policy"]})
    assert (
        update_collection_chat_settings.sync_detailed(collection.id, client=api, body=chat).status_code == 204
    )
    assert get_collection_chat_settings.sync(collection.id, client=api).to_dict() == chat.to_dict()


def test_update_changes_only_what_is_sent(api: AuthenticatedClient) -> None:
    collection = _new(api)
    renamed = update_collection.sync(collection.id, client=api, body=CollectionUpdateRequest(name="Renamed"))
    assert (renamed.name, renamed.description) == ("Renamed", collection.description)


def test_thumbnail_upload_and_removal(api: AuthenticatedClient) -> None:
    collection = _new(api)
    body = UpdateCollectionThumbnailBody(
        file=File(payload=io.BytesIO(PNG), file_name="t.png", mime_type="image/png")
    )
    assert update_collection_thumbnail.sync_detailed(collection.id, client=api, body=body).status_code == 204
    assert get_collection.sync(collection.id, client=api).thumbnail
    not_an_image = UpdateCollectionThumbnailBody(file=File(payload=io.BytesIO(b"hello"), file_name="t.txt"))
    with pytest.raises(UnsupportedMediaTypeError) as refused:
        update_collection_thumbnail.sync(collection.id, client=api, body=not_an_image)
    assert refused.value.error is not None and refused.value.error.code == 415
    assert delete_collection_thumbnail.sync_detailed(collection.id, client=api).status_code == 204
    assert get_collection.sync(collection.id, client=api).thumbnail is None


def test_questions_come_from_the_documents(api: AuthenticatedClient) -> None:
    collection = next(
        c for c in list_collections.sync(client=api, current_user_only=True) if c.document_count
    )
    questions = list_questions_for_collection.sync(collection.id, client=api, limit=3)
    assert 0 < len(questions) <= 3 and all(q.question.endswith("?") for q in questions)
    assert list_questions_for_collection.sync(collection.id, client=api, limit=3) == questions
    assert len(list_questions_for_collection.sync(collection.id, client=api, limit=1)) == 1


def test_sessions_of_a_collection_agree_with_their_count(api: AuthenticatedClient) -> None:
    collection = _new(api)
    made = [create_chat_session.sync(client=api, collection_id=collection.id).id for _ in range(3)]
    listed = list_chat_sessions_for_collection.sync(collection.id, client=api)
    assert [s.id for s in listed] == list(reversed(made))
    assert get_chat_session_count_for_collection.sync(collection.id, client=api).count == 3
    assert get_collection.sync(collection.id, client=api).sessions_count == 3
    assert list_chat_sessions_for_collection.sync(collection.id, client=api, offset=2) == listed[2:]


def test_deleting_a_collection_removes_its_sessions_and_answers(api: AuthenticatedClient) -> None:
    (document,) = _some_documents(api, 1)
    collection = _new(api)
    insert_document_into_collection.sync_detailed(collection.id, document.id, client=api)
    session = create_chat_session.sync(client=api, collection_id=collection.id)
    get_completion.sync(session.id, client=api, body=ChatCompletionRequest(message="What is in it?"))
    assert delete_collection.sync_detailed(collection.id, client=api).status_code == 204
    with pytest.raises(NotFoundError):
        get_collection.sync(collection.id, client=api)
    with pytest.raises(NotFoundError):
        get_chat_session.sync(session.id, client=api)
    # The document belonged to the demo collections too, so it survives.
    assert document.id in {d.id for d in _some_documents(api, 1) + _all_documents(api)}


def _all_documents(api: AuthenticatedClient) -> list[Document]:
    return [
        d
        for c in list_collections.sync(client=api, current_user_only=True)
        for d in list_documents_for_collection.sync(c.id, client=api)
    ]
