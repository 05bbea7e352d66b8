"""Documents downloaded the SDK's way (``GET /file?id=…&name=…``): the file a document was ingested from,
byte for byte, to whoever may see the document and to no one else."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pytest
from h2ogpte.errors import ObjectNotFoundError

from mock_server.domain.extraction import extract_pages
from mock_server.domain.pdf_file import make_pdf
from mock_server.pytest_plugin import MockServer

from ._sdk import PAGES, WHALES, async_client, sync_client


def _ingested(mock: MockServer, files: dict[str, bytes]) -> dict[str, str]:
    """Upload and ingest ``files`` (name to bytes) into a new collection; the document ids by name."""
    client = sync_client(mock.url, mock.api_key)
    collection_id = client.create_collection("Downloads", "")
    uploads = [client.upload(name, io.BytesIO(data)) for name, data in files.items()]
    client.ingest_uploads(collection_id, uploads)
    return {d.name: d.id for d in client.list_documents_in_collection(collection_id, 0, 10)}


def test_a_download_is_the_uploaded_file_byte_for_byte(h2ogpte_mock: MockServer, tmp_path: Path) -> None:
    pdf = make_pdf(PAGES)
    ids = _ingested(h2ogpte_mock, {"facilities.pdf": pdf, "whales.txt": WHALES})
    client = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    saved = client.download_document(tmp_path, "copy of facilities.pdf", ids["facilities.pdf"])
    assert saved == tmp_path / "copy of facilities.pdf" and saved.read_bytes() == pdf
    assert client.get_document_content("whales.txt", ids["whales.txt"]) == WHALES


async def test_the_async_sdk_downloads_the_same_bytes(h2ogpte_mock: MockServer) -> None:
    ids = _ingested(h2ogpte_mock, {"whales.txt": WHALES})
    async with async_client(h2ogpte_mock.url, h2ogpte_mock.api_key) as client:
        assert await client.get_document_content("whales.txt", ids["whales.txt"]) == WHALES


def test_a_seeded_document_downloads_as_a_file_of_its_pages(h2ogpte_mock: MockServer) -> None:
    client = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    collections = client.list_recent_collections(0, 100)
    documents = [d for c in collections for d in client.list_documents_in_collection(c.id, 0, 100)]
    kinds = {d.name.rpartition(".")[2] for d in documents}
    assert {"pdf", "md"} <= kinds
    for listed in documents:
        data = client.get_document_content(listed.name, listed.id)
        pages = extract_pages(listed.name, data).pages
        texts = [chunk.text for chunk in client.list_document_chunks(listed.id)]
        assert len(pages) == listed.page_count and pages, listed.name
        # Every chunk's words appear, in order, in the text the file reads back as.
        words = " ".join(" ".join(pages).split())
        assert all(" ".join(text.split()) in words for text in texts), listed.name


def test_only_who_may_see_a_document_downloads_it(h2ogpte_mock: MockServer, tmp_path: Path) -> None:
    ids = _ingested(h2ogpte_mock, {"whales.txt": WHALES})
    bob = sync_client(h2ogpte_mock.url, h2ogpte_mock.admin.api_key_for("bob"))
    with pytest.raises(ObjectNotFoundError):
        bob.get_document_content("whales.txt", ids["whales.txt"])
    client = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    client.delete_documents([ids["whales.txt"]])
    with pytest.raises(ObjectNotFoundError):
        client.download_document(tmp_path, "whales.txt", ids["whales.txt"])
    assert not (tmp_path / "whales.txt").exists()


def test_the_file_endpoint_types_names_and_refuses_like_the_api(h2ogpte_mock: MockServer) -> None:
    ids = _ingested(h2ogpte_mock, {"facilities.pdf": make_pdf(PAGES)})
    auth = {"Authorization": f"Bearer {h2ogpte_mock.api_key}"}
    url = f"{h2ogpte_mock.url}/file"
    found = httpx.get(url, params={"id": ids["facilities.pdf"], "name": "Fähre 1.pdf"}, headers=auth)
    assert found.status_code == 200 and found.headers["content-type"] == "application/pdf"
    assert found.headers["content-disposition"] == "attachment; filename*=UTF-8''F%C3%A4hre%201.pdf"
    refusals = [
        (httpx.get(url, params={"id": ids["facilities.pdf"]}), 401),
        (httpx.get(url, params={"name": "x.pdf"}, headers=auth), 400),
        (httpx.get(url, params={"id": ""}, headers=auth), 400),
        (httpx.get(url, params={"id": "no-such-document"}, headers=auth), 404),
    ]
    for response, status in refusals:
        assert response.status_code == status and response.json()["message"], response.text
