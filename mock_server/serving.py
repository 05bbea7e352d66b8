"""How every server of the mock runs under uvicorn, whichever way it is started (CLI, workers, tests)."""

from __future__ import annotations

__all__ = ["WEBSOCKETS"]

# uvicorn's WebSocket protocol for the SDK's /ws. Named, not "auto": auto prefers the `websockets` package
# when it is importable, and the vendor SDK installed beside the mock pins websockets 11.0.3, older than
# uvicorn's websockets protocol supports. wsproto (a runtime dependency) works with either.
WEBSOCKETS = "wsproto"
