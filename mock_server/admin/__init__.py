"""The admin API: reset, load and export the data, read the request log, set latency and faults."""

from .auth import admin_guard
from .controllers import (
    ADMIN_SPEC_PATH,
    FaultController,
    RequestLogController,
    StateController,
    admin_openapi_yaml,
)

__all__ = [
    "ADMIN_SPEC_PATH",
    "FaultController",
    "RequestLogController",
    "StateController",
    "admin_guard",
    "admin_openapi_yaml",
]
