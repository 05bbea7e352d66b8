"""Where the client tests reach the in-process mock."""

from __future__ import annotations

from mock_server import API_PREFIX

__all__ = ["BASE_URL"]

BASE_URL = "http://testserver.local" + API_PREFIX
