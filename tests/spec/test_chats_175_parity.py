"""The chat slice's 1.7.5 operations are in openapi.yaml as the installed h2ogpte 1.7.5 client calls them:
method, path, path and query parameters (names, locations, JSON types, list formats), body schema and 2xx."""

from __future__ import annotations

import pytest

from ._spec import operations_by_id, ref_name, schema_types
from ._vendor import V175, vendor_operations

CHAT_OPERATIONS = (
    "set_message_votes",
    "update_question_answer_feedback",
    "list_question_answer_feedbacks",
    "get_question_answer_feedback_count",
    "delete_messages",
    "fork_chat_session",
    "stop_chat_message",
    "finish_chat_message",
    "pause_chat_message",
    "resume_chat_message",
    "archive_chat_session",
    "unarchive_chat_session",
    "list_archived_chat_sessions_as_admin",
    "update_chat_session_expiry_date",
    "delete_chat_session_expiry_date",
    "update_chat_session_keep_forever",
    "get_chat_session_guardrails",
    "list_models",
    "list_embedding_models",
    "get_default_embedding_model",
)
# Our schema names where they differ from the vendor's model names (the shape is the same).
_RENAMED = {"ListArchivedChatSessionsAsAdmin200Response": "ArchivedChatSessions"}


@pytest.mark.parametrize("name", CHAT_OPERATIONS)
def test_operation_matches_the_1_7_5_client(name: str) -> None:
    vendor = vendor_operations(V175).get(name)
    spec = operations_by_id().get(name)
    assert vendor is not None and spec is not None, name
    assert (spec.method, spec.path) == (vendor.method, vendor.path)
    assert {c for c in spec.responses() if c.startswith("2")} == vendor.success_codes
    wanted = {k: p for k, p in vendor.params.items() if p.location in ("path", "query")}
    assert set(spec.parameters()) == set(wanted)
    for key, param in wanted.items():
        declared = spec.parameters()[key]
        schema = declared["schema"]
        if param.collection_format == "csv":
            assert schema["type"] == "array" and declared.get("explode") is False, key
        else:
            assert schema_types(schema) - {"null"} == set(param.json_types), key
    body = vendor.body
    request = spec.request_body()
    assert (body is None) == (request is None)
    if body is not None and request is not None:
        assert bool(request.get("required")) == body.required
        model = body.model
        assert model is not None
        ours = ref_name(request["content"]["application/json"]["schema"])
        assert ours == _RENAMED.get(model.__name__, model.__name__)
