"""Hostile JSON bodies and query strings to every operation of the spec get a documented 4xx with the spec's
Error body, never a 5xx.

The operations, their parameters and their bodies come from ``openapi.yaml``, so an operation added to the
spec is attacked here without a change to this file. Multipart bodies: ``test_multipart.py``.
"""

from __future__ import annotations

import json
import urllib.parse
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from litestar import Litestar
from litestar.testing import TestClient

from mock_server import API_PREFIX
from tests.spec._spec import SpecOperation, resolve

from ._requests import EXAMPLES, OPERATIONS, assert_documented_error, url_of

JSON_BODY_OPERATIONS = [
    op for op in OPERATIONS if "application/json" in (op.request_body() or {}).get("content", {})
]
JSON_QUERY_PARAMETERS = [
    (op, name)
    for op in OPERATIONS
    for (where, name), param in op.parameters().items()
    if where == "query" and "application/json" in param.get("content", {})
]
# The JSON query parameters that narrow a list (the others, like ingestion's `metadata`, carry data).
JSON_FILTERS = [(op, name) for op, name in JSON_QUERY_PARAMETERS if name.endswith("_filter")]


def _send(client: TestClient[Litestar], op: SpecOperation, ids: dict[str, str], body: bytes) -> Any:
    headers = {"Content-Type": "application/json"}
    return client.request(op.method, url_of(op, ids), content=body, headers=headers)


def _properties(op: SpecOperation) -> list[str]:
    """The top-level fields of the operation's JSON body."""
    body = op.request_body() or {}
    schema = resolve(body["content"]["application/json"]["schema"])
    return sorted(resolve(schema).get("properties", {})) or ["name"]


def test_the_spec_has_operations_with_json_bodies_and_json_query_parameters() -> None:
    # Guards the parametrisations below against silently testing nothing.
    assert JSON_BODY_OPERATIONS and JSON_QUERY_PARAMETERS


@pytest.mark.parametrize("op", JSON_BODY_OPERATIONS, ids=lambda op: op.operation_id)
def test_invalid_utf8_inside_a_json_string_is_400(
    client: TestClient[Litestar], ids: dict[str, str], op: SpecOperation
) -> None:
    for name in _properties(op):
        response = _send(client, op, ids, b'{"' + name.encode() + b'":"\xff\xfe"}')
        assert response.status_code == 400, response.text
        assert_documented_error(op, response)


@pytest.mark.parametrize("depth", [100, 1_000, 100_000])
@pytest.mark.parametrize("op", JSON_BODY_OPERATIONS, ids=lambda op: op.operation_id)
def test_deeply_nested_bodies_are_400(
    client: TestClient[Litestar], ids: dict[str, str], op: SpecOperation, depth: int
) -> None:
    nested = b"[" * depth + b"]" * depth
    for body in (nested, b'{"' + _properties(op)[0].encode() + b'":' + nested + b"}"):
        response = _send(client, op, ids, body)
        assert response.status_code == 400, response.text
        assert_documented_error(op, response)


def _deep_object(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deep_llm_args_are_400(client: TestClient[Litestar], ids: dict[str, str], depth: int) -> None:
    chats, collections = f"{API_PREFIX}/chats", f"{API_PREFIX}/collections"
    completion = f'{{"message": "hi", "llm_args": {_deep_object(depth)}}}'
    settings = f'{{"llm_args": {_deep_object(depth)}}}'
    headers = {"Content-Type": "application/json"}
    for method, url, body in [
        ("POST", f"{chats}/{ids['session_id']}/completions", completion),
        ("PUT", f"{collections}/{ids['collection_id']}/chat_settings", settings),
    ]:
        response = client.request(method, url, content=body.encode(), headers=headers)
        assert response.status_code == 400 and "nested deeper" in response.json()["message"], response.text


def test_llm_args_nested_within_the_limit_are_kept(client: TestClient[Litestar], ids: dict[str, str]) -> None:
    args = json.loads(_deep_object(30))
    url = f"{API_PREFIX}/collections/{ids['collection_id']}/chat_settings"
    assert client.put(url, json={"llm_args": args}).status_code == 204
    assert client.get(url).json()["llm_args"] == args


@pytest.mark.parametrize(
    "value",
    ["", "null", "[]", "{", '"text"', "%FF%FE", _deep_object(1_000), _deep_object(5_000)],
    ids=["empty", "null", "array", "truncated", "string", "bad-utf8", "deep", "very-deep"],
)
@pytest.mark.parametrize(("op", "name"), JSON_QUERY_PARAMETERS, ids=lambda x: getattr(x, "operation_id", x))
def test_bad_json_query_parameters_are_400(
    client: TestClient[Litestar], ids: dict[str, str], op: SpecOperation, name: str, value: str
) -> None:
    encoded = value if value.startswith("%") else value.replace("%", "%25").replace("#", "%23")
    response = client.request(op.method, f"{url_of(op, ids)}?{name}={encoded}")
    assert response.status_code == 400, response.text
    assert_documented_error(op, response)


@pytest.mark.parametrize(("op", "name"), JSON_FILTERS, ids=lambda x: getattr(x, "operation_id", x))
def test_json_query_parameters_filter(
    client: TestClient[Litestar], ids: dict[str, str], op: SpecOperation, name: str
) -> None:
    everything = client.request(op.method, url_of(op, ids)).json()
    assert client.request(op.method, url_of(op, ids), params={name: "{}"}).json() == everything
    assert client.request(op.method, url_of(op, ids), params={name: '{"no such key": 1}'}).json() == []


# ---------------------------------------------------------------- the property, over every operation

_NUMBERS = st.sampled_from(
    ["1e400", "-1e400", "1" + "0" * 400, "-0", "1.0e-400", "9" * 40, "NaN", "Infinity"]
)
_STRINGS = st.binary(max_size=12).map(lambda b: b'"' + b.replace(b'"', b"").replace(b"\\", b"") + b'"')
_NESTED = st.integers(min_value=1, max_value=3_000).map(lambda d: b"[" * d + b"]" * d)
_WRONG_TYPES = st.sampled_from([b"true", b"null", b"[]", b"{}", b'"1"', b"0", b"-1", b'"\\u0000"', b"1.5"])
_VALUES = _NUMBERS.map(str.encode) | _STRINGS | _NESTED | _WRONG_TYPES


@st.composite
def _hostile_body(draw: st.DrawFn, op: SpecOperation) -> bytes:
    """A JSON-ish body aimed at the operation's own fields, or raw bytes."""
    if draw(st.integers(0, 4)) == 0:
        return draw(st.binary(max_size=64))
    names = _properties(op) if op in JSON_BODY_OPERATIONS else []
    pairs = draw(st.lists(st.tuples(st.sampled_from([*names, "\x00", "é"]), _VALUES), max_size=3))
    inner = b",".join(json.dumps(name).encode() + b":" + value for name, value in pairs)
    return b"{" + inner + b"}"


# Values percent-encoded as they are, and ready-made raw encodings: invalid UTF-8, a NUL byte, and nesting
# far past the limit yet short enough that three such values stay under httpx's 64 KiB bound on a URL.
_QUERY_VALUES = (
    _NUMBERS | st.text(max_size=10) | st.sampled_from(["true", "-1", "0", "10001", "", "null"])
).map(lambda value: urllib.parse.quote(value, safe="")) | st.sampled_from(
    ["%FF", "%00", "%C0%AF", urllib.parse.quote(_deep_object(700))]
)


@st.composite
def _hostile_query(draw: st.DrawFn, op: SpecOperation) -> str:
    names = [name for where, name in op.parameters() if where == "query"] or ["offset"]
    pairs = draw(st.lists(st.tuples(st.sampled_from(names), _QUERY_VALUES), max_size=3))
    return "&".join(f"{name}={value}" for name, value in pairs)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_no_hostile_request_gets_a_5xx(
    client: TestClient[Litestar], ids: dict[str, str], op: SpecOperation, backend: str
) -> None:
    @settings(
        max_examples=EXAMPLES[backend],
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(
        body=_hostile_body(op), query=_hostile_query(op), path_id=st.sampled_from(["real", "x", "%00", "%FF"])
    )
    def attack(body: bytes, query: str, path_id: str) -> None:
        known = ids if path_id == "real" else {name: path_id for name in ids}
        url = f"{url_of(op, known)}?{query}"
        content_type = "multipart/form-data; boundary=b" if "thumbnail" in op.path else "application/json"
        response = client.request(op.method, url, content=body, headers={"Content-Type": content_type})
        assert_documented_error(op, response)

    attack()
