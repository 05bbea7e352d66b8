"""The chat operations of h2ogpte 1.7.5, called by its unchanged ``rest_sync`` client over a real socket:
votes, question/answer feedback, deleting messages, forks, the session lifecycle, guardrails and models."""

from __future__ import annotations

import json
from collections.abc import Iterator

import h2ogpte.rest_sync as vendor
import httpx
import pytest
from h2ogpte.types import QuestionReplyData

from mock_server import DEMO_TOKEN, Settings, create_app
from mock_server.testing import serve_in_thread
from tests._headers import USER

ALICE_TOKEN = "alice-token"


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with serve_in_thread(create_app(Settings())) as base:
        yield base


def _client(url: str, token: str) -> vendor.ApiClient:
    return vendor.ApiClient(vendor.Configuration(host=f"{url}/api/v1", access_token=token))


@pytest.fixture
def demo(url: str) -> Iterator[vendor.ApiClient]:
    with _client(url, DEMO_TOKEN) as client:
        yield client


@pytest.fixture
def alice(url: str) -> Iterator[vendor.ApiClient]:
    with _client(url, ALICE_TOKEN) as client:
        yield client


def _handbook(client: vendor.ApiClient) -> vendor.Collection:
    return vendor.CollectionsApi(client).list_collections(name_filter="handbook")[0]


def _ask(chat: vendor.ChatApi, session_id: str, question: str, llm: str | None = None) -> vendor.ChatMessage:
    chat.get_completion(session_id, vendor.ChatCompletionRequest(message=question, llm=llm))
    return chat.get_chat_session_messages(session_id, limit=1)[0]


def _error(raised: pytest.ExceptionInfo[vendor.ApiException]) -> dict[str, object]:
    body = json.loads(str(raised.value.body))
    assert isinstance(body, dict) and body["code"] == raised.value.status and body["message"]
    return body


def test_votes_set_a_value_and_show_in_messages(demo: vendor.ApiClient) -> None:
    chat = vendor.ChatApi(demo)
    session = chat.create_chat_session(_handbook(demo).id)
    answer = _ask(chat, session.id, "How many vacation days do I get?")
    for votes in (1, 1, -1, 0, -1):
        chat.set_message_votes(answer.id, vendor.MessageVoteUpdateRequest(votes=votes))
        assert chat.get_chat_session_messages(session.id, limit=1)[0].votes == votes
    with pytest.raises(vendor.ApiException) as raised:
        chat.set_message_votes(answer.id, vendor.MessageVoteUpdateRequest(votes=2))
    assert raised.value.status == 400 and "votes" in str(_error(raised)["message"])
    assert chat.get_chat_session_messages(session.id, limit=1)[0].votes == -1


def test_feedback_is_linked_to_its_answer_listed_and_counted(demo: vendor.ApiClient) -> None:
    chat = vendor.ChatApi(demo)
    collection = _handbook(demo)
    session = chat.create_chat_session(collection.id)
    voted = _ask(chat, session.id, "Can I carry over vacation days?")
    commented = _ask(chat, session.id, "How many vacation days do I get?")
    before = chat.get_question_answer_feedback_count(collection_id=collection.id).count
    chat.set_message_votes(voted.id, vendor.MessageVoteUpdateRequest(votes=1))
    feedback = vendor.UpdateQAFeedbackRequest(expected_answer="25 days", user_comment="No cap given")
    chat.update_question_answer_feedback(commented.id, feedback)
    listed = chat.list_question_answer_feedbacks(collection_id=collection.id, interval="1 day")
    assert len(listed) == chat.get_question_answer_feedback_count(collection_id=collection.id).count
    assert len(listed) == before + 2
    by_reply = {f.reply_id: f for f in listed}
    assert by_reply[voted.id].votes == 1 and by_reply[voted.id].user_comment is None
    mine = by_reply[commented.id]
    assert (mine.expected_answer, mine.user_comment, mine.votes) == ("25 days", "No cap given", 0)
    assert mine.question_id == commented.reply_to and mine.reply_content == commented.content
    assert mine.chat_session_id == session.id and mine.collection_name == collection.name
    assert QuestionReplyData(**mine.to_dict()).llm == mine.llm == "mock-llm-7b"
    assert chat.get_question_answer_feedback_count(collection_id=collection.id, no_collection=True).count == 0
    page = chat.list_question_answer_feedbacks(collection_id=collection.id, offset=1, limit=1)
    assert [f.reply_id for f in page] == [listed[1].reply_id]
    with pytest.raises(vendor.ApiException) as raised:
        chat.update_question_answer_feedback(commented.reply_to or "", feedback)
    assert raised.value.status == 400
    with pytest.raises(vendor.ApiException) as raised:
        chat.list_question_answer_feedbacks(interval="last week")
    assert raised.value.status == 400 and _error(raised)


def test_delete_messages_takes_comma_separated_ids_of_the_callers_only(
    demo: vendor.ApiClient, alice: vendor.ApiClient
) -> None:
    chat = vendor.ChatApi(demo)
    session = chat.create_chat_session()
    first = _ask(chat, session.id, "What is a mock server?")
    second = _ask(chat, session.id, "Why test against one?")
    # alice may not delete demo's messages: 404, and nothing is deleted.
    with pytest.raises(vendor.ApiException) as raised:
        vendor.ChatApi(alice).delete_messages([second.id])
    assert raised.value.status == 404 and _error(raised)
    with pytest.raises(vendor.ApiException):
        chat.delete_messages([second.id, "no-such-message"])
    assert chat.get_chat_session_messages(session.id).__len__() == 4
    # The client percent-encodes the comma (%2C); a question takes its answer with it.
    assert first.reply_to is not None
    chat.delete_messages([first.reply_to, second.id])
    left = chat.get_chat_session_messages(session.id)
    assert [m.id for m in left] == [second.reply_to]
    assert chat.get_chat_session(session.id).latest_message_content == left[0].content


def test_fork_copies_messages_up_to_the_given_one_with_new_ids(demo: vendor.ApiClient) -> None:
    chat = vendor.ChatApi(demo)
    session = chat.create_chat_session(_handbook(demo).id)
    first = _ask(chat, session.id, "How many vacation days do I get?")
    _ask(chat, session.id, "Can I carry over vacation days?")
    chat.set_message_votes(first.id, vendor.MessageVoteUpdateRequest(votes=1))
    fork = chat.fork_chat_session(session.id, vendor.ForkChatSessionRequest(message_id=first.id))
    assert fork.id != session.id and fork.collection_id == session.collection_id
    copied = chat.get_chat_session_messages(fork.id)
    original = chat.get_chat_session_messages(session.id)[2:]
    assert [m.content for m in copied] == [m.content for m in original]
    assert not {m.id for m in copied} & {m.id for m in original}
    assert copied[0].reply_to == copied[1].id and copied[0].votes == 0
    assert fork.latest_message_content == first.content
    old_refs = chat.get_message_references(first.id)
    new_refs = chat.get_message_references(copied[0].id)
    assert old_refs and [r.to_dict() for r in new_refs] == [r.to_dict() for r in old_refs]
    assert chat.get_message_meta(copied[0].id) == chat.get_message_meta(first.id)
    whole = chat.fork_chat_session(session.id)
    assert len(chat.get_chat_session_messages(whole.id)) == 4
    with pytest.raises(vendor.ApiException) as raised:
        chat.fork_chat_session(fork.id, vendor.ForkChatSessionRequest(message_id=original[0].id))
    assert raised.value.status == 409  # a message the body names: not the URL's record


def test_archive_expiry_and_keep_forever_show_in_status_lists_and_admin_list(
    demo: vendor.ApiClient, alice: vendor.ApiClient
) -> None:
    chat, mine = vendor.ChatApi(demo), vendor.ChatApi(alice)
    session = mine.create_chat_session()
    mine.update_chat_session(session.id, vendor.ChatSessionUpdateRequest(name="Quarterly archive test"))
    fresh = mine.get_chat_session(session.id)
    assert (fresh.status, fresh.keep_forever, fresh.source) == ("active", False, "user")
    assert fresh.inactivity_interval and fresh.inactivity_interval > 0
    mine.update_chat_session_expiry_date(
        session.id, vendor.UpdateExpiryDateRequest(expiry_date="2030-01-31", timezone="Europe/Paris")
    )
    expiring = mine.get_chat_session(session.id)
    assert expiring.status == "expiring" and expiring.expiry_date is not None
    assert expiring.expiry_date.isoformat() == "2030-01-30T23:00:00+00:00"
    mine.update_chat_session_keep_forever(
        session.id, vendor.UpdateChatSessionKeepForeverRequest(keep_forever=True)
    )
    kept = mine.get_chat_session(session.id)
    assert (kept.status, kept.keep_forever, kept.expiry_date, kept.inactivity_interval) == (
        "active",
        True,
        None,
        None,
    )
    count = mine.get_chat_session_count().count
    with pytest.raises(vendor.ApiException) as raised:
        mine.archive_chat_session(session.id)
    assert raised.value.status == 403 and _error(raised)
    chat.archive_chat_session(session.id)
    archived = mine.get_chat_session(session.id)
    assert (archived.status, archived.keep_forever, archived.expiry_date) == ("archived", False, None)
    assert archived.archived_at is not None
    assert session.id not in {s.id for s in mine.list_chat_sessions(limit=10000)}
    assert mine.get_chat_session_count().count == count - 1
    listed = chat.list_archived_chat_sessions_as_admin(filter="quarterly ARCHIVE", sort_column="name")
    assert [s.id for s in listed.items or []] == [session.id] and listed.total == 1
    with pytest.raises(vendor.ApiException) as raised:
        mine.list_archived_chat_sessions_as_admin()
    assert raised.value.status == 403
    chat.unarchive_chat_session(session.id)
    back = mine.get_chat_session(session.id)
    assert (back.status, back.archived_at) == ("active", None) and back.inactivity_interval
    assert mine.get_chat_session_count().count == count
    mine.update_chat_session_expiry_date(session.id, vendor.UpdateExpiryDateRequest(expiry_date="2031-05-01"))
    mine.delete_chat_session_expiry_date(session.id)
    assert mine.get_chat_session(session.id).status == "active"


def test_guardrails_come_from_the_sessions_collection(demo: vendor.ApiClient) -> None:
    chat, collections = vendor.ChatApi(demo), vendor.CollectionsApi(demo)
    plain = chat.create_chat_session()
    assert chat.get_chat_session_guardrails(plain.id) is None
    mine = collections.create_collection(vendor.CollectionCreateRequest(name="Guarded", description="g"))
    guard = vendor.GuardrailsSettings(disallowed_regex_patterns=["secret_[a-z]+"])
    collections.update_collection_settings(mine.id, vendor.CollectionSettings(guardrails_settings=guard))
    session = chat.create_chat_session(mine.id)
    found = chat.get_chat_session_guardrails(session.id)
    assert found is not None and found.disallowed_regex_patterns == ["secret_[a-z]+"]


def test_models_list_and_completions_name_one(demo: vendor.ApiClient) -> None:
    models = vendor.ModelsApi(demo)
    llms = [m.id for m in models.list_models()]
    assert llms == list(Settings().llms)
    embedding = models.list_embedding_models()
    assert models.get_default_embedding_model() == embedding[0]
    chat = vendor.ChatApi(demo)
    session = chat.create_chat_session()
    answer = _ask(chat, session.id, "Hello?", llm=llms[1])
    usage = chat.get_message_meta(answer.id, info_type="usage_stats")
    assert json.loads(usage[0].content)["llm"] == llms[1]
    assert (
        json.loads(chat.get_message_meta(_ask(chat, session.id, "Hi", llm="auto").id)[1].content)["llm"]
        == llms[0]
    )
    with pytest.raises(vendor.ApiException) as raised:
        chat.get_completion(session.id, vendor.ChatCompletionRequest(message="Hi", llm="gpt-17"))
    assert raised.value.status == 409 and "gpt-17" in str(_error(raised)["message"])


@pytest.mark.parametrize(
    ("content", "headers"),
    [(None, {}), (b"", {"Content-Type": "application/json"}), (b"{}", {"Content-Type": "application/json"})],
    ids=["no body (1.6.14)", "empty JSON body (1.7.5)", "{} (the SDK)"],
)
def test_create_chat_session_accepts_every_clients_body(
    url: str, content: bytes | None, headers: dict[str, str]
) -> None:
    response = httpx.post(f"{url}/api/v1/chats", content=content, headers={**USER, **headers})
    assert response.status_code == 201
    assert vendor.ChatSession.from_json(response.text).status == "active"


def test_delete_messages_takes_any_non_empty_ids_and_refuses_empty_ones(url: str) -> None:
    # A control character is an id like any other (unknown: 404); an empty one is malformed (400).
    assert httpx.delete(f"{url}/api/v1/messages/%1D,x", headers=USER).status_code == 404
    assert httpx.delete(f"{url}/api/v1/messages/x,,y", headers=USER).status_code == 400


def test_deleting_templates_refuses_empty_ids_and_deletes_none(url: str) -> None:
    body = {"name": "kept", "description": "", "lang": "en"}
    kept = httpx.post(f"{url}/api/v1/prompt_templates", json=body, headers=USER).json()["id"]
    for ids in (",", f"{kept},", f"{kept},,{kept}"):
        refused = httpx.delete(f"{url}/api/v1/prompt_templates/{ids}", headers=USER)
        assert refused.status_code == 400 and refused.json()["code"] == 400, (ids, refused.text)
    assert httpx.get(f"{url}/api/v1/prompt_templates/{kept}", headers=USER).status_code == 200
    # The comma percent-encoded, as the 1.7.5 client sends it, separates ids as well.
    assert httpx.delete(f"{url}/api/v1/prompt_templates/{kept}%2C{kept}", headers=USER).status_code == 204
    assert httpx.get(f"{url}/api/v1/prompt_templates/{kept}", headers=USER).status_code == 404
