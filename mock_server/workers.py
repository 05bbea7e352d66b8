"""The app of each worker process of ``--workers N``: the parent's settings, passed in the environment."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import msgspec
from litestar import Litestar

from .app import create_app
from .serving import WEBSOCKETS, configure_logging
from .settings import Settings

__all__ = ["SETTINGS_ENV", "app_from_environment", "serve_workers"]

SETTINGS_ENV = "MOCK_WORKER_SETTINGS"


def app_from_environment() -> Litestar:
    """Build a worker's app from the settings the parent put in ``MOCK_WORKER_SETTINGS`` (JSON)."""
    configure_logging()
    return create_app(msgspec.json.decode(os.environ[SETTINGS_ENV], type=Settings, dec_hook=_path))


def _path(type_: type[Any], value: Any) -> Any:
    if type_ is Path and isinstance(value, str):
        return Path(value)
    raise NotImplementedError(f"cannot read {type_} from the worker settings")


def serve_workers(settings: Settings) -> None:
    """Serve with ``settings.workers`` processes, each building its app from these settings."""
    import uvicorn

    os.environ[SETTINGS_ENV] = msgspec.json.encode(settings, enc_hook=str).decode()
    uvicorn.run(
        "mock_server.workers:app_from_environment",
        factory=True,
        workers=settings.workers,
        host=settings.host,
        port=settings.port,
        log_level="warning",
        ws=WEBSOCKETS,
    )
