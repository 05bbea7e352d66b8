"""Each kind of report ``tools_own`` excuses is told apart from the real fault that looks like it."""

from __future__ import annotations

from typing import Any

from contract_tests.spec import load_yaml
from mock_server.spec import SPEC_PATH

from .recorder import Exchange
from .st_report import errors, failures
from .tools_own import (
    FILTERED_OUT,
    generator_gave_up,
    list_read_after_clear,
    removed_another_way,
    tool_defect,
    undeclared_query_parameter,
)

SPEC: dict[str, Any] = load_yaml(SPEC_PATH)


def test_only_the_tools_own_defect_is_told_apart() -> None:
    defect = (
        "1. Test Case ID: BZToB4\n\n- ST202 Schema-valid request rejected\n\n[400] Bad Request:\n\n"
        '    `{"code":400,"message":"Missing required query parameter \'collection_id\' for path /x"}`\n'
    )
    other = (
        "1. Test Case ID: mEM9jx\n\n- ST202 Schema-valid request rejected\n\n[400] Bad Request:\n\n    `{}`\n"
    )
    run = f"== FAILURES ==\n___ POST /x ___\n{defect}\n___ DELETE /y ___\n{other}\n== WARNINGS ==\n"
    found = failures(run)
    assert [tool_defect(f) for f in found] == [True, False]


def test_only_the_generators_own_give_up_is_told_apart() -> None:
    gave_up = f"Failed Health Check\n\n{FILTERED_OUT} for this operation\n"
    run = (
        "== ERRORS ==\n"
        f"___ DELETE /collections/{{collection_id}}/permissions/{{username}} ___\n{gave_up}\n"
        f"___ PUT /collections/{{collection_id}}/permissions/{{username}} ___\n{gave_up}\n"
        "___ GET /collections/{collection_id} ___\nRuntime Error\n\nboom\n"
        f"___ Schema Error ___\n{gave_up}\n"
        "== WARNINGS ==\n"
    )
    found = errors(run)
    assert [(method, path) for method, path, _ in found] == [
        ("delete", "/collections/{collection_id}/permissions/{username}"),
        ("put", "/collections/{collection_id}/permissions/{username}"),
        ("get", "/collections/{collection_id}"),
        ("", "Schema Error"),
    ]
    # Plain path strings only: excused. A request body to simplify, another kind of error, or an error
    # that names no operation: not.
    assert [generator_gave_up(SPEC, error) for error in found] == [True, False, False, False]


def _use_after_free(deleted: str, read: str, extra: str = "") -> str:
    return (
        "1. Test Case ID: 9taX4a\n\n- ST301 Deleted resource still available\n\n"
        "    The API did not return a `HTTP 404 Not Found` response (got `HTTP 200 OK`) for a resource"
        f" that was previously deleted.\n\n    The resource was deleted with `DELETE {deleted}`\n\n{extra}"
        "[200] OK:\n\n    `[]`\n\nReproduce with:\n\n"
        "    curl -X POST -H 'Authorization: [Filtered]' http://127.0.0.1:1/api/v1/prompt_templates\n"
        f"    curl -X DELETE -H 'Authorization: [Filtered]' http://127.0.0.1:1/api/v1{deleted}\n"
        f"    curl -X GET -H 'Authorization: [Filtered]' http://127.0.0.1:1/api/v1{read}\n"
    )


def test_only_a_read_of_an_emptied_list_is_told_apart_from_use_after_free() -> None:
    emptied = "/prompt_templates/t1/permissions"
    cases = {
        # The list's own URL, emptied and read back: the tool's heuristic.
        _use_after_free(emptied, emptied): True,
        # An item deleted and still served: a real use after free.
        _use_after_free("/prompt_templates/t1", "/prompt_templates/t1"): False,
        _use_after_free("/collections/c1", "/collections/c1/permissions"): False,
        # A read of another URL than the one emptied.
        _use_after_free(emptied, "/prompt_templates/t2/permissions"): False,
        # Another check failing in the same entry.
        _use_after_free(emptied, emptied, "- ST103 Response violates schema\n\n"): False,
    }
    assert [list_read_after_clear(SPEC, failure) for failure in cases] == list(cases.values())


def _schema_violating(query: str, extra: str = "") -> str:
    return (
        "1. Test Case ID: UfX6cj\n\n- ST201 Schema-violating request accepted\n\n"
        "    Invalid data should have been rejected\n"
        "    Invalid component: in query - violates `additionalProperties`\n\n"
        f'{extra}[200] OK:\n\n    `{{"count":29}}`\n\nReproduce with:\n\n'
        "    curl -X GET -H 'Authorization: [Filtered]' http://127.0.0.1:1/api/v1/documents\n"
        f"    curl -X GET -H 'Authorization: [Filtered]' 'http://127.0.0.1:1/api/v1/documents/count?{query}'\n"
    )


def test_only_an_undeclared_query_parameter_is_told_apart_from_schema_violations() -> None:
    cases = {
        # An undeclared parameter (nameless, as seen, or named) beside declared ones: the tool's expectation.
        _schema_violating("chat_session_id=%5BFiltered%5D&owned=false&=null"): True,
        _schema_violating("owned=false&color=red"): True,
        # Only declared parameters: whatever the tool calls invalid, it is not an undeclared parameter.
        _schema_violating("owned=false"): False,
        # Another check failing in the same entry.
        _schema_violating("=null", "- ST103 Response violates schema\n\n"): False,
    }
    assert [undeclared_query_parameter(SPEC, failure) for failure in cases] == list(cases.values())


def _not_found_after_create(extra: str = "", status: str = "[404] Not Found") -> str:
    return (
        "1. Test Case ID: yWxWPZ\n\n- ST302 Created resource not found\n\n"
        "    The API returned `404 Not Found` for a resource that was just created.\n\n"
        f"{extra}{status}:\n\n    `{{}}`\n\nReproduce with:\n\n"
        "    curl -X POST -H 'Authorization: [Filtered]' -d '{\"workspace\": null}'"
        " 'http://127.0.0.1:1/api/v1/chats?collection_id=c1&workspace=w1'\n"
        "    curl -X DELETE -H 'Authorization: [Filtered]' http://127.0.0.1:1/api/v1/chats/s1/collection\n"
    )


def test_only_a_resource_removed_by_a_cascade_or_a_job_is_told_apart_from_a_lost_one() -> None:
    create = Exchange("POST", "/api/v1/chats", b'{"workspace": null}', 201)
    lost = Exchange("DELETE", "/api/v1/chats/s1/collection", b"", 404)
    reported = _not_found_after_create()

    def told_apart(*removal: Exchange, failure: str = reported) -> bool:
        return removed_another_way(SPEC, failure, [create, *removal, lost])

    # The collection the chat was created in, deleted; the chat named by a delete job; the collection by one.
    assert told_apart(Exchange("DELETE", "/api/v1/collections/c1", b"", 200))
    assert told_apart(Exchange("POST", "/api/v1/chats/delete_job", b'{"session_ids":["s1"]}', 201))
    assert told_apart(Exchange("POST", "/api/v1/collections/delete_job", b'{"collection_ids":["c1"]}', 201))
    # No removal, or one that failed, came after the 404, or removed something else.
    assert not told_apart()
    assert not told_apart(Exchange("DELETE", "/api/v1/collections/c1", b"", 404))
    assert not removed_another_way(
        SPEC, reported, [create, lost, Exchange("DELETE", "/api/v1/collections/c1", b"", 200)]
    )
    assert not told_apart(Exchange("DELETE", "/api/v1/collections/c2", b"", 200))
    assert not told_apart(Exchange("POST", "/api/v1/chats/delete_job", b'{"session_ids":["s2"]}', 201))
    # Writes that name the chat or its collection but remove neither.
    assert not told_apart(Exchange("DELETE", "/api/v1/chats/s1/prompt_template", b"", 200))
    assert not told_apart(Exchange("DELETE", "/api/v1/collections/c1/expiry_date", b"", 200))
    assert not told_apart(Exchange("PUT", "/api/v1/chats/s1/collection", b'{"collection_id":"c1"}', 200))
    # A query value that is not an id is no name: a job naming "w1" removes nothing the chat depends on.
    assert not told_apart(Exchange("POST", "/api/v1/chats/delete_job", b'{"session_ids":["w1"]}', 201))
    # Another check in the same entry, or another status than 404.
    removal = Exchange("DELETE", "/api/v1/collections/c1", b"", 200)
    assert not told_apart(removal, failure=_not_found_after_create("- ST103 Response violates schema\n\n"))
    assert not told_apart(removal, failure=_not_found_after_create(status="[410] Gone"))
