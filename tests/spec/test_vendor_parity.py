"""openapi.yaml against the vendor's installed generated clients (h2ogpte-rest-client 1.6.14, h2ogpte 1.7.5).

Every operation of the spec is a vendor operation: all 50 of 1.6.14's ChatApi, CollectionsApi and
PromptTemplatesApi, and those of 1.7.5 taken in (the same three classes, JobsApi, DocumentsApi,
DocumentIngestionApi, ModelsApi), with the same method, path, operationId (the method name), parameters
and 2xx status as each client that has it; each must find every parameter it sends. ``IN_SCOPE_175`` is
1.7.5's ChatApi, CollectionsApi and PromptTemplatesApi minus the 13 the issue excludes; ``REQUIRED_175``
adds the operations taken from the other classes (``OTHER_175``): the spec must have every one.
Each test collects every mismatch before failing, so one run shows the whole picture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pydantic
import pytest

from ._spec import SpecOperation, operations, operations_by_id, ref_name, resolve, schema_types
from ._vendor import (
    API_CLASSES,
    EXCLUDED_175,
    V175,
    V1614,
    VENDORS,
    Vendor,
    VendorOperation,
    VendorParam,
    documented_defaults,
    enum_values,
    field_admits,
    in_scope_175,
    model_classes,
    model_fields_by_alias,
    vendor_operations,
)

JSON = "application/json"
JSONL = "application/jsonl"
MULTIPART = "multipart/form-data"
# 403: the admin-only operations refuse others; 409: a state the request clashes with (group shares, limits).
ERROR_STATUSES = {"400", "401", "403", "404", "409", "413", "415", "500"}
# The server stores and echoes whichever spelling a client wrote; each client reads back its own vocabulary.
ECHOED_FIELDS = {("ChatSettings", "include_chat_history"), ("ChatSettings", "tags")}

OPERATIONS_1614 = sorted(vendor_operations(V1614))
IN_SCOPE_175 = in_scope_175()
# The operations the issue takes from 1.7.5's other classes: following jobs, uploads and ingestion, documents
# as collection content, and the models to pick from.
OTHER_175 = frozenset(
    {
        *("get_job", "list_jobs", "cancel_job", "delete_job"),
        *("upload_file", "ingest_upload", "create_ingest_upload_job"),
        *("ingest_from_plain_text", "create_ingest_from_plain_text_job"),
        *("get_document", "get_document_count", "list_documents", "update_document", "delete_document"),
        *("create_delete_document_job", "list_collections_for_document", "list_document_chunks"),
        *("get_document_metadata", "update_document_metadata", "list_chat_sessions_for_document"),
        *("get_document_internal_metadata", "get_document_page_layout", "get_document_user_source_file"),
        *("get_document_page_ocr_model", "get_document_guardrails_settings"),
        "get_chat_session_count_for_document",
        *("list_models", "list_embedding_models", "get_default_embedding_model"),
    }
)
# The spec must have every one of them: the in-scope operations of the three classes and the others above.
REQUIRED_175 = sorted(set(IN_SCOPE_175) | OTHER_175)
# Every operation of the spec; each is checked against the vendor clients that have it.
OPERATION_NAMES = sorted(op.operation_id for op in operations())


def _fail_on(problems: list[str]) -> None:
    if problems:
        pytest.fail(f"{len(problems)} mismatch(es):\n  " + "\n  ".join(problems), pytrace=False)


def _vendor_op(vendor: Vendor, name: str) -> VendorOperation | None:
    return vendor_operations(vendor).get(name)


def _vendors_with(name: str) -> list[Vendor]:
    return [v for v in VENDORS if _vendor_op(v, name) is not None]


def _spec_op(name: str) -> SpecOperation:
    found = operations_by_id().get(name)
    if found is None:
        pytest.fail(f"openapi.yaml has no operation {name!r}", pytrace=False)
    return found


# --------------------------------------------------------------------------- operations


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda v: v.label)
def test_the_expected_vendor_client_is_installed(vendor: Vendor) -> None:
    assert vendor.installed_version() == vendor.expected_version


def test_every_1614_operation_is_in_the_spec() -> None:
    in_spec = {op.operation_id for op in operations()}
    assert OPERATIONS_1614, "no operations found in the 1.6.14 client"
    assert set(OPERATIONS_1614) <= in_spec, sorted(set(OPERATIONS_1614) - in_spec)


def test_the_in_scope_set_is_1_7_5_minus_the_excluded() -> None:
    every = {name for name, op in vendor_operations(V175).items() if op.api_class in API_CLASSES}
    assert not EXCLUDED_175 - every, f"excluded but not in 1.7.5: {sorted(EXCLUDED_175 - every)}"
    assert set(IN_SCOPE_175) == every - EXCLUDED_175
    assert set(OPERATIONS_1614) <= set(IN_SCOPE_175), sorted(set(OPERATIONS_1614) - set(IN_SCOPE_175))
    others = {name for name, op in vendor_operations(V175).items() if op.api_class not in API_CLASSES}
    assert others >= OTHER_175, sorted(OTHER_175 - others)


@pytest.mark.parametrize("name", REQUIRED_175)
def test_required_1_7_5_operation_is_in_the_spec(name: str) -> None:
    _spec_op(name)


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda v: v.label)
def test_spec_operations_are_the_vendors(vendor: Vendor) -> None:
    """Every operation of the spec is one of 1.7.5's at the same place, and of 1.6.14's if it has it."""
    known = {(op.method, op.path): name for name, op in vendor_operations(vendor).items()}
    spec = {(op.method, op.path): op.operation_id for op in operations()}
    problems = []
    if vendor is V175:
        problems += [
            f"not a 1.7.5 operation: {m} {p} ({spec[m, p]})" for m, p in sorted(spec.keys() - known.keys())
        ]
        problems += [
            f"missing from openapi.yaml: {m} {p} ({known[m, p]})"
            for m, p in sorted(known.keys() - spec.keys())
            if known[m, p] in REQUIRED_175
        ]
    else:
        missing = sorted(known.keys() - spec.keys())
        problems += [f"missing from openapi.yaml: {m} {p} ({known[m, p]})" for m, p in missing]
    problems += [
        f"{m} {p}: operationId {spec[m, p]!r}, {vendor.label} method {known[m, p]!r}"
        for m, p in sorted(spec.keys() & known.keys())
        if spec[m, p] != known[m, p]
    ]
    _fail_on(problems)


def test_operation_ids_are_unique() -> None:
    ids = [op.operation_id for op in operations()]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def test_1_7_5_has_the_same_operations_at_the_same_places() -> None:
    problems = []
    for name, old in vendor_operations(V1614).items():
        new = _vendor_op(V175, name)
        if new is None:
            problems.append(f"{name}: not in 1.7.5")
        elif (new.method, new.path) != (old.method, old.path):
            problems.append(f"{name}: 1.6.14 {old.method} {old.path}, 1.7.5 {new.method} {new.path}")
    _fail_on(problems)


# --------------------------------------------------------------------------- parameters


def _vendor_params(name: str) -> dict[tuple[str, str], dict[str, VendorParam]]:
    """(location, wire name) -> vendor label -> the vendor's argument, for path and query parameters."""
    found: dict[tuple[str, str], dict[str, VendorParam]] = {}
    for vendor in VENDORS:
        vendor_op = _vendor_op(vendor, name)
        for key, param in (vendor_op.params if vendor_op else {}).items():
            if param.location in ("path", "query"):
                found.setdefault(key, {})[vendor.label] = param
    return found


def _expected_type(by_vendor: dict[str, VendorParam]) -> str | None:
    """The one JSON type that admits every value any client sends: int and float together need number."""
    types = frozenset().union(*(p.json_types for p in by_vendor.values()))
    if types == {"integer", "number"}:
        return "number"
    return next(iter(types)) if len(types) == 1 else None


def _check_parameter(
    name: str, key: tuple[str, str], spec: dict[str, Any], by_vendor: dict[str, VendorParam]
) -> Iterator[str]:
    where = f"{name}: {key[0]} parameter {key[1]!r}"
    should_require = key[0] == "path" or (
        len(by_vendor) == len(_vendors_with(name)) and all(p.required for p in by_vendor.values())
    )
    if bool(spec.get("required", False)) != should_require:
        yield f"{where}: required={spec.get('required', False)}, expected {should_require} from the vendors"
    expected = _expected_type(by_vendor)
    if any(p.collection_format == "csv" for p in by_vendor.values()):
        # A list joined by commas (1.7.5); a client that sends one string (1.6.14) fits it as well. The spec
        # may say so as an array in style simple, or as the one comma-joined string the client sends.
        declared_types = schema_types(spec.get("schema", {})) - {"null"}
        simple = spec.get("style", "simple") == "simple" and not spec.get("explode")
        expected = "string" if declared_types == {"string"} else ("array" if simple else None)
    # A parameter described as `content: application/json` travels as its JSON text: a string on the wire.
    on_the_wire = {"string"} if "application/json" in spec.get("content", {}) else None
    declared = on_the_wire or schema_types(spec.get("schema", {})) - {"null"}
    if expected is None or declared != {expected}:
        kinds = {label: sorted(p.json_types) for label, p in by_vendor.items()}
        yield f"{where}: schema type {sorted(declared)}, vendors send {kinds}"
    if V1614.label in by_vendor:
        yield from _check_default(name, key, spec, by_vendor[V1614.label])


def _check_default(
    name: str, key: tuple[str, str], spec: dict[str, Any], param: VendorParam
) -> Iterator[str]:
    vendor_op = vendor_operations(V1614)[name]
    documented = documented_defaults(V1614, vendor_op.api_class).get(name, {})
    schema = resolve(spec.get("schema", {}))
    if param.arg in documented:
        wanted, declared = documented[param.arg], schema.get("default", "<none>")
        if (type(declared), declared) != (type(wanted), wanted):
            yield f"{name}: {key[1]!r} default {declared!r}, the 1.6.14 docs say {wanted!r}"
    elif "default" in schema:
        yield f"{name}: {key[1]!r} has default {schema['default']!r}; the 1.6.14 docs give none"


@pytest.mark.parametrize("name", OPERATION_NAMES)
def test_parameters_match_the_vendors(name: str) -> None:
    spec_params = {k: v for k, v in _spec_op(name).parameters().items() if k[0] in ("path", "query")}
    vendor_params = _vendor_params(name)
    problems = [
        f"{name}: {loc} parameter {wire!r} sent by {sorted(vendor_params[loc, wire])} is missing"
        for loc, wire in sorted(vendor_params.keys() - spec_params.keys())
    ]
    problems += [
        f"{name}: {loc} parameter {wire!r} is sent by neither vendor client"
        for loc, wire in sorted(spec_params.keys() - vendor_params.keys())
    ]
    for key in sorted(spec_params.keys() & vendor_params.keys()):
        problems += _check_parameter(name, key, spec_params[key], vendor_params[key])
    other = sorted(f"{loc}:{n}" for loc, n in _spec_op(name).parameters() if loc not in ("path", "query"))
    problems += [f"{name}: unexpected header/cookie parameters {other}"] if other else []
    _fail_on(problems)


@pytest.mark.parametrize("name", OPERATION_NAMES)
def test_path_template_parameters_are_declared(name: str) -> None:
    op = _spec_op(name)
    templated = {part[1:-1] for part in op.path.split("/") if part.startswith("{")}
    declared = {n for loc, n in op.parameters() if loc == "path"}
    assert templated == declared


# --------------------------------------------------------------------------- request bodies


def _check_form(name: str, content: dict[str, Any], fields: list[VendorParam]) -> Iterator[str]:
    schema = resolve(content.get(MULTIPART, {}).get("schema", {}))
    properties = schema.get("properties", {})
    for form_field in fields:
        prop = resolve(properties.get(form_field.wire_name, {}))
        if not prop:
            yield f"{name}: multipart field {form_field.wire_name!r} is not in the request schema"
        elif "binary" in form_field.json_types and prop.get("format") != "binary":
            yield f"{name}: multipart field {form_field.wire_name!r} should be type string, format binary"


@pytest.mark.parametrize("name", OPERATION_NAMES)
def test_request_body_matches_the_vendors(name: str) -> None:
    body = _spec_op(name).request_body()
    sent = {v.label: op for v in VENDORS if (op := _vendor_op(v, name)) and (op.body or op.form_fields)}
    if not sent:
        assert body is None, f"{name}: neither vendor client sends a body"
        return
    assert body is not None, f"{name}: {sorted(sent)} send a body; the spec has none"
    content = body.get("content", {})
    problems = []
    wanted = sorted({ct for op in sent.values() for ct in op.content_types})
    if sorted(content) != wanted:
        problems.append(f"{name}: request media types {sorted(content)}, vendors send {wanted}")
    json_bodies = [op.body for op in sent.values() if op.body]
    if json_bodies:
        both_require = len(json_bodies) == len(_vendors_with(name)) and all(p.required for p in json_bodies)
        if bool(body.get("required", False)) != both_require:
            required_by = sorted(label for label, op in sent.items() if op.body and op.body.required)
            problems.append(f"{name}: body required={body.get('required', False)}; required by {required_by}")
    for vendor_op in sent.values():
        problems += _check_form(name, content, vendor_op.form_fields)
    _fail_on(problems)


def test_thumbnail_upload_is_multipart_with_a_binary_file() -> None:
    body = _spec_op("update_collection_thumbnail").request_body()
    assert body is not None
    schema = resolve(body["content"][MULTIPART]["schema"])
    assert schema["properties"]["file"] == {
        **schema["properties"]["file"],
        "type": "string",
        "format": "binary",
    }


# --------------------------------------------------------------------------- responses


# Bodies 1.7.5 parses without a model, and the spec's inline schema for each.
_PLAIN_BODIES = {"Dict[str, object]": ("object", "<free-form>"), "List[str]": ("array", "string")}


def _vendor_schema_shape(type_name: str | None) -> tuple[str, str] | None:
    """'List[ChatSession]' -> ('array', 'ChatSession'); 'Count' -> ('object', 'Count')."""
    if type_name is None:
        return None
    if type_name in _PLAIN_BODIES:
        return _PLAIN_BODIES[type_name]
    if type_name.startswith("List[") and type_name.endswith("]"):
        return "array", type_name[5:-1]
    return "object", type_name


# Our schema names where they differ from the vendor's model names (the shape is the same).
RENAMED_SCHEMAS = {"ArchivedChatSessions": "ListArchivedChatSessionsAsAdmin200Response"}


def _spec_schema_shape(schema: dict[str, Any]) -> tuple[str, str] | None:
    # A body that may be null (``anyOf: [$ref, null]``) is the referenced model or None to the clients.
    variants = [s for s in schema.get("anyOf", []) if s.get("type") != "null"]
    if len(variants) == 1 and len(schema["anyOf"]) == 2:
        schema = variants[0]
    if (name := ref_name(schema)) is not None:
        return "object", RENAMED_SCHEMAS.get(name, name)
    if schema.get("type") == "array" and (name := ref_name(schema.get("items"))) is not None:
        return "array", name
    if schema.get("type") == "array" and schema.get("items", {}).get("type") == "string":
        return "array", "string"
    if schema.get("type") == "object" and schema.get("additionalProperties") is True:
        return "object", "<free-form>"
    return None


def _check_success(
    name: str, code: str, response: dict[str, Any], vendor: Vendor, vendor_op: VendorOperation
) -> Iterator[str]:
    content = response.get("content", {})
    if code == "204":
        if content:
            yield f"{name}: 204 must not have a body, has {sorted(content)}"
        return
    if sorted(content) != sorted(vendor_op.accept):
        yield f"{name} {code}: media types {sorted(content)}, {vendor.label} accepts {vendor_op.accept}"
    wanted = _vendor_schema_shape(vendor_op.response_types[code])
    if wanted is not None and vendor.model(wanted[1]) is not None:
        wanted = (wanted[0], "Error" if wanted[1] == vendor.error_model else wanted[1])
    got = _spec_schema_shape(content.get(JSON, {}).get("schema", {}))
    if got != wanted:
        parsed = vendor_op.response_types[code]
        yield f"{name} {code}: application/json schema {got}, {vendor.label} parses {parsed!r}"


@pytest.mark.parametrize("name", OPERATION_NAMES)
def test_success_responses_match_the_vendors(name: str) -> None:
    responses = _spec_op(name).responses()
    spec_codes = sorted(c for c in responses if c.startswith("2"))
    problems = []
    for vendor in VENDORS:
        vendor_op = _vendor_op(vendor, name)
        if vendor_op is None:
            continue
        if spec_codes != sorted(vendor_op.success_codes):
            problems.append(
                f"{name}: 2xx {spec_codes}, {vendor.label} expects {sorted(vendor_op.success_codes)}"
            )
            continue
        for code in spec_codes:
            problems += _check_success(name, code, responses[code], vendor, vendor_op)
    _fail_on(problems)


def test_completion_offers_json_and_json_lines() -> None:
    content = _spec_op("get_completion").responses()["200"]["content"]
    assert sorted(content) == [JSON, JSONL]
    for vendor in VENDORS:
        vendor_op = _vendor_op(vendor, "get_completion")
        assert vendor_op is not None and vendor_op.accept == [JSON, JSONL], vendor.label
    assert ref_name(content[JSON]["schema"]) == "ChatCompletion"
    stream_line = resolve(content[JSONL]["schema"])
    assert sorted(ref_name(s) or "" for s in stream_line["oneOf"]) == ["ChatCompletionDelta", "ChatError"]


def _constrained(schema: dict[str, Any]) -> bool:
    """Whether a path parameter's schema refuses some strings: a pattern, or a list of items."""
    return "pattern" in schema or schema.get("type") == "array"


def _expected_errors(name: str, op: SpecOperation) -> set[str]:
    """401 always; 404 when an id names something; 400 when there is input to validate; 413 with a body;
    and whatever of 413, 415 and 500 a vendor client declares."""
    params = op.parameters()
    expected = {"401"}
    if any(loc == "path" or (loc == "query" and n.endswith("_id")) for loc, n in params):
        expected.add("404")
    if op.request_body() is not None or any(loc == "query" for loc, _ in params):
        expected.add("400")
    if any(loc == "path" and _constrained(param.get("schema", {})) for (loc, _), param in params.items()):
        expected.add("400")  # a path value can break the schema's pattern or list form
    if op.request_body() is not None:
        expected.add("413")
    for vendor in VENDORS:
        vendor_op = _vendor_op(vendor, name)
        expected |= {c for c in (vendor_op.response_types if vendor_op else {}) if c in {"413", "415", "500"}}
    return expected


@pytest.mark.parametrize("name", OPERATION_NAMES)
def test_errors_are_documented_where_they_can_happen(name: str) -> None:
    op = _spec_op(name)
    responses = op.responses()
    errors = {c for c in responses if not c.startswith("2")}
    problems = [f"{name}: undocumented error status {c}" for c in sorted(_expected_errors(name, op) - errors)]
    problems += [
        f"{name}: status {c} is outside {sorted(ERROR_STATUSES)}" for c in sorted(errors - ERROR_STATUSES)
    ]
    for code in sorted(errors & ERROR_STATUSES):
        content = responses[code].get("content", {})
        if list(content) != [JSON] or ref_name(content[JSON].get("schema")) != "Error":
            problems.append(f"{name} {code}: body must be application/json Error, is {content}")
    _fail_on(problems)


def test_error_schema_is_code_message_and_optional_error_type() -> None:
    error = resolve({"$ref": "#/components/schemas/Error"})
    assert sorted(error["properties"]) == ["code", "error_type", "message"]
    assert sorted(error["required"]) == ["code", "message"]


# --------------------------------------------------------------------------- models


def _refs_in(schema: Any) -> Iterator[str]:
    if isinstance(schema, dict):
        if (name := ref_name(schema)) is not None:
            yield name
        for key, value in schema.items():
            if key in ("properties", "$defs"):
                for sub in value.values():
                    yield from _refs_in(sub)
            elif key in ("items", "additionalProperties", "not", "oneOf", "anyOf", "allOf", "prefixItems"):
                yield from _refs_in(value)
    elif isinstance(schema, list):
        for item in schema:
            yield from _refs_in(item)


def _closure(roots: list[str]) -> list[str]:
    seen: list[str] = []
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.append(name)
            todo += _refs_in(resolve({"$ref": f"#/components/schemas/{name}"}))
    return sorted(seen)


def _response_schema_names() -> list[str]:
    roots = [
        name
        for op in operations()
        for response in op.responses().values()
        for media in response.get("content", {}).values()
        for name in _refs_in(media.get("schema", {}))
    ]
    return _closure(roots)


RESPONSE_SCHEMAS = [n for n in _response_schema_names() if any(v.model(n) for v in VENDORS)]


def _nullable(prop: dict[str, Any]) -> bool:
    branches = [prop, *prop.get("oneOf", []), *prop.get("anyOf", [])]
    return any("null" in schema_types(b) for b in branches if "$ref" not in b)


def _samples(prop: dict[str, Any]) -> list[Any]:
    """Values a server may emit for a property with no $ref (enum values, or one per JSON type)."""
    if "enum" in prop:
        return [v for v in prop["enum"] if v is not None]
    by_type: dict[str, list[Any]] = {
        "string": ["2026-11-21T09:30:00Z" if prop.get("format") == "date-time" else "x"],
        "integer": [1],
        "number": [1, 1.5],
        "boolean": [True],
        "array": [[]],
        "object": [{}],
    }
    return [v for t in sorted(schema_types(prop) - {"null"}) for v in by_type.get(t, [])]


def _check_property(
    schema: str, prop_name: str, prop: dict[str, Any], vendor: Vendor, model: type[pydantic.BaseModel]
) -> Iterator[str]:
    attr = model_fields_by_alias(model).get(prop_name)
    if attr is None:
        return
    where = f"{schema}.{prop_name} ({vendor.label})"
    if _nullable(prop) and (error := field_admits(model, attr, None)):
        yield f"{where}: the spec allows null, the client rejects it: {error}"
    if (schema, prop_name) in ECHOED_FIELDS or "$ref" in prop or "oneOf" in prop or "anyOf" in prop:
        return  # nested schemas are checked on their own; echoed fields below
    for sample in _samples(prop):
        if error := field_admits(model, attr, sample):
            yield f"{where}: the spec allows {sample!r}, the client rejects it: {error}"


@pytest.mark.parametrize("schema", RESPONSE_SCHEMAS)
def test_response_schema_is_readable_by_both_clients(schema: str) -> None:
    spec = resolve({"$ref": f"#/components/schemas/{schema}"})
    properties: dict[str, Any] = spec.get("properties", {})
    models = {v.label: m for v in VENDORS if (m := v.model(schema)) is not None}
    fields = {label: set(model_fields_by_alias(m)) for label, m in models.items()}
    required_by = {
        label: {n for n, attr in model_fields_by_alias(m).items() if m.model_fields[attr].is_required()}
        for label, m in models.items()
    }
    union_required = set().union(*required_by.values())
    problems = [
        f"{schema}: property {p!r} is defined by neither client model"
        for p in sorted(set(properties) - set().union(*fields.values()))
    ]
    if set(spec.get("required", [])) != union_required:
        problems.append(
            f"{schema}: required {sorted(spec.get('required', []))}, clients require {required_by}"
        )
    problems += [
        f"{schema}: required field {p!r} is not a property" for p in sorted(union_required - set(properties))
    ]
    for vendor in VENDORS:
        if (model := models.get(vendor.label)) is not None:
            for prop_name, prop in properties.items():
                problems += _check_property(schema, prop_name, prop, vendor, model)
    _fail_on(problems)


@pytest.mark.parametrize("schema", ["ChatSettings", "ChatCompletionRequest"])
def test_include_chat_history_accepts_the_values_of_either_client(schema: str) -> None:
    """1.6.14 writes `true`/`false`, 1.7.5's ChatSettings `on`/`off`; the server echoes what a client wrote.
    The spec may list every spelling in both schemas, but no value that no client knows."""
    prop = resolve({"$ref": f"#/components/schemas/{schema}"})["properties"]["include_chat_history"]
    spec_values = {v for v in prop["enum"] if v is not None}
    sent, known = set(), set()
    for vendor in VENDORS:
        for name in ("ChatSettings", "ChatCompletionRequest"):
            model = vendor.model(name)
            assert model is not None, f"{vendor.label} has no {name}"
            values = set(enum_values(model, "include_chat_history") or [])
            known |= values
            sent |= values if name == schema else set()
    assert sent <= spec_values, f"values a client sends that the spec rejects: {sorted(sent - spec_values)}"
    assert spec_values <= known, f"values no client knows: {sorted(spec_values - known)}"
    assert None in prop["enum"] and "null" in schema_types(prop)


def _request_pairs() -> Iterator[tuple[str, str, Vendor]]:
    for name in OPERATION_NAMES:
        body = _spec_op(name).request_body()
        schema = (body or {}).get("content", {}).get(JSON, {}).get("schema")
        for vendor in VENDORS:
            vendor_op = _vendor_op(vendor, name)
            if schema is not None and vendor_op and vendor_op.body and vendor_op.body.model:
                yield name, ref_name(schema) or "<inline>", vendor


REQUEST_CASES = [
    pytest.param(n, s, v, id=f"{n}-{v.label}")
    for n, s, v in sorted(_request_pairs(), key=lambda c: (c[0], c[2].label))
]


def _nested_refs(prop: dict[str, Any]) -> list[str]:
    return [n for n in [ref_name(prop), *(ref_name(b) for b in prop.get("oneOf", []))] if n]


def _compare_request_model(schema: str, model: type[pydantic.BaseModel], label: str) -> Iterator[str]:
    """Every field the client can send is a property, every enum value it allows is valid; recursively."""
    properties: dict[str, Any] = resolve({"$ref": f"#/components/schemas/{schema}"}).get("properties", {})
    for alias, attr in model_fields_by_alias(model).items():
        if alias not in properties:
            yield f"{schema}: field {alias!r} that {label} can send is not declared"
            continue
        prop = resolve(properties[alias])
        allowed = [v for b in [prop, *prop.get("oneOf", [])] for v in resolve(b).get("enum", [])]
        missing = [v for v in (enum_values(model, attr) or []) if allowed and v not in allowed]
        if missing:
            yield f"{schema}.{alias}: {label} may send {missing}, the spec's enum is {allowed}"
        refs, nested = _nested_refs(prop), model_classes(model.model_fields[attr].annotation)
        for ref in refs:
            for nested_model in nested:
                if nested_model.__name__ == ref or (len(refs) == len(nested) == 1):
                    yield from _compare_request_model(ref, nested_model, label)


@pytest.mark.parametrize(("name", "schema", "vendor"), REQUEST_CASES)
def test_request_schema_accepts_what_the_client_sends(name: str, schema: str, vendor: Vendor) -> None:
    vendor_op = _vendor_op(vendor, name)
    assert vendor_op is not None and vendor_op.body is not None and vendor_op.body.model is not None
    assert schema != "<inline>", f"{name}: the request body schema should be a component"
    _fail_on(list(_compare_request_model(schema, vendor_op.body.model, vendor.label)))
