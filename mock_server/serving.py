"""How a mock server listens and runs under uvicorn, whichever way it is started (CLI, workers, tests)."""

from __future__ import annotations

import logging
import socket

from litestar import Litestar

__all__ = ["WEBSOCKETS", "configure_logging", "listen", "serve"]

# uvicorn's WebSocket protocol for the SDK's /ws. Named, not "auto": auto prefers the `websockets` package
# when it is importable, and the vendor SDK installed beside the mock pins websockets 11.0.3, older than
# uvicorn's websockets protocol supports. wsproto (a runtime dependency) works with either.
WEBSOCKETS = "wsproto"


def configure_logging() -> None:
    """Warnings and errors to stderr, named by their logger: for a process that is the mock server.

    Not done by ``create_app``, which also runs inside other programs' test suites.
    """
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


def listen(host: str, port: int) -> socket.socket:
    """The listening socket, bound before anything is announced: a taken port is one clear error."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host, port), family=family)


def serve(app: Litestar, listener: socket.socket) -> None:
    """Serve ``app`` on ``listener`` in this process until interrupted."""
    import uvicorn  # not at import time: the CLI parses its options first, and fast

    uvicorn.Server(uvicorn.Config(app, log_level="warning", ws=WEBSOCKETS)).run(sockets=[listener])
