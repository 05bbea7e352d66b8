"""A record the request body names, when it is missing, gets 409; 404 stays for the record the URL names.

The operations are those the spec answers with ``UnknownReference``; each is called on a record of the
caller's that exists (so the URL is fine) with an unknown id in the body, and must refuse with 409, the
spec's Error body, and no change. The same call with an unknown record in the URL answers 404.
"""

from __future__ import annotations

from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from mock_server import API_PREFIX
from tests.spec._spec import load_spec

UNKNOWN = "0b8e7c1d-unknown-record"
REFERENCE = "#/components/responses/UnknownReference"

# operationId -> the body that names an unknown record (or LLM).
BODIES: dict[str, dict[str, Any]] = {
    "update_chat_session_collection": {"collection_id": UNKNOWN},
    "update_chat_session_prompt_template": {"prompt_template_id": UNKNOWN},
    "fork_chat_session": {"message_id": UNKNOWN},
    "get_completion": {"message": "Hello?", "llm": UNKNOWN},
    "update_collection_prompt_template": {"prompt_template_id": UNKNOWN},
    "create_insert_document_to_collection_job": {"document_id": UNKNOWN},
    "create_import_collection_to_collection_job": {"source_collection_id": UNKNOWN},
    "create_migrate_collection_chat_sessions_job": {"target_collection_id": UNKNOWN},
}


def _refusing_operations() -> dict[str, tuple[str, str]]:
    """operationId -> (method, path) of every operation whose 409 is ``UnknownReference``."""
    found = {}
    for path, item in load_spec()["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("responses", {}).get("409") == {
                "$ref": REFERENCE
            }:
                found[operation["operationId"]] = (method.upper(), path)
    return found


OPERATIONS = _refusing_operations()


def test_every_operation_that_declares_it_is_tried() -> None:
    assert sorted(OPERATIONS) == sorted(BODIES)


def _url(http: TestClient[Litestar], path: str, known: bool) -> str:
    if "{session_id}" in path:
        session = http.post(f"{API_PREFIX}/chats").json()["id"] if known else UNKNOWN
        return API_PREFIX + path.replace("{session_id}", session)
    body = {"name": "references", "description": ""}
    collection = http.post(f"{API_PREFIX}/collections", json=body).json()["id"] if known else UNKNOWN
    return API_PREFIX + path.replace("{collection_id}", collection)


@pytest.mark.parametrize("operation_id", sorted(BODIES))
def test_an_unknown_record_in_the_body_is_a_409(operation_id: str, http: TestClient[Litestar]) -> None:
    method, path = OPERATIONS[operation_id]
    url = _url(http, path, known=True)
    # The session, the collection, or the collection's documents: what a refused call must leave alone.
    owner = url.rsplit("/", 1)[0]
    before = http.get(owner).json()
    response = http.request(method, url, json=BODIES[operation_id])
    assert response.status_code == 409, response.text
    error = response.json()
    assert error["code"] == 409 and UNKNOWN in error["message"]
    assert http.get(owner).json() == before
    missing = http.request(method, _url(http, path, known=False), json=BODIES[operation_id])
    assert missing.status_code == 404, missing.text
