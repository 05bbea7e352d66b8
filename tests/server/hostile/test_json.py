"""Hostile input to every operation of the spec gets a documented 4xx with the spec's Error body, never a 5xx.

The operations, their parameters and their bodies come from ``openapi.yaml``, so an operation added to the
spec is attacked here without a change to this file.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from litestar import Litestar
from litestar.testing import TestClient

from contract_tests.profiles import ci_requested
from mock_server import API_PREFIX, Settings, create_app
from tests._headers import USER
from tests.persistence._servers import new_postgres_database
from tests.spec._spec import SpecOperation, operations, resolve

OPERATIONS = list(operations())
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
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
# The deep profile (CI=true) goes deeper on the in-memory backend only: a database's own limits are met by
# the quick profile's examples too, and CI has 20 minutes for everything.
EXAMPLES = {"memory": 50 if ci_requested() else 25, "sqlite": 25, "postgresql": 25}


@pytest.fixture(scope="module", params=list(EXAMPLES))
def backend(request: pytest.FixtureRequest) -> str:
    """Every backend: what the spec lets through reaches the store, and each database refuses different
    values (a NUL in PostgreSQL's text, an integer past 64 bits in SQLite's)."""
    return str(request.param)


@pytest.fixture(scope="module")
def client(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient[Litestar]]:
    """One server per backend for the whole module: hostile requests may change its state, never break it."""
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


def _url(op: SpecOperation, ids: dict[str, str]) -> str:
    return API_PREFIX + op.path.format(**{name: ids.get(name, "x") for _, name in op.parameters()})


def _assert_documented_error(op: SpecOperation, response: Any) -> None:
    """A 2xx, or a status the operation documents with the spec's Error body; never a 5xx."""
    status = response.status_code
    assert status < 500, f"{op.method} {op.path}: {status} {response.text[:300]}"
    if status < 300:
        return
    assert str(status) in op.responses(), (
        f"{op.method} {op.path}: undocumented {status} {response.text[:300]}"
    )
    body = response.json()
    assert body["code"] == status and isinstance(body["message"], str) and body["message"], body


def _send(client: TestClient[Litestar], op: SpecOperation, ids: dict[str, str], body: bytes) -> Any:
    headers = {"Content-Type": "application/json"}
    return client.request(op.method, _url(op, ids), content=body, headers=headers)


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
        _assert_documented_error(op, response)


@pytest.mark.parametrize("depth", [100, 1_000, 100_000])
@pytest.mark.parametrize("op", JSON_BODY_OPERATIONS, ids=lambda op: op.operation_id)
def test_deeply_nested_bodies_are_400(
    client: TestClient[Litestar], ids: dict[str, str], op: SpecOperation, depth: int
) -> None:
    nested = b"[" * depth + b"]" * depth
    for body in (nested, b'{"' + _properties(op)[0].encode() + b'":' + nested + b"}"):
        response = _send(client, op, ids, body)
        assert response.status_code == 400, response.text
        _assert_documented_error(op, response)


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
    response = client.request(op.method, f"{_url(op, ids)}?{name}={encoded}")
    assert response.status_code == 400, response.text
    _assert_documented_error(op, response)


@pytest.mark.parametrize(("op", "name"), JSON_FILTERS, ids=lambda x: getattr(x, "operation_id", x))
def test_json_query_parameters_filter(
    client: TestClient[Litestar], ids: dict[str, str], op: SpecOperation, name: str
) -> None:
    everything = client.request(op.method, _url(op, ids)).json()
    assert client.request(op.method, _url(op, ids), params={name: "{}"}).json() == everything
    assert client.request(op.method, _url(op, ids), params={name: '{"no such key": 1}'}).json() == []


def test_a_thumbnail_sent_as_a_form_field_without_a_filename_is_stored(
    client: TestClient[Litestar], ids: dict[str, str]
) -> None:
    url = f"{API_PREFIX}/collections/{ids['collection_id']}/thumbnail"
    # What `curl -F 'file=<thumb.png'` sends: a part without a filename, holding bytes that are not UTF-8.
    assert client.put(url, files={"file": (None, PNG)}).status_code == 204
    refused = client.put(url, files={"file": (None, b"\xff\xfe not an image")})
    assert refused.status_code == 415 and refused.json()["code"] == 415


def test_a_thumbnails_type_is_read_from_its_bytes_else_from_the_declared_part_type(
    client: TestClient[Litestar], ids: dict[str, str]
) -> None:
    url = f"{API_PREFIX}/collections/{ids['collection_id']}/thumbnail"
    assert client.put(url, files={"file": ("t.webp", PNG, "image/webp")}).status_code == 204
    assert client.put(url, files={"file": ("t.png", b"GIF89a" + PNG, "image/png")}).status_code == 204
    # Bytes a mock cannot recognise are taken at their declared image type, as the spec says...
    assert client.put(url, files={"file": ("file.zip", b"PK\x03\x04 zip", "image/gif")}).status_code == 204
    # ...and refused when nothing says they are an image.
    refused = client.put(url, files={"file": ("notes.txt", b"PK\x03\x04 zip", "text/plain")})
    assert refused.status_code == 415 and refused.json()["code"] == 415


@pytest.mark.parametrize(
    "body",
    [b"", b"--x--", b"garbage", b"--b\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--b--\r\n"],
    ids=["empty", "closing-only", "garbage", "unnamed-part"],
)
def test_malformed_multipart_bodies_are_400(
    client: TestClient[Litestar], ids: dict[str, str], body: bytes
) -> None:
    url = f"{API_PREFIX}/collections/{ids['collection_id']}/thumbnail"
    response = client.put(url, content=body, headers={"Content-Type": "multipart/form-data; boundary=b"})
    assert response.status_code == 400 and response.json()["code"] == 400, response.text


# Every operation that reads a multipart body, by path (``/rpc/fs`` is the SDK's, outside the spec and
# API_PREFIX): the parser's limits on a part's headers are met before any operation sees the part.
MULTIPART_PATHS = {
    "upload_file": f"{API_PREFIX}/uploads",
    "update_collection_thumbnail": f"{API_PREFIX}/collections/{{collection_id}}/thumbnail",
    "create_update_collection_thumbnail_job": f"{API_PREFIX}/collections/{{collection_id}}/thumbnail/job",
    "rpc_fs_upload": "/rpc/fs",
}
_PART_END = b"\r\n\r\n" + PNG + b"\r\n--b--\r\n"
OVERSIZED_PART_HEADERS = {
    # What `curl -F "file=@f;filename=<5,000 characters>"` sends: one header line past the parser's 4 KiB.
    "long-filename": b'--b\r\nContent-Disposition: form-data; name="file"; filename="'
    + b"a" * 5_000
    + b'.png"\r\nContent-Type: image/png'
    + _PART_END,
    "too-many-headers": b'--b\r\nContent-Disposition: form-data; name="file"; filename="t.png"'
    + b"".join(b"\r\nX-Extra-%d: 1" % n for n in range(20))
    + _PART_END,
}


@pytest.mark.parametrize("body", list(OVERSIZED_PART_HEADERS.values()), ids=list(OVERSIZED_PART_HEADERS))
@pytest.mark.parametrize("operation_id", list(MULTIPART_PATHS))
def test_multipart_part_headers_past_the_parsers_limits_are_400(
    client: TestClient[Litestar], ids: dict[str, str], operation_id: str, body: bytes
) -> None:
    url = MULTIPART_PATHS[operation_id].format(**ids)
    response = client.put(url, content=body, headers={"Content-Type": "multipart/form-data; boundary=b"})
    assert response.status_code == 400, f"{response.status_code} {response.text[:300]}"
    error = response.json()
    assert error["code"] == 400 and isinstance(error["message"], str) and error["message"], error
    documented = [op for op in OPERATIONS if op.operation_id == operation_id]
    if documented:
        _assert_documented_error(documented[0], response)


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
        url = f"{_url(op, known)}?{query}"
        content_type = "multipart/form-data; boundary=b" if "thumbnail" in op.path else "application/json"
        response = client.request(op.method, url, content=body, headers={"Content-Type": content_type})
        _assert_documented_error(op, response)

    attack()
