"""Bodies over the limit: a client still sending gets its 413 (or 401) rather than a reset, and the
admin API loads an export larger than the API's body limit."""

from __future__ import annotations

import base64
import concurrent.futures
import json
import urllib.error
import urllib.request
from collections.abc import Iterator

from litestar.testing import TestClient

from mock_server import API_PREFIX, DEMO_TOKEN, Settings, create_app
from mock_server.testing import serve_in_thread
from tests._headers import USER

HUNDRED_MB = 100 * 1024 * 1024
_CHUNK = b" " * (1 << 20)


def _chunks(size: int) -> Iterator[bytes]:
    for _ in range(size // len(_CHUNK)):
        yield _CHUNK


def _post_huge(url: str, token: str) -> tuple[int, dict[str, object]] | str:
    """POST 100 MB the way urllib does (``Connection: close``); the status and body, or what went wrong."""
    request = urllib.request.Request(
        url,
        data=_chunks(HUNDRED_MB),
        method="POST",
        headers={
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
            "Content-Length": str(HUNDRED_MB),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())
    except OSError as error:  # URLError wraps the reset or broken pipe that loses the answer
        return repr(error)


def test_clients_streaming_100_mb_receive_the_413_or_401_not_a_reset() -> None:
    with serve_in_thread(create_app(Settings())) as base:
        targets = [(f"{base}{API_PREFIX}/chats", DEMO_TOKEN)] * 8 + [
            (f"{base}{API_PREFIX}/chats", "wrong")
        ] * 4
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            outcomes = list(pool.map(lambda target: _post_huge(*target), targets))
    expected = [413] * 8 + [401] * 4
    assert [o[0] if isinstance(o, tuple) else o for o in outcomes] == expected
    for outcome, status in zip(outcomes, expected, strict=True):
        assert isinstance(outcome, tuple) and outcome[1]["code"] == status


PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * (4 * 4096 - 1)  # just under 4 MiB


def test_the_admin_api_loads_an_export_larger_than_the_api_body_limit() -> None:
    settings = Settings()
    with TestClient(create_app(settings)) as client:
        client.headers.update(USER)
        ids = [c["id"] for c in client.get(f"{API_PREFIX}/collections", params={"limit": 2}).json()]
        for collection_id in ids:
            put = client.put(
                f"{API_PREFIX}/collections/{collection_id}/thumbnail", files={"file": ("t.png", PNG)}
            )
            assert put.status_code == 204, put.text
        export = client.get("/admin/state", headers={"Authorization": f"Bearer {settings.admin_token}"})
    assert len(export.content) > settings.max_body_bytes
    with TestClient(create_app(Settings(empty=True))) as fresh:
        fresh.headers["Authorization"] = f"Bearer {settings.admin_token}"
        loaded = fresh.post(
            "/admin/state", content=export.content, headers={"Content-Type": "application/json"}
        )
        assert loaded.status_code in (200, 204), loaded.text
        assert fresh.get("/admin/state").content == export.content
        thumbnails = [
            c["thumbnail"] for c in fresh.get("/admin/state").json()["collections"] if c.get("thumbnail")
        ]
    assert sorted(base64.b64decode(t["data"]) for t in thumbnails) == [PNG, PNG]
