"""One API user of the target: requests with their token, and expectations with readable failures."""

from __future__ import annotations

import json
from functools import cached_property
from typing import Any

import requests

from .spec import Operation
from .target import ApiError, Target, path_of

__all__ = ["User", "ask_and_cite", "describe", "stream_text"]

_BODY_PREVIEW = 300


def describe(response: requests.Response) -> str:
    """``METHOD /path -> status: body`` with the body cut short."""
    request = response.request
    text = response.text
    if len(text) > _BODY_PREVIEW:
        text = text[:_BODY_PREVIEW] + f"... ({len(text) - _BODY_PREVIEW} more characters)"
    path = str(request.path_url) if request is not None else "?"
    method = request.method if request is not None else "?"
    return f"{method} {path} -> {response.status_code}: {text}"


class User:
    """The ``first`` (``CONTRACT_TOKEN``) or ``second`` (``CONTRACT_OTHER_TOKEN``) user of ``target``."""

    def __init__(self, target: Target, role: str) -> None:
        self.target = target
        self.role = role
        self.token = target.token if role == "first" else target.other_token

    def __repr__(self) -> str:
        return f"User({self.role})"

    def call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """Send one request as this user; never raises for a status."""
        return self.target.send(self.token, method, path, **kwargs)

    def ok(
        self, method: str, path: str, *, expect: int | tuple[int, ...] | None = None, **kwargs: Any
    ) -> Any:
        """Send one request that must succeed (any 2xx, or ``expect``); returns the JSON body or None."""
        response = self.call(method, path, **kwargs)
        allowed = (expect,) if isinstance(expect, int) else expect
        good = response.status_code in allowed if allowed else 200 <= response.status_code < 300
        if not good:
            raise ApiError(f"{self.role} user: {describe(response)} (expected {allowed or '2xx'})")
        if not response.content:
            return None
        try:
            return response.json()
        except ValueError:
            raise ApiError(f"{self.role} user: not JSON: {describe(response)}") from None

    def run(self, operation: Operation, ids: dict[str, str], **kwargs: Any) -> requests.Response:
        """Call ``operation`` with its path parameters taken from ``ids``."""
        return self.call(operation.method, path_of(operation.path, ids), **kwargs)

    @cached_property
    def username(self) -> str:
        """This user's name, as the API reports it (the ``username`` of a session they create)."""
        session = self.ok("POST", "/chats", expect=201)
        self.ok("DELETE", path_of("/chats/{id}", {"id": session["id"]}), expect=204)
        return str(session["username"])

    # ------------------------------------------------------------ creating records
    def new_collection(self, name: str = "contract-tests collection", description: str = "") -> str:
        body = {"name": name, "description": description or "Created by the contract tests."}
        return str(self.ok("POST", "/collections", json=body, expect=201)["id"])

    def new_session(self, collection_id: str | None = None) -> str:
        params = {"collection_id": collection_id} if collection_id else {}
        return str(self.ok("POST", "/chats", params=params, expect=201)["id"])

    def new_answer(self, question: str = "What is this about?") -> str:
        """The id of a new answer, in a new session of this user's."""
        response = self.ask(self.new_session(), question)
        if response.status_code != 200:
            raise ApiError(f"{self.role} user: {describe(response)} (expected 200)")
        return str(response.json()["message_id"])

    def new_template(self, name: str = "contract-tests template") -> str:
        body = {"name": name, "description": "Created by the contract tests.", "lang": "en"}
        return str(self.ok("POST", "/prompt_templates", json=body, expect=201)["id"])

    def hideable_template(self) -> str | None:
        """A system prompt template other than the default, which an admin may hide, if there is one.

        An admin's list of every template includes hidden ones (an earlier run against a live server may
        have hidden them all); a user who is no admin sees only the visible ones.
        """
        params = {"template_type": "system", "limit": 10000}
        response = self.call("GET", "/prompt_templates/all", params=params)
        if response.status_code == 200:
            system = response.json()
        else:
            system = self.ok("GET", "/prompt_templates", params=params)
        return next((str(t["id"]) for t in system if not t.get("is_default")), None)

    def ingest_text(self, collection_id: str, name: str, text: str) -> bool:
        """Ingest ``text`` as a document of this user's collection; False if the target refuses."""
        params = {"collection_id": collection_id, "file_name": name}
        headers = {"Content-Type": "text/plain; charset=utf-8"}
        response = self.call("POST", "/ingest/plain_text", params=params, data=text.encode(), headers=headers)
        return 200 <= response.status_code < 300

    def documents_of(self, collection_id: str) -> list[str]:
        """Ids of the documents in one collection (oldest first)."""
        path = path_of("/collections/{id}/documents", {"id": collection_id})
        return [str(d["id"]) for d in self.ok("GET", path, params={"limit": 10000})]

    def new_upload(
        self, name: str = "contract-tests.txt", text: str = "Uploaded by the contract tests."
    ) -> str:
        files = {"file": (name, text.encode(), "text/plain")}
        return str(self.ok("PUT", "/uploads", files=files, expect=200)["id"])

    def add_document(self, collection_id: str, document_id: str) -> None:
        ids = {"collection_id": collection_id, "document_id": document_id}
        self.ok("PUT", path_of("/collections/{collection_id}/documents/{document_id}", ids))

    def ask(self, session_id: str, question: str, *, stream: bool = False) -> requests.Response:
        """Ask a question; the raw response (JSON, or JSON lines with ``stream``)."""
        headers = {"Accept": "application/jsonl"} if stream else {}
        path = path_of("/chats/{session_id}/completions", {"session_id": session_id})
        return self.call("POST", path, json={"message": question}, headers=headers)

    def readable_documents(self, limit: int = 5) -> list[str]:
        """Ids of documents this user can read, from the collections they see (oldest first)."""
        found: list[str] = []
        params: dict[str, Any] = {"limit": 100, "sort_column": "created_at", "ascending": "true"}
        for offset in range(0, 10_000, 100):
            collections = self.ok("GET", "/collections", params={**params, "offset": offset})
            for collection in collections:
                if collection.get("document_count"):
                    path = path_of("/collections/{id}/documents", {"id": collection["id"]})
                    found += [
                        d["id"] for d in self.ok("GET", path, params={"limit": limit}) if d["id"] not in found
                    ]
                if len(found) >= limit:
                    return found[:limit]
            if len(collections) < 100:
                break
        return found

    def every_readable_document(self) -> set[str]:
        """Ids of every document in every collection this user can read."""
        found: set[str] = set()
        for collection in self.ok("GET", "/collections", params={"limit": 10000}):
            path = path_of("/collections/{id}/documents", {"id": collection["id"]})
            found |= {d["id"] for d in self.ok("GET", path, params={"limit": 10000})}
        return found


def stream_text(response: requests.Response) -> tuple[str, dict[str, Any]]:
    """(concatenated text, last line) of a JSON-lines completion."""
    lines = [json.loads(line) for line in response.content.split(b"\n") if line.strip()]
    if not lines:
        raise ApiError(f"empty stream: {describe(response)}")
    return "".join(str(line.get("body", "")) for line in lines if isinstance(line, dict)), lines[-1]


def ask_and_cite(user: User, session_id: str) -> set[str]:
    """Ask a few questions in a session; the ids of every document the answers cite."""
    cited: set[str] = set()
    for question in (
        "What should a new employee know first?",
        "What do the documents say about the first topic they cover?",
    ):
        answer = user.ok(
            "POST", path_of("/chats/{id}/completions", {"id": session_id}), json={"message": question}
        )
        references = user.ok("GET", path_of("/messages/{id}/references", {"id": answer["message_id"]}))
        cited |= {str(r["document_id"]) for r in references}
    return cited
