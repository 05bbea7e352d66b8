"""The one place that wires the mock server: routes, services, auth, errors, CORS, docs, admin and faults."""

from __future__ import annotations

import sys
from collections.abc import Awaitable

from litestar import Litestar, Router
from litestar.config.cors import CORSConfig
from litestar.datastructures import State
from litestar.di import Provide
from litestar.enums import HttpMethod, ScopeType
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from .admin import (
    FaultController,
    RequestLogController,
    StateController,
    admin_guard,
    admin_openapi_yaml,
)
from .api.auth import BearerAuthMiddleware, sdk_router
from .api.chat_lifecycle import ArchivedChatSessionController, ChatLifecycleController
from .api.chats import ChatSessionController
from .api.chunks import ChunkController
from .api.collection_jobs import CollectionJobController
from .api.collection_lifecycle import CollectionLifecycleController
from .api.collections import CollectionController
from .api.docs import admin_docs_page, docs_assets, docs_page, root_redirect
from .api.documents import DocumentController
from .api.feedback import FeedbackController
from .api.files import download_file
from .api.ingest import IngestController
from .api.jobs import JobController
from .api.messages import MessageController
from .api.meta import health, openapi_yaml
from .api.models import ModelController
from .api.prompt_templates import PromptTemplateController
from .api.request import ApiRequest
from .api.rpc import RpcController
from .api.sharing import CollectionSharingController, TemplateSharingController
from .api.uploads import UploadController
from .api.ws import chat_socket
from .control import Controls, Pacing, Policy
from .control.middleware import ControlMiddleware, simulatable_statuses
from .errors import exception_handlers
from .http.drain import DrainUnreadBody
from .http.preflight import JsonPreflightRefusal
from .http.shared import sharing
from .http.slashes import EncodedSlashes
from .requestlog import RequestLog, RequestLogMiddleware
from .runtime import Runtime
from .settings import Settings
from .store import InMemoryStore, Store

__all__ = ["ADMIN_PREFIX", "API_PREFIX", "create_app", "initial_policy", "open_store"]

API_PREFIX = "/api/v1"
ADMIN_PREFIX = "/admin"


def create_app(settings: Settings | None = None, store: Store | None = None) -> Litestar:
    """Build a mock server over ``store`` as it is, or over the store the settings name, filled from the
    settings' fixtures when it holds no data yet."""
    settings = settings or Settings()
    controls = Controls(initial_policy(settings), settings.seed, simulatable_statuses)
    log = RequestLog(echo=sys.stderr if settings.log_requests else None, unlisted=(ADMIN_PREFIX,))
    opened = store is None
    if store is None:
        store, fresh = open_store(settings)
        runtime = Runtime(settings, store, controls, log)
        if fresh:
            runtime.seed()
        else:
            runtime.add_tokens()
    else:
        runtime = Runtime(settings, store, controls, log)

    async def provide_runtime() -> Runtime:
        return runtime

    request_class = ApiRequest.for_runtime(runtime)

    api = Router(
        API_PREFIX,
        route_handlers=[
            ChatSessionController,
            ChatLifecycleController,
            ArchivedChatSessionController,
            MessageController,
            FeedbackController,
            ModelController,
            CollectionController,
            CollectionLifecycleController,
            CollectionSharingController,
            PromptTemplateController,
            TemplateSharingController,
            CollectionJobController,
            DocumentController,
            JobController,
            ChunkController,
            UploadController,
            IngestController,
        ],
        # Authentication first: a caller without a valid token gets 401 whatever faults are configured,
        # as a real server would refuse them before doing any work.
        middleware=[sharing(BearerAuthMiddleware, runtime), sharing(ControlMiddleware, controls)],
        request_class=request_class,
    )
    admin = Router(
        ADMIN_PREFIX,
        route_handlers=[StateController, RequestLogController, FaultController],
        guards=[admin_guard(settings.admin_token)],
        dependencies={"runtime": Provide(provide_runtime)},
        # An export holds whatever the API let users build (thumbnails of up to 5 MiB each, any number of
        # records), so loading one back is not bound by the API's body limit; the token guards it.
        request_max_body_size=None,
    )
    app = Litestar(
        route_handlers=[
            api,
            admin,
            sdk_router("/rpc", [RpcController], request_class),
            sdk_router("/", [download_file], request_class),
            chat_socket,
            admin_openapi_yaml,
            openapi_yaml,
            docs_page,
            admin_docs_page,
            root_redirect,
            docs_assets,
            health,
        ],
        openapi_config=None,
        # Logging is the host process's to configure: Litestar's default would replace the root logger's
        # handlers and lower its level to INFO in every test suite that builds an app. Unhandled errors are
        # logged by `errors`; the CLI and the workers give them a handler (`serving.configure_logging`).
        logging_config=None,
        exception_handlers=exception_handlers,
        cors_config=_cors(settings),
        request_max_body_size=settings.max_body_bytes,
        state=State({"store": store, "controls": controls, "runtime": runtime, "settings": settings}),
        # Jobs that take time are run by a timer while the server runs (and by any read of a job).
        lifespan=[lambda _: runtime.job_timer()] if settings.job_seconds > 0 else [],
        # A store the app opened is the app's to close; one it was given belongs to the caller.
        on_shutdown=[store.close] if opened else [],
    )
    # Around everything Litestar does, so unknown paths, CORS preflights and refused requests are logged;
    # Litestar's own middleware only runs for requests that matched a route.
    app.asgi_handler = EncodedSlashes(
        DrainUnreadBody(
            RequestLogMiddleware(_AllowHeaderFix(JsonPreflightRefusal(app.asgi_handler), app), log)
        )
    )
    return app


def open_store(settings: Settings) -> tuple[Store, bool]:
    """The store the settings name (a SQLite file, a PostgreSQL database, else memory), and whether it
    holds no data yet."""
    if settings.database_url is None and settings.data is None:
        return InMemoryStore(), True
    from .store.sql import SqlStore  # SQLAlchemy is imported only by servers that use it

    return SqlStore.open(settings.database_url or f"sqlite:///{settings.data}")


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


class _AllowHeaderFix:
    """Answer OPTIONS with every method of the path; Litestar 2 lists only the first handler's.

    An ASGI wrapper rather than a ``before_send`` hook, so requests of other methods pay nothing.
    """

    def __init__(self, app: ASGIApp, litestar: Litestar) -> None:
        self.app = app
        self._allowed = {
            route.path_format: ", ".join(sorted(route.methods | {"OPTIONS"} - {"HEAD"}))
            for route in litestar.routes
        }

    def __call__(self, scope: Scope, receive: Receive, send: Send) -> Awaitable[None]:
        """Pass the request on, rewriting the Allow header of an OPTIONS answer."""
        if scope["type"] != ScopeType.HTTP or scope["method"] != HttpMethod.OPTIONS:
            # The inner app's own awaitable: other methods cost this layer no coroutine of its own.
            return self.app(scope, receive, send)
        return self._options(scope, receive, send)

    async def _options(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def fix(message: Message) -> None:
            methods = self._allowed.get(str(scope.get("path_template", "")))
            if message["type"] == "http.response.start" and methods is not None:
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"allow"]
                message["headers"] = [*headers, (b"allow", methods.encode())]
            await send(message)

        await self.app(scope, receive, fix)
