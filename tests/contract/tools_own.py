"""Which reports of the stock schemathesis CLI are the tool's own, not faults of the mock.

Each is told apart precisely; everything else is a fault. First, schemathesis 4.32.5
(the newest) sometimes sends a stateful step without a required query parameter and calls it schema-valid (an
inferred link reads ``$response.body#/*/collection_id`` from a list, picks one of the matches at random and
may pick a ``null``, which the request then leaves out). The server's 400 for it is right.

The tool's generator has a second defect of its own. In the Fuzzing phase it also draws negative cases for
an operation whose only inputs are plain path strings (``minLength: 1``), which it will not negate, and then
throws each such case away; now and then an operation hits the Hypothesis health check "Too many generated
examples are filtered out" and is reported as an error, naming no parameter. Such an error is told apart only
for an operation with no request body whose every parameter is a plain string or number: nothing in it can be
simplified, and the error says nothing about the server.

A third is a heuristic of the tool's use-after-free check (ST301): after a successful DELETE it expects 404
from any read at or below the deleted path. The vendor's API has DELETE on a list's own URL, which empties the
list (``DELETE /collections/{collection_id}/permissions`` unshares with everyone), and reading that list
afterwards rightly gives 200 with what is left (the owner). An ST301 is told apart only when it is the entry's
one check, the read is of the very URL deleted, and that DELETE's path template ends in a literal segment (a
list), not in a parameter (an item).

A fourth is an expectation the mock does not share: the tool may add a query parameter the operation does
not declare (seen: a pair with an empty name, ``&=null``) and expect it refused (ST201, "violates
`additionalProperties`"). The mock ignores undeclared query parameters, as the real API does, so that a client
of another version that sends one still works. Told apart only as the entry's one check, when that is its
only invalid component and the request does carry a parameter the operation does not declare.

A fifth is a limit of the tool's created-resource check (ST302): after a POST creates a resource, it expects
every later read or write of it to succeed unless a DELETE at or above the resource's own URL removed it. The
mock also removes a resource the other ways the vendor's API does: deleting a collection takes its chat
sessions with it, and a delete job (``POST /chats/delete_job`` and its kind) removes what its body names.
Telling this one apart needs what the server answered, from a ``Recorder`` it is served through. An ST302 is
told apart only when it is the entry's one check, the answer is a 404, and before that 404 the recorder saw a
successful delete job whose body named the resource or an id the creating request passed (a path parameter,
a ``*_id`` query parameter such as ``collection_id``), or a successful DELETE of a single item (a path with
one parameter) that is one of those ids.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qsl, unquote

from .recorder import Exchange
from .st_report import api_base, checks, parameters, path_values, requests, template

__all__ = [
    "generator_gave_up",
    "list_read_after_clear",
    "removed_another_way",
    "tool_defect",
    "tools_own",
    "undeclared_query_parameter",
]

MISSING_QUERY = "Missing required query parameter"
FILTERED_OUT = "Too many generated examples are filtered out"
# Keywords that only bound a value: none of them makes a generator filter much.
PLAIN_KEYWORDS = frozenset({"type", "minLength", "maxLength", "minimum", "maximum", "default"})
DELETE_JOB = re.compile(r"create_delete_\w+_job")


def tool_defect(failure: str) -> bool:
    """A step the tool sent without a required query parameter, labelled schema-valid."""
    return checks(failure) == ["ST202"] and "[400]" in failure and MISSING_QUERY in failure


def list_read_after_clear(spec: dict[str, Any], failure: str) -> bool:
    """An ST301 on reading a list at the URL a DELETE emptied."""
    deleted = re.search(r"deleted with `DELETE (/\S*)`", failure)
    sent = requests(spec, failure)
    if checks(failure) != ["ST301"] or not deleted or not sent:
        return False
    path = unquote(deleted[1])
    list_url = template(spec, "delete", path)
    return sent[-1][:2] == ("get", path) and list_url is not None and not list_url.endswith("}")


def undeclared_query_parameter(spec: dict[str, Any], failure: str) -> bool:
    """An ST201 whose only invalid component is a query parameter the operation does not declare."""
    sent = requests(spec, failure)
    invalid = re.findall(r"Invalid component: (.*)", failure)
    if checks(failure) != ["ST201"] or invalid != ["in query - violates `additionalProperties`"]:
        return False
    if not sent or (url := template(spec, *sent[-1][:2])) is None:
        return False
    declared = {parameter["name"] for parameter in parameters(spec, url, sent[-1][0])}
    return bool({name for name, _ in parse_qsl(sent[-1][2], keep_blank_values=True)} - declared)


def _ids(spec: dict[str, Any], method: str, path: str, query: str) -> set[str]:
    """The ids a request names: its path parameters' values and its ``*_id`` query parameters'."""
    url = template(spec, method, path)
    in_path = path_values(url, path) if url else []
    in_query = (value for name, value in parse_qsl(query) if name.endswith("_id"))
    return {*in_path, *in_query} - {""}


def _removes(spec: dict[str, Any], exchange: Exchange, names: set[str]) -> bool:
    """Whether a successful exchange removed something ``names`` holds."""
    path = exchange.path.removeprefix(api_base(spec))
    url = template(spec, exchange.method.lower(), path)
    if url is None or not 200 <= exchange.status < 300:
        return False
    if exchange.method == "DELETE":
        values = path_values(url, path)
        return url.endswith("}") and len(values) == 1 and values[0] in names
    operation = spec["paths"][url][exchange.method.lower()]["operationId"]
    text = exchange.body.decode("utf-8", "replace")
    return bool(DELETE_JOB.fullmatch(operation)) and any(name in text for name in names)


def removed_another_way(spec: dict[str, Any], failure: str, exchanges: Sequence[Exchange]) -> bool:
    """An ST302 on a resource that a cascade or a delete job removed before the 404."""
    sent = requests(spec, failure)
    if checks(failure) != ["ST302"] or "[404]" not in failure or len(sent) < 2 or sent[-2][0] != "post":
        return False
    (method, path, query), created = sent[-1], sent[-2]
    names = _ids(spec, method, path, query) | _ids(spec, *created)
    base = api_base(spec)
    for exchange in exchanges:
        if (exchange.method.lower(), exchange.path, exchange.status) == (method, base + path, 404):
            return False
        if _removes(spec, exchange, names):
            return True
    return False


def _plain_inputs(spec: dict[str, Any], method: str, path: str) -> bool:
    """Whether the operation takes no body and only parameters whose schemas merely bound a value."""
    operation = spec["paths"].get(path, {}).get(method)
    if operation is None or "requestBody" in operation:
        return False
    return all(set(parameter["schema"]) <= PLAIN_KEYWORDS for parameter in parameters(spec, path, method))


def generator_gave_up(spec: dict[str, Any], error: tuple[str, str, str]) -> bool:
    """A health-check error of the tool's generator on an operation with nothing to simplify."""
    method, path, text = error
    return "Failed Health Check" in text and FILTERED_OUT in text and _plain_inputs(spec, method, path)


def tools_own(spec: dict[str, Any], failure: str, exchanges: Sequence[Exchange]) -> bool:
    """Whether a failure entry is one of the tool's own reports named above."""
    if tool_defect(failure) or removed_another_way(spec, failure, exchanges):
        return True
    return list_read_after_clear(spec, failure) or undeclared_query_parameter(spec, failure)
