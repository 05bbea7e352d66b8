"""A reference mock server for the h2oGPTe-compatible chat API described by ``openapi.yaml``."""

from .app import API_PREFIX, create_app
from .settings import DEMO_TOKEN, Settings

__all__ = ["API_PREFIX", "DEMO_TOKEN", "Settings", "create_app"]
