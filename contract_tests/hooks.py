"""Schemathesis hooks shared by the pytest suite and the CLI (``hooks = "contract_tests.hooks"``).

Importing this module registers, process-wide:

- a deserializer for ``application/jsonl``: the body is read as JSON lines and the *last* line is the
  document. Schemathesis then validates that line against the media type's schema (``ChatStreamLine``) in
  ``response_schema_conformance``, and links such as ``$response.body#/message_id`` work on streamed answers;
- the check :func:`jsonl_stream_conforms`: every line of a JSON-lines response against the media type's
  schema, plus the stream rules of the spec (the last line is ``finished: true`` with the answer's
  ``message_id``, or a ``ChatError``; no line before it is ``finished``);
- a ``before_call`` hook that asks for ``Accept: application/jsonl`` on half the calls of an operation
  whose 2xx response offers that media type, because schemathesis never sets ``Accept`` by itself and
  would otherwise only ever test the JSON answer;
- a ``filter_failure`` hook that drops "schema-valid request rejected" for a request that sends no value
  for a required query parameter (so it was not schema-valid, whatever the step labelled it);
- ``after_call``/``filter_failure`` hooks that teach two stateful checks what the spec documents:
  ``delete_collection`` also deletes the chat sessions that use it, so a session gone that way is not a
  "created resource not found" (``ensure_resource_availability``); and ``DELETE .../permissions`` revokes
  every *share*, so the permission list (with its owner) is still there afterwards, which is not a
  "deleted resource still available" (``use_after_free``).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Mapping
from typing import Any

import jsonschema_rs
import schemathesis
from schemathesis import APIOperation, Case, CheckContext, DeserializationContext, HookContext, Response
from schemathesis.core.failures import Failure
from schemathesis.openapi.checks import EnsureResourceAvailability, RejectedPositiveData, UseAfterFree

__all__ = ["JSONL", "jsonl_stream_conforms", "offers_jsonl", "parse_jsonl", "stream_line_validator"]

JSONL = "application/jsonl"

# (id of the raw schema, operation label) -> whether a 2xx response can be JSON lines.
_streaming: dict[tuple[int, str], bool] = {}
# (id of the raw schema, path, method, status) -> validator of one line, None when nothing is documented.
_validators: dict[tuple[int, str, str, str], jsonschema_rs.Validator | None] = {}


def parse_jsonl(content: bytes) -> list[Any]:
    """The JSON documents of a JSON-lines body, one per non-blank line; raises ValueError on a bad line."""
    items = []
    for number, line in enumerate(content.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except ValueError as exc:
            raise ValueError(f"line {number} is not JSON ({exc}): {line[:200]!r}") from None
    return items


def _content_type(response: Response) -> str:
    values = response.headers.get("content-type") or [""]
    return values[0].split(";", 1)[0].strip().lower()


def _resolve(root: Mapping[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (``#/components/...``) until a non-reference object is reached."""
    seen = 0
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = root
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node, seen = target, seen + 1
        if seen > 32:
            raise ValueError(f"reference cycle at {node!r}")
    return node


def stream_line_validator(case: Case[Any], status_code: int) -> jsonschema_rs.Validator | None:
    """A validator for one line of this operation's JSON-lines response with this status, from the spec."""
    operation = case.operation
    raw = operation.schema.raw_schema
    key = (id(raw), operation.path, operation.method.lower(), str(status_code))
    if key not in _validators:
        responses = raw["paths"][operation.path][operation.method.lower()].get("responses", {})
        response = responses.get(str(status_code)) or responses.get(f"{str(status_code)[0]}XX")
        response = response or responses.get("default")
        media = _resolve(raw, _resolve(raw, response or {}).get("content", {}).get(JSONL))
        schema = media.get("schema") if isinstance(media, Mapping) else None
        _validators[key] = (
            None
            if schema is None
            else jsonschema_rs.Draft202012Validator(
                {**schema, "components": raw.get("components", {})}, validate_formats=True
            )
        )
    return _validators[key]


@schemathesis.deserializer(JSONL)
def deserialize_jsonl(ctx: DeserializationContext, response: Response) -> Any:
    """The last line of a JSON-lines body (the one with ``finished``/``message_id``); None when empty."""
    items = parse_jsonl(response.content)
    return items[-1] if items else None


@schemathesis.check
def jsonl_stream_conforms(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Every line of a JSON-lines response matches the documented line schema and the stream ends properly."""
    if _content_type(response) != JSONL:
        return None
    validator = stream_line_validator(case, response.status_code)
    if validator is None:
        raise AssertionError(
            f"{case.operation.label} answered {response.status_code} {JSONL}, not documented"
        )
    lines = parse_jsonl(response.content)
    if not lines:
        raise AssertionError("The JSON-lines stream is empty: it must end with a finished line or an error")
    for number, line in enumerate(lines, start=1):
        errors = [
            f"{error.message} (at {list(error.instance_path)})" for error in validator.iter_errors(line)
        ]
        if errors:
            raise AssertionError(
                f"Line {number} of {len(lines)} violates the line schema: {errors}: {line!r}"
            )
        is_last = number == len(lines)
        if isinstance(line, dict) and "error" in line and not is_last:
            raise AssertionError(f"Line {number} is an error but {len(lines) - number} line(s) follow it")
        if isinstance(line, dict) and line.get("finished") is True and not is_last:
            raise AssertionError(f"Line {number} has finished=true but is not the last of {len(lines)} lines")
    last = lines[-1]
    if isinstance(last, dict) and "error" in last:
        return True
    if not (isinstance(last, dict) and last.get("finished") is True):
        raise AssertionError(f"The last of {len(lines)} lines does not have finished=true: {last!r}")
    if not (isinstance(last.get("message_id"), str) and last["message_id"]):
        raise AssertionError(f"The finished line does not carry the answer's message_id: {last!r}")
    return True


def offers_jsonl(operation: APIOperation[Any, Any, Any, Any]) -> bool:
    """Whether a 2xx response of ``operation`` can be JSON lines."""
    raw = operation.schema.raw_schema
    key = (id(raw), operation.label)
    if key not in _streaming:
        responses = raw["paths"][operation.path][operation.method.lower()].get("responses", {})
        _streaming[key] = any(
            code.startswith("2") and JSONL in _resolve(raw, response).get("content", {})
            for code, response in responses.items()
        )
    return _streaming[key]


# Chat session id -> id of the collection it uses, from successful responses; ids of deleted collections.
_session_collection: dict[str, str | None] = {}
_deleted_collections: set[str] = set()
_SESSION_WRITES = ("create_chat_session", "update_chat_session_collection", "delete_chat_session_collection")


@schemathesis.hook
def after_call(context: HookContext, case: Case[Any], response: Response) -> None:
    """Track which collection each session uses, and which collections were deleted."""
    if not 200 <= response.status_code < 300:
        return
    operation_id = case.operation.definition.raw.get("operationId")
    if operation_id in _SESSION_WRITES and _content_type(response) == "application/json":
        try:
            body = response.json()
        except ValueError:
            return  # response_schema_conformance reports a broken body
        if isinstance(body, dict) and isinstance(body.get("id"), str):
            collection = body.get("collection_id")
            _session_collection[body["id"]] = collection if isinstance(collection, str) else None
    elif operation_id == "delete_collection":
        _deleted_collections.add(str(case.path_parameters.get("collection_id")))


@schemathesis.hook
def filter_failure(context: HookContext, failure: Failure, case: Case[Any], response: Response) -> bool:
    """Drop the documented false alarms described in the module docstring; keep every other failure."""
    if isinstance(failure, EnsureResourceAvailability) and response.status_code == 404:
        session_id = case.path_parameters.get("session_id")
        if isinstance(session_id, str) and _session_collection.get(session_id) in _deleted_collections:
            return False
    if isinstance(failure, UseAfterFree):
        freed, used = failure.free.partition(" ")[2], failure.usage.partition(" ")[2]
        if freed.endswith("/permissions") and freed == used:
            return False
    return not (isinstance(failure, RejectedPositiveData) and _lacks_a_required_query_parameter(case))


def _lacks_a_required_query_parameter(case: Case[Any]) -> bool:
    """Whether ``case`` sends no value for a query parameter the spec requires: not valid data, whatever
    its label says (a stateful step built from links has sent such requests as "positive")."""
    for parameter in case.operation.iter_parameters():
        if parameter.location.container_name == "query" and parameter.is_required:
            value = (case.query or {}).get(parameter.name)
            if value is None or value == [] or value == "":
                return True
    return False


@schemathesis.hook
def before_call(context: HookContext, case: Case[Any], kwargs: dict[str, Any]) -> None:
    """Ask every other call of a streaming operation for JSON lines."""
    if offers_jsonl(case.operation) and _wants_jsonl(case):
        case.headers["Accept"] = JSONL


def _wants_jsonl(case: Case[Any]) -> bool:
    """Half of the cases, decided by the request body, so a replayed case asks for the same thing."""
    try:
        text = json.dumps(case.body, sort_keys=True, default=repr)
    except (TypeError, ValueError):
        text = repr(case.body)
    return zlib.crc32(text.encode("utf-8", "surrogatepass")) % 2 == 0
