"""What the vendor's installed, generated clients put on the wire, read from the clients themselves.

Each public method of ChatApi, CollectionsApi and PromptTemplatesApi has a `_<op>_serialize` method that
builds the request. It is called here with a unique sentinel per argument on an API object whose
`api_client` only records what it is given, so the HTTP method, the path and where every argument ends up
(path, query, JSON body or form) come from running the vendor's own code. The 2xx and error codes come
from the `_response_types_map` literal in the method's source; argument types from its signature.
"""

from __future__ import annotations

import ast
import functools
import importlib
import importlib.metadata
import importlib.util
import inspect
import textwrap
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pydantic

from ._annotations import json_types, model_classes

API_CLASSES = ("ChatApi", "CollectionsApi", "PromptTemplatesApi")
# The operations of those classes in 1.7.5 that issue 12 leaves out: agents, human-in-the-loop, slash-command
# pairs, admin clean-up, feedback export, connectors, and vector matching.
EXCLUDED_175 = frozenset(
    {
        "list_agent_server_files",
        "delete_agent_server_files",
        "list_all_agent_server_directories_stats",
        "get_agent_server_directory_stats",
        "delete_agent_server_directories",
        "send_hitl_message",
        "insert_command_synth_pair",
        "admin_cleanup_chat_sessions",
        "reset_all_collection_expirations",
        "download_feedback_export",
        "list_scheduled_connectors_for_collection",
        "migrate_scheduled_connectors_to_collection",
        "match_collection_chunks",
    }
)
# The API classes of 1.7.5 whose operations the spec takes in part (issue 12), on top of the three.
API_CLASSES_175 = (*API_CLASSES, "JobsApi", "DocumentsApi", "DocumentIngestionApi", "ModelsApi")
_SKIPPED_SUFFIXES = ("_with_http_info", "_without_preload_content")
_CONTROL_ARGS = {"_request_auth": None, "_content_type": None, "_headers": None, "_host_index": 0}


@dataclass(frozen=True)
class Vendor:
    """One installed vendor client."""

    label: str
    distribution: str
    expected_version: str
    package: str
    error_model: str
    api_classes: tuple[str, ...] = API_CLASSES

    @property
    def api_module(self) -> types.ModuleType:
        return importlib.import_module(f"{self.package}.api")

    @property
    def models_module(self) -> types.ModuleType:
        return importlib.import_module(f"{self.package}.models")

    def installed_version(self) -> str:
        return importlib.metadata.version(self.distribution)

    def model(self, name: str) -> type[pydantic.BaseModel] | None:
        """The vendor's model class for a spec schema name (the spec's `Error` is 1.7.5's `EndpointError`)."""
        found = getattr(self.models_module, self.error_model if name == "Error" else name, None)
        return found if isinstance(found, type) and issubclass(found, pydantic.BaseModel) else None


V1614 = Vendor("1.6.14", "h2ogpte-rest-client", "1.6.14.dev6", "h2ogpte_rest_client", "Error")
V175 = Vendor("1.7.5", "h2ogpte", "1.7.5", "h2ogpte.rest_sync", "EndpointError", API_CLASSES_175)
VENDORS = (V1614, V175)


@dataclass(frozen=True)
class VendorParam:
    """One argument of a vendor method and where the vendor client puts it."""

    arg: str
    wire_name: str
    location: str  # "path", "query", "body" (a JSON body) or "form" (a multipart field)
    required: bool
    annotation: Any
    collection_format: str | None = None

    @property
    def json_types(self) -> frozenset[str]:
        """The JSON types of the values the client may send (without null)."""
        found = json_types(self.annotation) - {"null"}
        if self.location == "path" and self.collection_format == "csv":
            return frozenset({"string"})  # a list in a path is sent comma-joined
        return found

    @property
    def model(self) -> type[pydantic.BaseModel] | None:
        """The request model of a JSON body argument."""
        return next(iter(model_classes(self.annotation)), None)


@dataclass
class VendorOperation:
    name: str
    api_class: str
    method: str
    path: str
    params: dict[tuple[str, str], VendorParam]
    response_types: dict[str, str | None]
    accept: list[str]
    content_types: list[str] = field(default_factory=list)

    @property
    def success_codes(self) -> set[str]:
        return {code for code in self.response_types if code.startswith("2")}

    @property
    def body(self) -> VendorParam | None:
        return next((p for p in self.params.values() if p.location == "body"), None)

    @property
    def form_fields(self) -> list[VendorParam]:
        return [p for p in self.params.values() if p.location == "form"]


class _RecordingApiClient:
    """Stands in for the vendor ApiClient: remembers what the serializer passes it."""

    def __init__(self) -> None:
        self.accept: list[str] = []
        self.content_types: list[str] = []
        self.request: dict[str, Any] = {}

    def select_header_accept(self, accepts: list[str]) -> str | None:
        self.accept = list(accepts)
        return accepts[0] if accepts else None

    def select_header_content_type(self, content_types: list[str]) -> str | None:
        self.content_types = list(content_types)
        return content_types[0] if content_types else None

    def param_serialize(self, **kwargs: Any) -> dict[str, Any]:
        self.request = kwargs
        return kwargs


def public_method_names(api_class: type) -> list[str]:
    return sorted(
        name
        for name, _ in inspect.getmembers(api_class, inspect.isfunction)
        if not name.startswith("_") and not name.endswith(_SKIPPED_SUFFIXES)
    )


def _sentinel(arg: str) -> str:
    return f"\x00sentinel:{arg}\x00"


def _locate(arg: str, request: dict[str, Any]) -> tuple[str, str] | None:
    """(location, wire name) of the argument whose sentinel the serializer put somewhere."""
    value = _sentinel(arg)
    places: list[tuple[str, list[tuple[str, Any]]]] = [
        ("path", list((request.get("path_params") or {}).items())),
        ("query", list(request.get("query_params") or [])),
        ("form", list(request.get("post_params") or []) + list((request.get("files") or {}).items())),
    ]
    for location, pairs in places:
        for name, sent in pairs:
            if sent == value:
                return location, name
    return ("body", arg) if request.get("body") == value else None


def _response_types_map(method: Callable[..., Any]) -> dict[str, str | None]:
    tree = ast.parse(textwrap.dedent(inspect.getsource(method)))
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(isinstance(t, ast.Name) and t.id == "_response_types_map" for t in targets):
                assert node.value is not None
                found: dict[str, str | None] = ast.literal_eval(node.value)
                return found
    raise AssertionError(f"no _response_types_map literal in {method.__qualname__}")


def _introspect(api_class: type, name: str) -> VendorOperation:
    public = getattr(api_class, name)
    serializer = getattr(api_class, f"_{name}_serialize")
    signature = inspect.signature(public)
    args = [a for a in inspect.signature(serializer).parameters if a != "self"]
    recorder = _RecordingApiClient()
    serializer(
        api_class(recorder), **{a: _CONTROL_ARGS[a] if a in _CONTROL_ARGS else _sentinel(a) for a in args}
    )
    request = recorder.request
    params: dict[tuple[str, str], VendorParam] = {}
    for arg in (a for a in args if a not in _CONTROL_ARGS):
        where = _locate(arg, request)
        assert where is not None, f"{api_class.__name__}.{name}: cannot tell where argument {arg!r} is sent"
        declared = signature.parameters[arg]
        params[where] = VendorParam(
            arg=arg,
            wire_name=where[1],
            location=where[0],
            required=declared.default is inspect.Parameter.empty,
            annotation=declared.annotation,
            collection_format=(request.get("collection_formats") or {}).get(where[1]),
        )
    return VendorOperation(
        name=name,
        api_class=api_class.__name__,
        method=str(request["method"]).upper(),
        path=str(request["resource_path"]),
        params=params,
        response_types=_response_types_map(public),
        accept=recorder.accept,
        content_types=recorder.content_types,
    )


@functools.cache
def vendor_operations(vendor: Vendor) -> dict[str, VendorOperation]:
    """Every public operation of the vendor client's API classes in scope, by method name."""
    found: dict[str, VendorOperation] = {}
    for class_name in vendor.api_classes:
        api_class = getattr(vendor.api_module, class_name)
        for name in public_method_names(api_class):
            assert name not in found, f"{name} is defined by two API classes"
            found[name] = _introspect(api_class, name)
    return found


def in_scope_175() -> list[str]:
    """The 1.7.5 operations of ChatApi, CollectionsApi and PromptTemplatesApi (``API_CLASSES``) that issue 12
    takes in whole: all but ``EXCLUDED_175``."""
    ops = vendor_operations(V175)
    return sorted(
        name for name, op in ops.items() if op.api_class in API_CLASSES and name not in EXCLUDED_175
    )
