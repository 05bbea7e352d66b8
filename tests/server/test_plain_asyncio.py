"""Where uvloop and httptools do not exist (Windows, PyPy), the server runs on asyncio and h11."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx

from mock_server import API_PREFIX
from tests._headers import USER

# Importing a module whose sys.modules entry is None raises ImportError, as on a platform without it.
WITHOUT = "import sys; sys.modules['uvloop'] = None; sys.modules['httptools'] = None; "


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_the_server_answers_without_uvloop_and_httptools() -> None:
    port = _free_port()
    code = WITHOUT + f"from mock_server.cli import main; main(['--port', '{port}'])"
    with subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True) as server:
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                try:
                    httpx.get(f"{url}/health")
                    break
                except httpx.TransportError:
                    time.sleep(0.05)
            chats = httpx.get(f"{url}{API_PREFIX}/chats", headers=USER)
            assert chats.status_code == 200 and chats.json()
        finally:
            server.terminate()
            server.wait(timeout=10)
        assert "uvloop" not in (server.stderr.read() if server.stderr else "")
