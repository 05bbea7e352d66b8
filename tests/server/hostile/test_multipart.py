"""Malformed and oversized multipart bodies get a 4xx with the spec's Error body, and thumbnails that
clients really send are stored."""

from __future__ import annotations

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from mock_server import API_PREFIX

from ._requests import OPERATIONS, PNG, assert_documented_error


def test_a_thumbnail_sent_as_a_form_field_without_a_filename_is_stored(
    client: TestClient[Litestar], ids: dict[str, str]
) -> None:
    url = f"{API_PREFIX}/collections/{ids['collection_id']}/thumbnail"
    # What `curl -F 'file=<thumb.png'` sends: a part without a filename, holding bytes that are not UTF-8.
    assert client.put(url, files={"file": (None, PNG)}).status_code == 204
    refused = client.put(url, files={"file": (None, b"\xff\xfe not an image")})
    assert refused.status_code == 415 and refused.json()["code"] == 415


def test_a_thumbnails_type_is_read_from_its_bytes_else_from_the_declared_part_type(
    client: TestClient[Litestar], ids: dict[str, str]
) -> None:
    url = f"{API_PREFIX}/collections/{ids['collection_id']}/thumbnail"
    assert client.put(url, files={"file": ("t.webp", PNG, "image/webp")}).status_code == 204
    assert client.put(url, files={"file": ("t.png", b"GIF89a" + PNG, "image/png")}).status_code == 204
    # Bytes a mock cannot recognise are taken at their declared image type, as the spec says...
    assert client.put(url, files={"file": ("file.zip", b"PK\x03\x04 zip", "image/gif")}).status_code == 204
    # ...and refused when nothing says they are an image.
    refused = client.put(url, files={"file": ("notes.txt", b"PK\x03\x04 zip", "text/plain")})
    assert refused.status_code == 415 and refused.json()["code"] == 415


@pytest.mark.parametrize(
    "body",
    [b"", b"--x--", b"garbage", b"--b\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--b--\r\n"],
    ids=["empty", "closing-only", "garbage", "unnamed-part"],
)
def test_malformed_multipart_bodies_are_400(
    client: TestClient[Litestar], ids: dict[str, str], body: bytes
) -> None:
    url = f"{API_PREFIX}/collections/{ids['collection_id']}/thumbnail"
    response = client.put(url, content=body, headers={"Content-Type": "multipart/form-data; boundary=b"})
    assert response.status_code == 400 and response.json()["code"] == 400, response.text


# Every operation that reads a multipart body, by path (``/rpc/fs`` is the SDK's, outside the spec and
# API_PREFIX): the parser's limits on a part's headers are met before any operation sees the part.
MULTIPART_PATHS = {
    "upload_file": f"{API_PREFIX}/uploads",
    "update_collection_thumbnail": f"{API_PREFIX}/collections/{{collection_id}}/thumbnail",
    "create_update_collection_thumbnail_job": f"{API_PREFIX}/collections/{{collection_id}}/thumbnail/job",
    "rpc_fs_upload": "/rpc/fs",
}
_PART_END = b"\r\n\r\n" + PNG + b"\r\n--b--\r\n"
OVERSIZED_PART_HEADERS = {
    # What `curl -F "file=@f;filename=<5,000 characters>"` sends: one header line past the parser's 4 KiB.
    "long-filename": b'--b\r\nContent-Disposition: form-data; name="file"; filename="'
    + b"a" * 5_000
    + b'.png"\r\nContent-Type: image/png'
    + _PART_END,
    "too-many-headers": b'--b\r\nContent-Disposition: form-data; name="file"; filename="t.png"'
    + b"".join(b"\r\nX-Extra-%d: 1" % n for n in range(20))
    + _PART_END,
}


@pytest.mark.parametrize("body", list(OVERSIZED_PART_HEADERS.values()), ids=list(OVERSIZED_PART_HEADERS))
@pytest.mark.parametrize("operation_id", list(MULTIPART_PATHS))
def test_multipart_part_headers_past_the_parsers_limits_are_400(
    client: TestClient[Litestar], ids: dict[str, str], operation_id: str, body: bytes
) -> None:
    url = MULTIPART_PATHS[operation_id].format(**ids)
    response = client.put(url, content=body, headers={"Content-Type": "multipart/form-data; boundary=b"})
    assert response.status_code == 400, f"{response.status_code} {response.text[:300]}"
    error = response.json()
    assert error["code"] == 400 and isinstance(error["message"], str) and error["message"], error
    documented = [op for op in OPERATIONS if op.operation_id == operation_id]
    if documented:
        assert_documented_error(documented[0], response)
