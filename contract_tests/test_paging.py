"""Paging, for every list operation with ``offset`` and ``limit``: pages are at most ``limit`` long, do not
overlap, together make the whole list in order, and the whole list is as long as its count operation says.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from .seeding import QUESTION, Seed, seed
from .spec import Operation, operations
from .target import path_of
from .users import User

PAGED = [op for op in operations().values() if op.is_paged and op.method == "GET"]
# Page sizes tried; the seeded records make every list at least three long.
PAGE_SIZES = (1, 2, 3)


def _items(body: Any) -> Any:
    """A page's items: the body, or its ``items`` when it is an ``{items, total}`` envelope."""
    return body["items"] if isinstance(body, dict) and isinstance(body.get("items"), list) else body


def _more_records(user: User, seeded: Seed, operation: Operation) -> None:
    """Records the 1.7.5 lists need beyond the seed: answers with feedback, archived sessions (an admin's)."""
    if operation.id == "list_question_answer_feedbacks":
        for votes in (1, -1, 1):
            answer = user.ok(
                "POST",
                path_of("/chats/{id}/completions", {"id": seeded.session_id}),
                json={"message": QUESTION},
            )
            user.ok(
                "PUT", path_of("/messages/{id}/votes", {"id": answer["message_id"]}), json={"votes": votes}
            )
    if operation.id == "list_archived_chat_sessions_as_admin":
        if user.call("GET", operation.path).status_code == 403:
            pytest.skip(f"{user.role} user is not an admin of the target")
        for _ in PAGE_SIZES:
            user.ok("POST", path_of("/chats/{id}/archive", {"id": user.new_session()}), expect=204)


def _key(item: Any) -> str:
    return str(item["id"]) if isinstance(item, dict) and "id" in item else json.dumps(item, sort_keys=True)


def _page(user: User, operation: Operation, ids: dict[str, str], offset: int, limit: int) -> list[str]:
    items = _items(user.ok("GET", path_of(operation.path, ids), params={"offset": offset, "limit": limit}))
    assert isinstance(items, list), f"{operation.id} answered {items!r}"
    assert len(items) <= limit, f"{operation.id}?offset={offset}&limit={limit} returned {len(items)} items"
    return [_key(item) for item in items]


@pytest.mark.parametrize("operation", PAGED, ids=[op.id for op in PAGED])
def test_pages_make_the_whole_list(operation: Operation, first: User) -> None:
    seeded = seed(first)
    # Enough records in every list: three sessions on the collection, four messages in the session,
    # ...and three collections holding the seeded document (the lists of a document's collections).
    for _ in range(2):
        first.new_session(seeded.collection_id)
        other = first.new_collection("contract-tests paging")
        if seeded.document_id is not None:
            first.add_document(other, seeded.document_id)
        first.new_template("contract-tests paging")
    first.ok(
        "POST", path_of("/chats/{id}/completions", {"id": seeded.session_id}), json={"message": QUESTION}
    )
    _more_records(first, seeded, operation)
    ids = seeded.ids()
    maximum = int(operation.parameters("query")["limit"]["schema"].get("maximum", 1000))
    whole = _page(first, operation, ids, 0, maximum)
    envelope = first.ok("GET", path_of(operation.path, ids), params={"offset": 0, "limit": maximum})
    if isinstance(envelope, dict) and "total" in envelope:
        assert envelope["total"] == len(whole), (
            f"{operation.id}: total {envelope['total']}, {len(whole)} items"
        )
    assert len(whole) >= len(PAGE_SIZES), f"{operation.id}: only {len(whole)} items to page through"
    assert len(set(whole)) == len(whole), f"{operation.id} lists an item twice: {whole}"
    if "count" in operation.contract:
        count_op = operations()[operation.contract["count"]]
        count = first.ok("GET", path_of(count_op.path, ids))["count"]
        assert count == len(whole), f"{count_op.id} says {count}, {operation.id} lists {len(whole)}"
    for size in PAGE_SIZES:
        pages: list[list[str]] = []
        for offset in range(0, len(whole) + size, size):
            pages.append(_page(first, operation, ids, offset, size))
        joined = [key for page in pages for key in page]
        assert len(set(joined)) == len(joined), f"{operation.id}: pages of {size} overlap: {pages}"
        assert joined == whole, f"{operation.id}: pages of {size} are not the whole list: {pages} vs {whole}"
        assert pages[-1] == [], f"{operation.id}: a page past the end is not empty: {pages[-1]}"
