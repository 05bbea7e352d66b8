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

import pytest

from ._parity import (
    OPERATION_NAMES,
    fail_on,
    operation_of,
    spec_op,
)
from ._spec import operations, resolve, schema_types
from ._vendor import (
    API_CLASSES,
    EXCLUDED_175,
    V175,
    V1614,
    VENDORS,
    Vendor,
    VendorParam,
    in_scope_175,
    vendor_operations,
)
from ._vendor_docs import documented_defaults

MULTIPART = "multipart/form-data"

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


def vendors_with(name: str) -> list[Vendor]:
    """The vendor clients that have the operation."""
    return [v for v in VENDORS if operation_of(v, name) is not None]


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
    spec_op(name)


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
    fail_on(problems)


def test_operation_ids_are_unique() -> None:
    ids = [op.operation_id for op in operations()]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def test_1_7_5_has_the_same_operations_at_the_same_places() -> None:
    problems = []
    for name, old in vendor_operations(V1614).items():
        new = operation_of(V175, name)
        if new is None:
            problems.append(f"{name}: not in 1.7.5")
        elif (new.method, new.path) != (old.method, old.path):
            problems.append(f"{name}: 1.6.14 {old.method} {old.path}, 1.7.5 {new.method} {new.path}")
    fail_on(problems)


# --------------------------------------------------------------------------- parameters


def _vendor_params(name: str) -> dict[tuple[str, str], dict[str, VendorParam]]:
    """(location, wire name) -> vendor label -> the vendor's argument, for path and query parameters."""
    found: dict[tuple[str, str], dict[str, VendorParam]] = {}
    for vendor in VENDORS:
        vendor_op = operation_of(vendor, name)
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
        len(by_vendor) == len(vendors_with(name)) and all(p.required for p in by_vendor.values())
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
    spec_params = {k: v for k, v in spec_op(name).parameters().items() if k[0] in ("path", "query")}
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
    other = sorted(f"{loc}:{n}" for loc, n in spec_op(name).parameters() if loc not in ("path", "query"))
    problems += [f"{name}: unexpected header/cookie parameters {other}"] if other else []
    fail_on(problems)


@pytest.mark.parametrize("name", OPERATION_NAMES)
def test_path_template_parameters_are_declared(name: str) -> None:
    op = spec_op(name)
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
    body = spec_op(name).request_body()
    sent = {v.label: op for v in VENDORS if (op := operation_of(v, name)) and (op.body or op.form_fields)}
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
        both_require = len(json_bodies) == len(vendors_with(name)) and all(p.required for p in json_bodies)
        if bool(body.get("required", False)) != both_require:
            required_by = sorted(label for label, op in sent.items() if op.body and op.body.required)
            problems.append(f"{name}: body required={body.get('required', False)}; required by {required_by}")
    for vendor_op in sent.values():
        problems += _check_form(name, content, vendor_op.form_fields)
    fail_on(problems)


def test_thumbnail_upload_is_multipart_with_a_binary_file() -> None:
    body = spec_op("update_collection_thumbnail").request_body()
    assert body is not None
    schema = resolve(body["content"][MULTIPART]["schema"])
    assert schema["properties"]["file"] == {
        **schema["properties"]["file"],
        "type": "string",
        "format": "binary",
    }
