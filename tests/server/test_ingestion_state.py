"""Uploads and ingested documents through the generated client, on each backend, and through the admin
export: pending uploads and what was ingested survive export and load, and search the same after."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from gpte_client import AuthenticatedClient
from gpte_client.api.collections import create_collection, get_collection_chunks, search_collection_chunks
from gpte_client.api.document_ingestion import ingest_from_plain_text, ingest_upload, upload_file
from gpte_client.errors import NotFoundError
from gpte_client.models import CollectionCreateRequest, SearchCollectionChunksRequest, UploadFileBody
from gpte_client.types import File
from mock_server import Settings, create_app
from mock_server.cli import parse_settings
from mock_server.domain.pdf_file import make_pdf
from tests._headers import ADMIN


def _upload(api: AuthenticatedClient, name: str, data: bytes) -> str:
    body = UploadFileBody(file=File(payload=io.BytesIO(data), file_name=name))
    return upload_file.sync(client=api, body=body).id


def _search(api: AuthenticatedClient, collection_id: str, query: str) -> list[tuple[str, str, str]]:
    request = SearchCollectionChunksRequest(query=query, topics=[])
    found = search_collection_chunks.sync(collection_id, client=api, body=request)
    return [(r.name, r.pages, r.text) for r in found]


def test_ingestion_through_the_generated_client(api: AuthenticatedClient) -> None:
    collection = create_collection.sync(client=api, body=CollectionCreateRequest(name="Mine", description=""))
    pdf = make_pdf(
        ["The archive room key hangs behind the blue door.", "Coffee beans are ordered on Mondays."]
    )
    upload_id = _upload(api, "rooms.pdf", pdf)
    ingest_upload.sync(upload_id, client=api, collection_id=collection.id, chunk_by_page=True)
    text = File(payload=io.BytesIO(b"The rooftop garden closes at dusk."), file_name="garden.txt")
    ingest_from_plain_text.sync(client=api, body=text, collection_id=collection.id, file_name="garden.txt")
    assert _search(api, collection.id, "coffee beans") == [
        ("rooms.pdf", "[2]", "Coffee beans are ordered on Mondays.")
    ]
    chunks = get_collection_chunks.sync(collection.id, "1,3", client=api)
    assert [(c.id, c.name) for c in chunks] == [(1, "rooms.pdf"), (3, "garden.txt")]
    try:
        get_collection_chunks.sync(collection.id, "4", client=api)
    except NotFoundError as missing:
        assert missing.error is not None and "4" in missing.error.message
    else:
        raise AssertionError("chunk 4 of 3 was found")


def _call(client: TestClient[Litestar], method: str, path: str, **kwargs: Any) -> Any:
    response = client.request(
        method, f"/api/v1{path}", headers={"Authorization": "Bearer demo-token"}, **kwargs
    )
    assert response.status_code < 300, response.text
    return response.json() if response.content else None


def test_uploads_and_ingested_documents_survive_export_and_load(app: Litestar) -> None:
    with TestClient(app) as server, TestClient(create_app(Settings(empty=True))) as fresh:
        collection = _call(server, "POST", "/collections", json={"name": "Kept", "description": ""})
        pending = _call(server, "PUT", "/uploads", files={"file": ("later.pdf", make_pdf(["Not yet."]))})
        used = _call(
            server, "PUT", "/uploads", files={"file": ("now.md", b"# Now\n\nLanterns are lit at six.")}
        )
        _call(server, "POST", f"/uploads/{used['id']}/ingest", params={"collection_id": collection["id"]})
        exported = server.get("/admin/state", headers=ADMIN)
        assert [u["filename"] for u in exported.json()["uploads"] if u["owner"] == "demo"][-1] == "later.pdf"
        response = fresh.post(
            "/admin/state", content=exported.content, headers={**ADMIN, "Content-Type": "application/json"}
        )
        assert response.status_code == 204, response.text
        assert fresh.get("/admin/state", headers=ADMIN).content == exported.content
        search = {"query": "lanterns", "topics": []}
        path = f"/collections/{collection['id']}/chunks/search"
        assert _call(fresh, "POST", path, json=search) == _call(server, "POST", path, json=search)
        # The pending upload loaded as it was: it can be ingested on the new server.
        _call(fresh, "POST", f"/uploads/{pending['id']}/ingest", params={"collection_id": collection["id"]})
        documents = _call(fresh, "GET", f"/collections/{collection['id']}/documents")
        assert sorted(d["name"] for d in documents) == ["later.pdf", "now.md"]
        assert json.loads(_call(fresh, "GET", f"/collections/{collection['id']}/chunks/1")[0]["pages"]) == [1]


def test_the_size_limits_come_from_flags_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCK_MAX_COLLECTION_BYTES", "4096")
    settings = parse_settings(["--max-upload-bytes", "1024"])
    assert (settings.max_upload_bytes, settings.max_collection_bytes) == (1024, 4096)
    with pytest.raises(SystemExit):
        parse_settings(["--max-upload-bytes", "0"])
