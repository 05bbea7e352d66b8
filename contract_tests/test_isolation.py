"""Isolation of two users: the second never reads, lists, counts, changes or deletes the first one's records.

Every operation of the spec is tried by the second user against the first user's records: once with all
its record ids the first user's, and once per id with only that one the first user's and the others the
second user's own (so "my session, your collection" is tried too). Each must be refused with a 4xx. Lists
and counts of the second user must not show the first user's records, and everything the first user can
read must be exactly as it was before.
"""

from __future__ import annotations

from typing import Any

import requests

from .payloads import written_body
from .seeding import Seed, seed
from .spec import Operation, operations
from .users import User, describe

_ORDER = {"GET": 0, "POST": 1, "PUT": 1, "PATCH": 1, "DELETE": 2}
# Who a share names, like ``username``: not a record of the first user's, so any name will do.
_GROUP = "contract-tests-group"


def _record_names(operation: Operation) -> list[str]:
    """Names of the parameters and body fields of ``operation`` that name a record."""
    names = [n for n in operation.path_names if n.endswith("_id") and n != "group_id"]
    names += [n for n in operation.parameters("query") if n.endswith("_id")]
    media = operation.body_media()
    if media is not None:
        names += [n for n in media[1].get("properties", {}) if n.endswith("_id")]
    return names


def _attempt(user: User, operation: Operation, ids: dict[str, str], username: str) -> requests.Response:
    path_values = {**ids, "username": username, "group_id": _GROUP}
    media = operation.body_media()
    kwargs: dict[str, Any] = {"params": {n: ids[n] for n in operation.parameters("query") if n in ids}}
    if media is not None and media[0] == "application/json":
        kwargs["json"] = written_body(operation, ids, "isolation")
    elif media is not None:
        kwargs["files"] = {"file": ("t.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 32, "image/png")}
    return user.run(operation, path_values, **kwargs)


def _snapshot(user: User, ids: dict[str, str]) -> dict[str, Any]:
    """Everything ``user`` reads about the records ``ids`` names, and every list and count of theirs."""
    found: dict[str, Any] = {}
    for operation in operations().values():
        if operation.method != "GET" or not set(operation.path_names) <= set(ids):
            continue
        if operation.contract.get("admin-only"):
            continue  # every user's records, for admins: the second user's own changes show there
        query = {n: ids[n] for n in operation.parameters("query") if n in ids}
        response = user.run(operation, ids, params=query)
        found[operation.id] = (response.status_code, response.content)
    return found


def _private_ids(first: Seed, second: User) -> dict[str, str]:
    """The first user's record ids, without a document the second user can read through the demo data."""
    ids = first.ids()
    if "document_id" in ids and ids["document_id"] in second.every_readable_document():
        del ids["document_id"]
    return ids


def test_second_user_cannot_touch_first_users_records(first: User, second: User) -> None:
    mine = seed(first)
    theirs = seed(second, need_documents=False)
    private = _private_ids(mine, second)
    own = theirs.ids()
    before = _snapshot(first, mine.ids())
    # 2xx: a read may answer 204 when there is nothing to show (a document's page layout, say).
    assert all(200 <= status < 300 for status, _ in before.values()), (
        f"the first user cannot read their own: {before}"
    )
    leaks: list[str] = []
    tried: set[str] = set()
    for operation in sorted(operations().values(), key=lambda op: _ORDER[op.method]):
        names = _record_names(operation)
        variants = [private] if names else []
        variants += [{**own, name: private[name]} for name in names if name in private and len(names) > 1]
        for ids in variants:
            if not set(names) <= set(ids):
                continue
            tried.add(operation.id)
            response = _attempt(second, operation, ids, second.username)
            if not 400 <= response.status_code < 500:
                leaks.append(f"{operation.id} with {_shown(ids, private)}: {describe(response)}")
        if not names or _filters_only(operation, names):
            # A list whose record ids only narrow it (``chat_session_id``) is tried without them, too.
            tried.add(operation.id)
            leaks += _listed_leaks(second, operation, private, own)
    after = _snapshot(first, mine.ids())
    changed = [op_id for op_id in before if before[op_id] != after.get(op_id)]
    assert not leaks, "the second user reached the first user's records:\n" + "\n".join(leaks)
    assert not changed, f"the second user's attempts changed what the first user reads: {changed}"
    assert tried == set(operations()), f"operations never tried: {sorted(set(operations()) - tried)}"


def _filters_only(operation: Operation, names: list[str]) -> bool:
    """Whether every record id ``operation`` takes is an optional query parameter."""
    query = operation.parameters("query")
    return all(name in query and not query[name].get("required") for name in names)


def _shown(ids: dict[str, str], private: dict[str, str]) -> str:
    return ", ".join(f"{k}=first's" if private.get(k) == v else f"{k}=own" for k, v in sorted(ids.items()))


def _listed_leaks(
    user: User, operation: Operation, private: dict[str, str], own: dict[str, str]
) -> list[str]:
    """An operation without record ids: its answer (a list, count or new record) shows none of ``private``."""
    if operation.method == "GET":
        response = user.run(operation, own)
    else:
        response = _attempt(user, operation, {}, user.username)
    if response.status_code >= 500:
        return [f"{operation.id}: {describe(response)}"]
    text = response.text
    return [
        f"{operation.id} shows the first user's {name}: {describe(response)}"
        for name, value in private.items()
        if value in text
    ]
