"""A collection's own ``size_limit`` and the server's ``--max-collection-bytes``, through the unchanged 1.7.5
client over a real socket: every way documents enter a collection (insert, ingest, their jobs) is refused by
the one check, 409 past the collection's limit and 413 past the server's, and nothing is half added."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import h2ogpte.rest_sync as vendor
import pytest

from mock_server import Settings, create_app
from mock_server.testing import serve_in_thread

SERVER_LIMIT = 3000


@pytest.fixture(scope="module")
def demo() -> Iterator[vendor.ApiClient]:
    settings = Settings(max_collection_bytes=SERVER_LIMIT)
    with (
        serve_in_thread(create_app(settings)) as url,
        vendor.ApiClient(vendor.Configuration(host=f"{url}/api/v1", access_token="demo-token")) as client,
    ):
        yield client


def _status(call: Callable[[], object]) -> tuple[int, str]:
    """Run a vendor call that must fail; its status and the error body's message."""
    with pytest.raises(vendor.ApiException) as raised:
        call()
    return raised.value.status, json.loads(raised.value.body or "{}")["message"]


def _collection(client: vendor.ApiClient, size_limit: str | None) -> str:
    collections = vendor.CollectionsApi(client)
    made = collections.create_collection(vendor.CollectionCreateRequest(name="Limited", description="test"))
    if size_limit is not None:
        collections.set_collection_size_limit(
            made.id, vendor.SetCollectionSizeLimitRequest(size_limit=size_limit)
        )
    collection_id: str = made.id
    return collection_id


def test_ingestion_honours_the_collections_own_limit(demo: vendor.ApiClient) -> None:
    ingestion, collections = vendor.DocumentIngestionApi(demo), vendor.CollectionsApi(demo)
    collection_id = _collection(demo, "1kB")
    ingestion.ingest_from_plain_text(collection_id, "first.txt", "word " * 150)  # 750 bytes
    status, message = _status(lambda: ingestion.ingest_from_plain_text(collection_id, "more.txt", "x" * 251))
    assert status == 409 and "limited to 1000 bytes" in message
    upload = ingestion.upload_file(file=("second.txt", b"more " * 60))  # 300 bytes
    assert _status(lambda: ingestion.ingest_upload([upload.id], collection_id))[0] == 409
    failed = ingestion.create_ingest_from_plain_text_job(collection_id, "job.txt", "y" * 300)
    assert failed.overall_status == "failed" and "limited to 1000 bytes" in failed.errors[0]
    assert collections.get_collection(collection_id).document_size == 750
    # The refused upload was kept: once the limit is raised it goes in.
    collections.set_collection_size_limit(
        collection_id, vendor.SetCollectionSizeLimitRequest(size_limit="2kB")
    )
    ingestion.ingest_upload([upload.id], collection_id)
    assert collections.get_collection(collection_id).document_size == 1050


def test_the_servers_limit_stays_413_for_ingestion_and_insertion(demo: vendor.ApiClient) -> None:
    ingestion, collections = vendor.DocumentIngestionApi(demo), vendor.CollectionsApi(demo)
    full = _collection(demo, None)
    ingestion.ingest_from_plain_text(full, "big.txt", "z" * (SERVER_LIMIT - 100))
    status, message = _status(lambda: ingestion.ingest_from_plain_text(full, "more.txt", "z" * 101))
    assert status == 413 and "server's limit" in message
    # A document already stored elsewhere is refused the same way when inserted into a full collection.
    other = _collection(demo, None)
    ingestion.ingest_from_plain_text(other, "small.txt", "s" * 200)
    document = collections.list_documents_for_collection(other, limit=1)[0]
    assert _status(lambda: collections.insert_document_into_collection(full, document.id))[0] == 413
    assert collections.get_collection(full).document_count == 1
    # Under both limits the collection's own, lower one decides: 409.
    limited = _collection(demo, "100")
    assert _status(lambda: collections.insert_document_into_collection(limited, document.id))[0] == 409
