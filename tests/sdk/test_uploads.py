"""Uploads the SDK's way (``PUT``, ``GET`` and ``DELETE /rpc/fs``): kept per user like ``PUT /uploads``,
and ingested by the same ingestion, so answers cite the pages of what was uploaded."""

from __future__ import annotations

import io
import json
from typing import Any

import httpx
import pytest
from h2ogpte.errors import HTTPError, ObjectNotFoundError

from mock_server.domain.pdf_file import make_pdf
from mock_server.pytest_plugin import MockServer

from ._sdk import KILN_QUESTION, PAGES, WHALES, sync_client


def _pending(mock: MockServer, api_key: str) -> list[str]:
    """``GET /rpc/fs`` as the SDK sends it (its own ``list_upload`` cannot read the answer, see README)."""
    response = httpx.get(f"{mock.url}/rpc/fs", headers={"Authorization": f"Bearer {api_key}"})
    assert response.status_code == 200
    pending: list[str] = response.json()
    return pending


def test_uploads_are_kept_per_user_and_deleted(h2ogpte_mock: MockServer) -> None:
    client = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    bob_key = h2ogpte_mock.admin.api_key_for("bob")
    bob = sync_client(h2ogpte_mock.url, bob_key)
    before = _pending(h2ogpte_mock, h2ogpte_mock.api_key)
    text = client.upload("whales.txt", io.BytesIO(WHALES))
    pdf = client.upload("facilities.pdf", io.BytesIO(make_pdf(PAGES)))
    assert _pending(h2ogpte_mock, h2ogpte_mock.api_key) == [*before, text, pdf]
    assert not {text, pdf} & set(_pending(h2ogpte_mock, bob_key))
    with pytest.raises(ObjectNotFoundError):
        bob.delete_upload(text)
    assert client.delete_upload(text) == text
    assert _pending(h2ogpte_mock, h2ogpte_mock.api_key) == [*before, pdf]
    with pytest.raises(ObjectNotFoundError):
        client.delete_upload(text)


def test_an_upload_over_the_size_limit_is_refused(h2ogpte_mock: MockServer) -> None:
    client = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    before = _pending(h2ogpte_mock, h2ogpte_mock.api_key)
    with pytest.raises(HTTPError):
        client.upload("big.txt", io.BytesIO(b"x" * (6 * 1024 * 1024)))
    assert _pending(h2ogpte_mock, h2ogpte_mock.api_key) == before


def _ingest(mock: MockServer, collection_id: str, upload_ids: list[str]) -> None:
    response = httpx.post(
        f"{mock.url}/api/v1/uploads/{','.join(upload_ids)}/ingest",
        params={"collection_id": collection_id, "chunk_by_page": "true"},
        headers={"Authorization": f"Bearer {mock.api_key}"},
    )
    assert response.status_code == 204, response.text


def test_sdk_uploads_feed_the_ingestion_and_answers_cite_their_pages(h2ogpte_mock: MockServer) -> None:
    client = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    collection_id = client.create_collection("Facilities", "")
    uploads = [
        client.upload("whales.txt", io.BytesIO(WHALES)),
        client.upload("facilities.pdf", io.BytesIO(make_pdf(PAGES))),
    ]
    _ingest(h2ogpte_mock, collection_id, uploads)
    assert not set(uploads) & set(_pending(h2ogpte_mock, h2ogpte_mock.api_key))
    documents = {d.name: d for d in client.list_documents_in_collection(collection_id, 0, 10)}
    assert set(documents) == {"whales.txt", "facilities.pdf"} and documents["facilities.pdf"].page_count == 3
    session_id = client.create_chat_session(collection_id)
    with client.connect(session_id) as session:
        answer = session.query(KILN_QUESTION, timeout=30)
    references: list[Any] = client.list_chat_message_references(answer.id)
    best = max(references, key=lambda r: r.score)
    assert (best.document_name, json.loads(best.pages)) == ("facilities.pdf", [3])
    assert "kiln" in answer.content.lower()
