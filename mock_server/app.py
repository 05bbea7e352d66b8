"""The one place that wires the mock server: routes, services, auth, errors, CORS, docs, admin and faults."""

from __future__ import annotations

import sys
from typing import Any

from litestar import Litestar, Router
from litestar.config.cors import CORSConfig
from litestar.datastructures import State
from litestar.di import Provide
from litestar.middleware import DefineMiddleware
from litestar.static_files import create_static_files_router
from litestar.types import Message, Scope
from swagger_ui_bundle import swagger_ui_path

from .admin import (
    CataloguedStore,
    FaultController,
    RequestLogController,
    Runtime,
    StateController,
    admin_guard,
    admin_openapi_yaml,
)
from .api.auth import BearerAuthMiddleware
from .api.chats import ChatSessionController
from .api.collections import CollectionController
from .api.deps import ServicesDep, User, current_user
from .api.messages import MessageController
from .api.meta import docs_page, health, openapi_yaml
from .api.prompt_templates import PromptTemplateController
from .control import Controls, Pacing, Policy
from .control.middleware import ControlMiddleware, simulatable_statuses
from .errors import exception_handlers
from .requestlog import RequestLog, RequestLogMiddleware
from .services import Services
from .settings import Settings
from .store import InMemoryStore, Store

__all__ = ["ADMIN_PREFIX", "API_PREFIX", "create_app", "initial_policy"]

API_PREFIX = "/api/v1"
ADMIN_PREFIX = "/admin"


def create_app(settings: Settings | None = None, store: Store | None = None) -> Litestar:
    """Build a mock server; without a store, an in-memory one is filled from the settings' fixtures."""
    settings = settings or Settings()
    seeded = store is None
    catalogued = CataloguedStore(store if store is not None else InMemoryStore())
    controls = Controls(initial_policy(settings), settings.seed, simulatable_statuses)
    log = RequestLog(echo=sys.stderr if settings.log_requests else None, unlisted=(ADMIN_PREFIX,))
    runtime = Runtime(settings, catalogued, controls, log, seeded)

    # Each of these names the dependency resolved before it (user, then services, then settings) only so
    # that Litestar resolves them one after the other: dependencies that do not depend on each other are
    # resolved concurrently in an anyio task group, which per request cost more than most handlers.
    async def provide_services(user: User) -> Services:
        # Looked up per request: the admin API replaces the services on reset and load.
        return runtime.services

    async def provide_runtime() -> Runtime:
        return runtime

    async def provide_settings(services: ServicesDep) -> Settings:
        return settings

    api = Router(
        API_PREFIX,
        route_handlers=[
            ChatSessionController,
            MessageController,
            CollectionController,
            PromptTemplateController,
        ],
        # Faults first, so a simulated failure replaces whatever the server would have answered.
        middleware=[
            DefineMiddleware(ControlMiddleware),
            DefineMiddleware(BearerAuthMiddleware),
        ],
        dependencies={
            "user": Provide(current_user),
            "services": Provide(provide_services),
            "settings": Provide(provide_settings),
        },
    )
    admin = Router(
        ADMIN_PREFIX,
        route_handlers=[StateController, RequestLogController, FaultController],
        guards=[admin_guard(settings.admin_token)],
        dependencies={"runtime": Provide(provide_runtime)},
    )
    app = Litestar(
        route_handlers=[
            api,
            admin,
            admin_openapi_yaml,
            openapi_yaml,
            docs_page,
            health,
            create_static_files_router(
                "/docs/assets", directories=[swagger_ui_path], include_in_schema=False
            ),
        ],
        openapi_config=None,
        exception_handlers=exception_handlers,
        cors_config=_cors(settings),
        request_max_body_size=settings.max_body_bytes,
        state=State({"store": catalogued, "controls": controls, "runtime": runtime}),
        before_send=[],
    )
    app.before_send.append(_allow_header_fix(app))
    # Around everything Litestar does, so unknown paths, CORS preflights and refused requests are logged;
    # Litestar's own middleware only runs for requests that matched a route.
    app.asgi_handler = RequestLogMiddleware(app.asgi_handler, log)
    return app


def initial_policy(settings: Settings) -> Policy:
    """The fault policy a server starts with; the settings' streaming pace is its server-wide pacing."""
    return Policy(
        latency=settings.latency,
        errors=settings.errors,
        pacing=Pacing(
            time_to_first_token=settings.time_to_first_token, tokens_per_second=settings.tokens_per_second
        ),
        stream_fault=settings.stream_fault,
        operations=settings.operations,
    )


def _cors(settings: Settings) -> CORSConfig:
    return CORSConfig(
        allow_origins=list(settings.cors_origins),
        allow_origin_regex=settings.cors_origin_regex,
        allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
        allow_headers=["Authorization", "Content-Type", "Accept"],
        allow_credentials=False,
        max_age=600,
    )


def _allow_header_fix(app: Litestar) -> Any:
    """Answer OPTIONS with every method of the path; Litestar 2 lists only the first handler's."""
    allowed = {
        route.path_format: ", ".join(sorted(route.methods | {"OPTIONS"} - {"HEAD"})) for route in app.routes
    }

    async def fix(message: Message, scope: Scope) -> None:
        if scope.get("method") != "OPTIONS" or message["type"] != "http.response.start":
            return
        methods = allowed.get(str(scope.get("path_template", "")))
        if methods is None:
            return
        headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"allow"]
        message["headers"] = [*headers, (b"allow", methods.encode())]

    return fix
