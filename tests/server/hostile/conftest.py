"""One server per backend for each module of hostile requests, with real ids for every path parameter."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from mock_server import API_PREFIX, Settings, create_app
from tests._headers import USER
from tests.postgres import new_postgres_database

from ._requests import EXAMPLES


@pytest.fixture(scope="module", params=list(EXAMPLES))
def backend(request: pytest.FixtureRequest) -> str:
    """Every backend: what the spec lets through reaches the store, and each database refuses different
    values (a NUL in PostgreSQL's text, an integer past 64 bits in SQLite's)."""
    return str(request.param)


@pytest.fixture(scope="module")
def client(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient[Litestar]]:
    """One server per backend for each module: hostile requests may change its state, never break it."""
    if backend == "memory":
        settings = Settings()
    elif backend == "sqlite":
        settings = Settings(data=tmp_path_factory.mktemp("hostile") / "mock.db")
    else:
        settings = Settings(database_url=new_postgres_database(request.getfixturevalue("postgres_url")))
    with TestClient(create_app(settings)) as http:
        http.headers.update(USER)
        yield http


@pytest.fixture(scope="module")
def ids(client: TestClient[Litestar]) -> dict[str, str]:
    """Real ids for every path parameter, so a request reaches the code that reads its body."""
    collection = next(c for c in client.get(f"{API_PREFIX}/collections").json() if c["document_count"])
    session = client.post(f"{API_PREFIX}/chats", params={"collection_id": collection["id"]}).json()
    answer = client.post(f"{API_PREFIX}/chats/{session['id']}/completions", json={"message": "Hi?"}).json()
    template = client.post(f"{API_PREFIX}/prompt_templates", json={"name": "t"}).json()
    documents = client.get(f"{API_PREFIX}/collections/{collection['id']}/documents").json()
    return {
        "collection_id": collection["id"],
        "session_id": session["id"],
        "message_id": answer["message_id"],
        "prompt_template_id": template["id"],
        "document_id": documents[0]["id"],
        "username": "alice",
    }
