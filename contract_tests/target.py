"""The server under test: the in-process mock (default) or a live server named by environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import msgspec
import requests
from litestar import Litestar
from schemathesis.python import asgi

from mock_server import API_PREFIX, DEMO_TOKEN, Settings, create_app

__all__ = [
    "BASE_URL_ENV",
    "IN_PROCESS_BASE_URL",
    "TOKEN_ENV",
    "ApiError",
    "Seed",
    "SwitchableApp",
    "Target",
    "target_from_env",
]

BASE_URL_ENV = "CONTRACT_BASE_URL"
TOKEN_ENV = "CONTRACT_TOKEN"
# The host schemathesis' ASGI client sends; any host reaches the in-process app.
IN_PROCESS_BASE_URL = f"http://{asgi.HOST}{API_PREFIX}"


class ApiError(AssertionError):
    """A request made to set up a test did not succeed."""


class SwitchableApp:
    """An ASGI app that forwards to a replaceable one: schemathesis keeps one app, tests get fresh state."""

    def __init__(self, app: Litestar) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)


@dataclass(frozen=True)
class Seed:
    """Resources that exist when a test starts, so generated requests can reach real ones."""

    collection_id: str
    session_id: str
    message_id: str
    question_id: str
    prompt_template_id: str
    document_id: str | None


@dataclass
class Target:
    """Where requests go. ``app`` is set for the in-process mock, None for a live server."""

    base_url: str
    token: str
    app: SwitchableApp | None = None
    settings: Settings = field(default_factory=Settings)
    _session: requests.Session | None = None
    _resets: int = 0

    @property
    def live(self) -> bool:
        return self.app is None

    def reset(self) -> None:
        """Start from the demo data again (in-process only; a live server keeps its state).

        Each fresh server gets its own id seed, so ids never repeat across tests or scenarios.
        """
        if self.app is not None:
            self._resets += 1
            settings = msgspec.structs.replace(self.settings, seed=self.settings.seed + self._resets)
            self.app.app = create_app(settings)

    def session(self) -> requests.Session:
        """A requests session for schemathesis (``session=``) and for set-up calls.

        It sends no default ``Accept`` (requests' ``*/*``), because schemathesis lets a session's headers
        override the case's, and the hooks ask for ``Accept: application/jsonl`` through the case.
        """
        if self._session is None:
            session: requests.Session = requests.Session() if self.app is None else asgi.get_client(self.app)
            session.headers.clear()
            session.headers["User-Agent"] = "h2ogpte-mock-toolkit contract tests"
            self._session = session
        return self._session

    def call_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``case.call``: the session and, for a live server, the base URL."""
        kwargs: dict[str, Any] = {"session": self.session()}
        if self.live:
            kwargs["base_url"] = self.base_url
        return kwargs

    # ---------------------------------------------------------------- set-up requests
    def request(self, method: str, path: str, *, expect: int | tuple[int, ...], **kwargs: Any) -> Any:
        """Send one set-up request with the token; returns the parsed JSON body (or None)."""
        headers = {"Authorization": f"Bearer {self.token}", "Accept": "application/json"}
        response = self.session().request(method, self.base_url + path, headers=headers, timeout=30, **kwargs)
        expected = (expect,) if isinstance(expect, int) else expect
        if response.status_code not in expected:
            raise ApiError(
                f"set-up request {method} {path} answered {response.status_code}, expected {expected}: "
                f"{response.text[:500]}"
            )
        return response.json() if response.content else None

    def new_collection(self, name: str = "contract-tests collection") -> str:
        body = {"name": name, "description": "Created by the contract tests."}
        return str(self.request("POST", "/collections", json=body, expect=201)["id"])

    def new_session(self, collection_id: str | None = None) -> str:
        params = {"collection_id": collection_id} if collection_id else {}
        return str(self.request("POST", "/chats", params=params, expect=201)["id"])

    def new_template(self, name: str = "contract-tests template") -> str:
        body = {"name": name, "description": "Created by the contract tests.", "lang": "en"}
        return str(self.request("POST", "/prompt_templates", json=body, expect=201)["id"])

    def add_document(self, collection_id: str, document_id: str) -> None:
        path = f"/collections/{quote(collection_id, safe='')}/documents/{quote(document_id, safe='')}"
        self.request("PUT", path, expect=(200, 201, 204))

    def find_document(self) -> str | None:
        """Any document the caller can read, from the oldest collection that has one."""
        params: dict[str, str | int] = {"limit": 100, "sort_column": "created_at", "ascending": "true"}
        for offset in range(0, 10_000, 100):
            collections = self.request("GET", "/collections", params={**params, "offset": offset}, expect=200)
            for collection in collections:
                if collection.get("document_count"):
                    path = f"/collections/{quote(collection['id'], safe='')}/documents"
                    documents = self.request("GET", path, params={"limit": 1}, expect=200)
                    if documents:
                        return str(documents[0]["id"])
            if len(collections) < 100:
                break
        return None

    def seed(self) -> Seed:
        """Create a collection (with a document when one exists), a session on it with an answered
        question, and a prompt template."""
        document_id = self.find_document()
        collection_id = self.new_collection("contract-tests seed")
        if document_id is not None:
            self.add_document(collection_id, document_id)
        session_id = self.new_session(collection_id)
        answer = self.request(
            "POST",
            f"/chats/{quote(session_id, safe='')}/completions",
            json={"message": "What do the documents say about the first topic they cover?"},
            expect=200,
        )
        messages = self.request("GET", f"/chats/{quote(session_id, safe='')}/messages", expect=200)
        question_id = next(m["id"] for m in messages if m["id"] != answer["message_id"])
        return Seed(
            collection_id=collection_id,
            session_id=session_id,
            message_id=str(answer["message_id"]),
            question_id=str(question_id),
            prompt_template_id=self.new_template("contract-tests seed"),
            document_id=document_id,
        )

    def forget(self, seed: Seed) -> None:
        """Delete what :meth:`seed` created on a live server; in-process state is dropped anyway."""
        if not self.live:
            return
        for path in (
            f"/chats/{quote(seed.session_id, safe='')}",
            f"/collections/{quote(seed.collection_id, safe='')}",
            f"/prompt_templates/{quote(seed.prompt_template_id, safe='')}",
        ):
            self.request("DELETE", path, expect=(204, 404))


def target_from_env(settings: Settings | None = None) -> Target:
    """The live server named by ``CONTRACT_BASE_URL``/``CONTRACT_TOKEN``, else a fresh in-process mock."""
    base_url = os.environ.get(BASE_URL_ENV, "").strip().rstrip("/")
    token = os.environ.get(TOKEN_ENV, "").strip()
    if base_url:
        if not token:
            raise RuntimeError(f"{BASE_URL_ENV} is set but {TOKEN_ENV} is not: a live server needs a token")
        return Target(base_url=base_url, token=token)
    settings = settings or Settings()
    return Target(
        base_url=IN_PROCESS_BASE_URL,
        token=token or DEMO_TOKEN,
        app=SwitchableApp(create_app(settings)),
        settings=settings,
    )
