"""A client library for accessing h2oGPTe-compatible Chat API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
