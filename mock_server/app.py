"""The one place that wires the mock server: routes, services, auth, errors, CORS and docs."""

from __future__ import annotations

from typing import Any

from litestar import Litestar, Router
from litestar.config.cors import CORSConfig
from litestar.datastructures import State
from litestar.di import Provide
from litestar.middleware import DefineMiddleware
from litestar.static_files import create_static_files_router
from litestar.types import Message, Scope
from swagger_ui_bundle import swagger_ui_path

from .api.auth import BearerAuthMiddleware
from .api.chats import ChatSessionController
from .api.collections import CollectionController
from .api.deps import current_user
from .api.messages import MessageController
from .api.meta import docs_page, health, openapi_yaml
from .api.prompt_templates import PromptTemplateController
from .errors import exception_handlers
from .seeding import load_fixture_file
from .services import Services, build_services
from .settings import Settings
from .store import InMemoryStore, Store

__all__ = ["API_PREFIX", "create_app"]

API_PREFIX = "/api/v1"


def create_app(settings: Settings | None = None, store: Store | None = None) -> Litestar:
    """Build a mock server; without a store, an in-memory one is filled from the settings' fixtures."""
    settings = settings or Settings()
    seeded = store is None
    store = store if store is not None else InMemoryStore()
    services = build_services(store, settings.seed)
    if seeded:
        load_fixture_file(services, settings)

    async def provide_services() -> Services:
        return services

    async def provide_settings() -> Settings:
        return settings

    api = Router(
        API_PREFIX,
        route_handlers=[
            ChatSessionController,
            MessageController,
            CollectionController,
            PromptTemplateController,
        ],
        middleware=[DefineMiddleware(BearerAuthMiddleware)],
        dependencies={
            "user": Provide(current_user),
            "services": Provide(provide_services),
            "settings": Provide(provide_settings),
        },
    )
    app = Litestar(
        route_handlers=[
            api,
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
        state=State({"store": store, "services": services}),
        before_send=[],
    )
    app.before_send.append(_allow_header_fix(app))
    return app


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
