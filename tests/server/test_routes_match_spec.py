"""The server implements exactly the spec's operations: same methods, paths and operationIds."""

from __future__ import annotations

from pathlib import Path

from litestar import Litestar
from litestar.handlers import HTTPRouteHandler

from contract_tests.spec import load_yaml
from mock_server import API_PREFIX

SPEC = load_yaml(Path(__file__).resolve().parents[2] / "openapi.yaml")
METHODS = {"get", "put", "post", "patch", "delete"}


def _spec_operations() -> set[tuple[str, str, str]]:
    base = SPEC["servers"][0]["url"]
    return {
        (method.upper(), base + path, op["operationId"])
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


def _server_operations(app: Litestar) -> set[tuple[str, str, str]]:
    found: set[tuple[str, str, str]] = set()
    for route in app.routes:
        if not route.path.startswith(API_PREFIX):
            continue
        for handler in getattr(route, "route_handlers", []):
            assert isinstance(handler, HTTPRouteHandler)
            for method in handler.http_methods:
                if method not in {"OPTIONS", "HEAD"}:
                    found.add((str(method), route.path_format, str(handler.operation_id)))
    return found


def test_server_operations_equal_spec_operations(app: Litestar) -> None:
    server, spec = _server_operations(app), _spec_operations()
    assert spec, "the spec lists no operations under the API prefix"
    assert server == spec, f"only in server: {sorted(server - spec)}; only in spec: {sorted(spec - server)}"
