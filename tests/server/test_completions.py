"""Answers: stored history, references from real chunks, metadata, determinism and streaming."""

from __future__ import annotations

import json
import time

import httpx
import pytest
from litestar import Litestar
from litestar.testing import TestClient

from gpte_client import AuthenticatedClient
from gpte_client.api.chat import (
    create_chat_session,
    get_chat_session,
    get_chat_session_messages,
    get_completion,
    get_message_meta,
    get_message_references,
    update_chat_session_prompt_template,
)
from gpte_client.api.collections import (
    create_collection,
    get_collection_chat_settings,
    insert_document_into_collection,
    list_collections,
    list_documents_for_collection,
    update_collection_chat_settings,
    update_collection_prompt_template,
)
from gpte_client.api.prompt_templates import create_prompt_template
from gpte_client.models import (
    ChatCompletionRequest,
    ChatCompletionRequestLlmArgsType0,
    ChatSettings,
    ChatSettingsLlmArgsType0,
    Collection,
    CollectionCreateRequest,
    PromptTemplateChangeRequest,
    PromptTemplateCreateRequest,
)
from mock_server import Settings, create_app, wire
from mock_server.domain import count_tokens
from mock_server.seeding import load_fixture_file
from mock_server.services import build_services
from mock_server.store import InMemoryStore, TemplateQuery, TemplateRecord
from mock_server.testing import serve_in_thread
from tests._headers import USER


def _collection_with_documents(api: AuthenticatedClient) -> Collection:
    return next(c for c in list_collections.sync(client=api, current_user_only=True) if c.document_count >= 2)


def _ask(api: AuthenticatedClient, session_id: str, question: str, **llm_args: int) -> str:
    body = ChatCompletionRequest(message=question)
    if llm_args:
        body.llm_args = ChatCompletionRequestLlmArgsType0.from_dict(llm_args)
    return get_completion.sync(session_id, client=api, body=body).body


def test_answer_is_stored_after_its_question(api: AuthenticatedClient) -> None:
    collection = _collection_with_documents(api)
    session = create_chat_session.sync(client=api, collection_id=collection.id)
    completion = get_completion.sync(
        session.id, client=api, body=ChatCompletionRequest(message="What is covered?")
    )
    answer, question = get_chat_session_messages.sync(session.id, client=api)
    assert (question.content, question.reply_to) == ("What is covered?", None)
    assert (answer.id, answer.content, answer.reply_to) == (
        completion.message_id,
        completion.body,
        question.id,
    )
    refreshed = get_chat_session.sync(session.id, client=api)
    assert refreshed.latest_message_content == completion.body
    assert refreshed.updated_at >= answer.created_at > question.created_at


def test_references_are_real_chunks_of_the_collection(api: AuthenticatedClient, app: Litestar) -> None:
    collection = _collection_with_documents(api)
    documents = {d.id: d for d in list_documents_for_collection.sync(collection.id, client=api)}
    session = create_chat_session.sync(client=api, collection_id=collection.id)
    topic = next(iter(documents.values())).name.rsplit(".", 1)[0].replace("-", " ")
    _ask(api, session.id, f"What does the {topic} say?")
    answer, question = get_chat_session_messages.sync(session.id, client=api)
    references = get_message_references.sync(answer.id, client=api)
    assert answer.has_references and answer.total_references == len(references) > 0
    scores = [r.score for r in references]
    assert scores == sorted(scores, reverse=True) and all(0 < s <= 1 for s in scores)
    for ref in references:
        assert ref.document_id in documents and ref.collection_id == collection.id
        assert ref.document_name == documents[ref.document_id].name and ref.content
        stored = app.state.store.get_document(ref.document_id)
        words = " ".join(" ".join(stored.pages).split())
        assert " ".join(ref.content.split()) in words
        assert json.loads(ref.pages) and all(p >= 1 for p in json.loads(ref.pages))
    assert get_message_references.sync(question.id, client=api) == []
    assert len(get_message_references.sync(answer.id, client=api, limit=1)) == 1


def test_session_without_collection_answers_without_references(api: AuthenticatedClient) -> None:
    session = create_chat_session.sync(client=api)
    _ask(api, session.id, "What is the vacation policy?")
    answer = get_chat_session_messages.sync(session.id, client=api)[0]
    assert (answer.has_references, answer.total_references) == (False, 0)
    assert get_message_references.sync(answer.id, client=api) == []


def test_same_state_and_question_give_the_same_answer(api: AuthenticatedClient) -> None:
    collection = _collection_with_documents(api)
    first = create_chat_session.sync(client=api, collection_id=collection.id)
    second = create_chat_session.sync(client=api, collection_id=collection.id)
    assert _ask(api, first.id, "How do I get started?") == _ask(api, second.id, "How do I get started?")


def test_max_new_tokens_limits_the_answer(api: AuthenticatedClient) -> None:
    collection = _collection_with_documents(api)
    session = create_chat_session.sync(client=api, collection_id=collection.id)
    full = _ask(api, session.id, "Summarise the main rules.")
    short = _ask(api, session.id, "Summarise the main rules.", max_new_tokens=5)
    assert count_tokens(short) <= 5 < count_tokens(full)
    assert full.startswith(short.rstrip())


def test_collection_chat_defaults_apply_to_answers(api: AuthenticatedClient) -> None:
    collection = _collection_with_documents(api)
    defaults = ChatSettings(
        llm="tiny-llm", llm_args=ChatSettingsLlmArgsType0.from_dict({"max_new_tokens": 3})
    )
    update_collection_chat_settings.sync_detailed(collection.id, client=api, body=defaults)
    assert get_collection_chat_settings.sync(collection.id, client=api).llm == "tiny-llm"
    session = create_chat_session.sync(client=api, collection_id=collection.id)
    assert count_tokens(_ask(api, session.id, "Summarise the main rules.")) <= 3
    answer = get_chat_session_messages.sync(session.id, client=api, limit=1)[0]
    usage = get_message_meta.sync(answer.id, client=api, info_type="usage_stats")
    assert json.loads(usage[0].content)["llm"] == "tiny-llm"


def test_meta_names_the_template_in_force_and_usage(api: AuthenticatedClient) -> None:
    collection = _collection_with_documents(api)
    session = create_chat_session.sync(client=api, collection_id=collection.id)

    def template_in_force() -> str:
        _ask(api, session.id, "Anything about holidays?")
        answer = get_chat_session_messages.sync(session.id, client=api, limit=1)[0]
        meta = get_message_meta.sync(answer.id, client=api, info_type="prompt_template")
        assert [m.message_type for m in meta] == ["prompt_template"]
        return str(json.loads(meta[0].content)["id"])

    default_id = template_in_force()
    for_collection = create_prompt_template.sync(client=api, body=PromptTemplateCreateRequest(name="C"))
    update_collection_prompt_template.sync(
        collection.id, client=api, body=PromptTemplateChangeRequest(for_collection.id)
    )
    assert template_in_force() == for_collection.id != default_id
    for_session = create_prompt_template.sync(client=api, body=PromptTemplateCreateRequest(name="S"))
    update_chat_session_prompt_template.sync(
        session.id, client=api, body=PromptTemplateChangeRequest(for_session.id)
    )
    assert template_in_force() == for_session.id

    answer = get_chat_session_messages.sync(session.id, client=api, limit=1)[0]
    kinds = [m.message_type for m in get_message_meta.sync(answer.id, client=api)]
    assert {"prompt_template", "usage_stats", "prompt_raw"} <= set(kinds)
    usage = json.loads(get_message_meta.sync(answer.id, client=api, info_type="usage_stats")[0].content)
    assert (
        usage["output_tokens"] == count_tokens(answer.content) and usage["input_tokens"] > 0 and usage["llm"]
    )


def test_stream_matches_the_stored_answer(api: AuthenticatedClient) -> None:
    collection = _collection_with_documents(api)
    session = create_chat_session.sync(client=api, collection_id=collection.id)
    deltas = list(
        get_completion.stream(session.id, client=api, body=ChatCompletionRequest(message="What changed?"))
    )
    assert [d.finished for d in deltas] == [False] * (len(deltas) - 1) + [True]
    stored = get_chat_session_messages.sync(session.id, client=api, limit=1)[0]
    assert deltas[-1].message_id == stored.id
    assert "".join(d.body for d in deltas) == stored.content


async def test_async_stream_matches_the_stored_answer(async_api: AuthenticatedClient) -> None:
    session = await create_chat_session.asyncio(client=async_api)
    body = ChatCompletionRequest(message="Tell me something.")
    deltas = [d async for d in get_completion.astream(session.id, client=async_api, body=body)]
    stored = (await get_chat_session_messages.asyncio(session.id, client=async_api, limit=1))[0]
    assert deltas[-1].finished and deltas[-1].message_id == stored.id
    assert "".join(d.body for d in deltas) == stored.content


@pytest.mark.parametrize("accept", [None, "*/*", "application/json", "text/html"])
def test_json_unless_jsonl_is_asked_for(http: TestClient[Litestar], accept: str | None) -> None:
    session = http.post("/api/v1/chats").json()
    headers = {"Accept": accept} if accept else {}
    response = http.post(
        f"/api/v1/chats/{session['id']}/completions", json={"message": "hi"}, headers=headers
    )
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/json")
    assert set(response.json()) == {"body", "message_id"}


def test_stream_pace_is_configurable() -> None:
    app = create_app(Settings(time_to_first_token=0.3, tokens_per_second=50))
    # A real socket: the in-process test client buffers a streamed body before handing it over.
    with serve_in_thread(app) as base, httpx.Client(base_url=base, headers=USER) as http:
        session = http.post("/api/v1/chats").json()
        started = time.monotonic()
        url = f"/api/v1/chats/{session['id']}/completions"
        body = {"message": "Tell me a lot about it."}
        with http.stream("POST", url, json=body, headers={"Accept": "application/jsonl"}) as response:
            arrivals = [time.monotonic() - started for line in response.iter_lines() if line]
    # 0.29: an event loop may end a sleep up to its clock resolution early.
    assert arrivals[0] >= 0.29
    assert len(arrivals) > 5
    assert arrivals[-1] - arrivals[0] >= 0.9 * (len(arrivals) - 1) / 50


def test_hanging_up_mid_stream_leaves_a_consistent_history() -> None:
    app = create_app(Settings(tokens_per_second=10))
    with serve_in_thread(app) as base, httpx.Client(base_url=base, headers=USER) as http:
        session = http.post("/api/v1/chats").json()
        url = f"/api/v1/chats/{session['id']}/completions"
        with http.stream(
            "POST", url, json={"message": "Tell me more."}, headers={"Accept": "application/jsonl"}
        ) as r:
            first = json.loads(next(r.iter_lines()))
        # Leaving the block closed the connection long before the last of the paced lines.
        assert first["finished"] is False
        answer, question = http.get(f"/api/v1/chats/{session['id']}/messages").json()
        assert answer["reply_to"] == question["id"] and answer["content"].startswith(first["body"])
        assert (
            http.get(f"/api/v1/chats/{session['id']}").json()["latest_message_content"] == answer["content"]
        )
        assert http.get("/health").status_code == 200


def test_new_collection_answers_from_inserted_documents(api: AuthenticatedClient) -> None:
    source = _collection_with_documents(api)
    document = list_documents_for_collection.sync(source.id, client=api, limit=1)[0]
    body = CollectionCreateRequest(name="Fresh", description="One document")
    fresh = create_collection.sync(client=api, body=body)
    insert_document_into_collection.sync_detailed(fresh.id, document.id, client=api)
    session = create_chat_session.sync(client=api, collection_id=fresh.id)
    _ask(api, session.id, document.name.rsplit(".", 1)[0].replace("-", " "))
    answer = get_chat_session_messages.sync(session.id, client=api, limit=1)[0]
    references = get_message_references.sync(answer.id, client=api)
    assert references and {r.document_id for r in references} == {document.id}


class _CountingStore(InMemoryStore):
    """Counts the scans of all templates that finding the default takes."""

    scans = 0

    def list_templates(self, query: TemplateQuery, offset: int, limit: int) -> list[TemplateRecord]:
        self.scans += 1
        return super().list_templates(query, offset, limit)


def test_answers_without_a_template_of_their_own_do_not_scan_all_templates() -> None:
    store = _CountingStore()
    load_fixture_file(store, Settings())
    services = build_services(store)
    for n in range(50):
        services.templates.create("demo", wire.PromptTemplateCreateRequest(name=f"Mine {n}"))
    session = services.sessions.create("demo", None)
    before = store.scans
    for question in ("Hello?", "How are you?", "What is new?"):
        answer = services.completions.answer("demo", session.id, wire.ChatCompletionRequest(message=question))
        used = json.loads(dict(answer.reply.meta)["prompt_template"])
        assert used["id"] == services.templates.default().id
    assert store.scans - before <= 1


@pytest.mark.parametrize(
    ("accept", "streamed"),
    [
        ("application/jsonl", True),
        ("application/jsonl;q=0", False),
        ("application/jsonl; q=0, */*", False),
        ("application/*, application/jsonl;q=0", False),
        ("application/json;q=0, application/jsonl;q=0.1", True),
        ("application/jsonl;q=0.9, application/json;q=0.5", True),
        ("application/json;q=0.9, application/jsonl;q=0.5", False),
        ("application/jsonl, application/json", True),
        ("application/json, application/jsonl", False),
        ("*/*", False),
        ("text/html", False),
    ],
)
def test_accept_q_values_decide_between_json_and_json_lines(
    http: TestClient[Litestar], accept: str, streamed: bool
) -> None:
    session = http.post("/api/v1/chats").json()
    response = http.post(
        f"/api/v1/chats/{session['id']}/completions", json={"message": "Hello?"}, headers={"Accept": accept}
    )
    assert response.status_code == 200
    expected = "application/jsonl" if streamed else "application/json"
    assert response.headers["content-type"].split(";")[0] == expected
