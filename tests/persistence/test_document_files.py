"""A document's file outlives the server: on a file across a restart, and through an export loaded
elsewhere, it downloads byte for byte."""

from __future__ import annotations

import base64
from pathlib import Path

from litestar import Litestar
from litestar.testing import TestClient

from mock_server import Settings
from mock_server.domain.pdf_file import make_pdf
from tests._headers import ADMIN
from tests.persistence._clients import demo_client

PDF = make_pdf(["Badges open the front door from 7:00.", "The kiln is for trained staff only."])


def _ingest(client: TestClient[Litestar], name: str, data: bytes) -> str:
    """Upload and ingest one file into a new collection; the new document's id."""
    collection = client.post("/api/v1/collections", json={"name": "Files", "description": ""}).json()["id"]
    upload = client.put("/api/v1/uploads", files={"file": (name, data)}).json()["id"]
    ingested = client.post(f"/api/v1/uploads/{upload}/ingest", params={"collection_id": collection})
    assert ingested.status_code == 204, ingested.text
    (document,) = client.get(f"/api/v1/collections/{collection}/documents").json()
    return str(document["id"])


def _download(client: TestClient[Litestar], document_id: str) -> bytes:
    response = client.get("/file", params={"id": document_id, "name": "any.pdf"})
    assert response.status_code == 200, response.text
    return response.content


def test_a_documents_file_survives_a_restart_and_an_export_loaded_elsewhere(tmp_path: Path) -> None:
    settings = Settings(data=tmp_path / "mock.db")
    with demo_client(settings) as first:
        document_id = _ingest(first, "facilities.pdf", PDF)
        assert _download(first, document_id) == PDF
    with demo_client(settings) as again:
        assert _download(again, document_id) == PDF
        exported = again.get("/admin/state", headers=ADMIN).json()
    (entry,) = [d for d in exported["documents"] if d["id"] == document_id]
    assert base64.b64decode(entry["data"]) == PDF
    with demo_client(Settings()) as elsewhere:
        assert elsewhere.post("/admin/state", json=exported, headers=ADMIN).status_code == 204
        assert _download(elsewhere, document_id) == PDF
