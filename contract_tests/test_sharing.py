"""Sharing grants exactly what it says (read and chat, not change); unsharing takes it back, answers too."""

from __future__ import annotations

from .seeding import Seed, seed
from .spec import operations
from .target import path_of
from .users import User, ask_and_cite, describe

# Operations the spec reserves to a record's owner (``x-contract: {owner-only: true}``).
OWNER_ONLY = [op for op in operations().values() if op.contract.get("owner-only")]


def _sees_collection(user: User, collection_id: str) -> bool:
    read = user.call("GET", path_of("/collections/{id}", {"id": collection_id}))
    listed = {c["id"] for c in user.ok("GET", "/collections", params={"limit": 10000})}
    count = user.ok("GET", "/collections/count")["count"]
    assert count == len(listed), f"the {user.role} user's collection count {count} != listed {len(listed)}"
    assert (read.status_code == 200) == (collection_id in listed), (
        f"{user.role} user: reads {collection_id} ({read.status_code}), lists it: {collection_id in listed}"
    )
    assert read.status_code in (200, 404), describe(read)
    return read.status_code == 200


def _share(owner: User, seeded: Seed, username: str) -> None:
    ids = {"collection_id": seeded.collection_id, "username": username}
    owner.ok(
        "PUT",
        path_of("/collections/{collection_id}/permissions/{username}", ids),
        json={"permissions": ["read"]},
    )


def test_sharing_a_collection_grants_reading_and_unsharing_revokes_it(first: User, second: User) -> None:
    mine = seed(first)
    collection = mine.collection_id
    assert not _sees_collection(second, collection), "the second user sees a collection nobody shared"
    _share(first, mine, second.username)
    permissions = first.ok("GET", path_of("/collections/{id}/permissions", {"id": collection}))
    assert second.username in {p["username"] for p in permissions}, f"share not listed: {permissions}"
    assert _sees_collection(second, collection), "sharing did not let the second user read the collection"
    documents = first.ok(
        "GET", path_of("/collections/{id}/documents", {"id": collection}), params={"limit": 10000}
    )
    theirs = second.ok(
        "GET", path_of("/collections/{id}/documents", {"id": collection}), params={"limit": 10000}
    )
    assert theirs == documents, "the second user reads other documents than the owner"
    session = second.new_session(collection)
    cited = ask_and_cite(second, session)
    assert cited and cited <= {d["id"] for d in documents}, f"shared answers cite {cited}"
    # Read access only: every owner-only operation is refused, and the owner's view does not change.
    before = first.ok("GET", path_of("/collections/{id}", {"id": collection}))
    for operation in OWNER_ONLY:
        ids = {**mine.ids(), "username": second.username}
        if not set(operation.path_names) <= set(ids) or "collection_id" not in operation.path_names:
            continue
        response = second.run(operation, ids, json={} if operation.body_media() else None)
        assert 400 <= response.status_code < 500, f"a reader could {operation.id}: {describe(response)}"
    assert first.ok("GET", path_of("/collections/{id}", {"id": collection})) == before
    assert _sees_collection(second, collection), "a reader's refused writes revoked their access"
    first.ok("DELETE", path_of("/collections/{id}/permissions/{u}", {"id": collection, "u": second.username}))
    assert not _sees_collection(second, collection), "unsharing did not take the collection back"
    # Answers in the session on it must no longer cite it.
    response = second.ask(session, "What should a new employee know first?")
    if response.status_code == 200:
        references = second.ok(
            "GET", path_of("/messages/{id}/references", {"id": response.json()["message_id"]})
        )
        leaked = {r["document_id"] for r in references} - second.every_readable_document()
        assert not leaked, f"after unsharing, answers cite {leaked}"
    else:
        assert 400 <= response.status_code < 500, describe(response)


def test_unsharing_for_all_revokes_every_share(first: User, second: User) -> None:
    mine = seed(first)
    _share(first, mine, second.username)
    assert _sees_collection(second, mine.collection_id)
    first.ok("DELETE", path_of("/collections/{id}/permissions", {"id": mine.collection_id}))
    assert not _sees_collection(second, mine.collection_id), "unsharing for all left the second user's access"
    permissions = first.ok("GET", path_of("/collections/{id}/permissions", {"id": mine.collection_id}))
    assert second.username not in {p["username"] for p in permissions}, permissions


def test_sharing_a_prompt_template_grants_use_and_unsharing_revokes_it(first: User, second: User) -> None:
    mine = seed(first)
    template = path_of("/prompt_templates/{id}", {"id": mine.prompt_template_id})
    assert second.call("GET", template).status_code == 404, "the second user reads an unshared template"
    first.ok("PUT", f"{template}/permissions/{second.username}")
    assert second.ok("GET", template)["id"] == mine.prompt_template_id
    listed = {t["id"] for t in second.ok("GET", "/prompt_templates", params={"limit": 10000})}
    assert mine.prompt_template_id in listed, "a shared template is not in the second user's list"
    assert second.ok("GET", "/prompt_templates/count")["count"] == len(listed)
    session = second.new_session()
    change = {"prompt_template_id": mine.prompt_template_id}
    second.ok("PUT", path_of("/chats/{id}/prompt_template", {"id": session}), json=change)
    refused = second.call("PATCH", template, json={"name": "taken over"})
    assert 400 <= refused.status_code < 500, f"a reader changed the template: {describe(refused)}"
    first.ok("DELETE", f"{template}/permissions/{second.username}")
    assert second.call("GET", template).status_code == 404, "unsharing did not take the template back"
    listed = {t["id"] for t in second.ok("GET", "/prompt_templates", params={"limit": 10000})}
    assert mine.prompt_template_id not in listed
    again = second.call("PUT", path_of("/chats/{id}/prompt_template", {"id": session}), json=change)
    # The template is named by the body, not the URL: 409 (this mock) or 404 both refuse it.
    assert again.status_code in (404, 409), f"an unshared template could still be applied: {describe(again)}"
    # Unsharing for all revokes a share as well.
    first.ok("PUT", f"{template}/permissions/{second.username}")
    assert second.call("GET", template).status_code == 200, "sharing again did not give the template back"
    first.ok("DELETE", f"{template}/permissions")
    assert second.call("GET", template).status_code == 404, "unsharing for all left the second user's access"
    permissions = first.ok("GET", f"{template}/permissions")
    assert second.username not in {p["username"] for p in permissions}, permissions
