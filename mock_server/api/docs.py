"""The interactive docs pages: Swagger UI for the chat API at /docs and for the admin API at /admin/docs.

Everything they load comes from this server (Swagger UI's files from the swagger-ui-bundle package, our
small script from ``mock_server/static``), so they work offline. The chat API's page offers the demo
token already entered, and shows streamed completions line by line (``static/docs-stream.js``).
"""

from __future__ import annotations

import json
from pathlib import Path

from litestar import MediaType, Router, get
from litestar.response import Redirect
from litestar.static_files import create_static_files_router
from swagger_ui_bundle import swagger_ui_path

from ..settings import DEMO_TOKEN

__all__ = ["admin_docs_page", "docs_assets", "docs_page", "root_redirect"]

STATIC = Path(__file__).resolve().parents[1] / "static"

_PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title}</title>
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
  <style>
    #stream-panel {{ margin: 1em auto; max-width: 1460px; padding: 0 20px; font-family: sans-serif; }}
    #stream-panel ol {{ font: 12px monospace; max-height: 16em; overflow: auto; }}
    #stream-text {{ white-space: pre-wrap; }}
  </style>
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/docs/toolkit/docs-stream.js"></script>
  <script>
    const token = {token};
    window.ui = SwaggerUIBundle({{
      url: {spec_url},
      dom_id: "#swagger-ui",
      requestInterceptor: window.toolkitRequestInterceptor,
      responseInterceptor: window.toolkitResponseInterceptor,
      onComplete: () => {{ if (token) window.ui.preauthorizeApiKey({scheme}, token); }},
    }});
  </script>
</body>
</html>
"""


def _page(title: str, spec_url: str, scheme: str, token: str | None) -> str:
    values = {"spec_url": spec_url, "scheme": scheme, "token": token}
    return _PAGE.format(title=title, **{key: json.dumps(value) for key, value in values.items()})


_CHAT_DOCS = _page("h2oGPTe-compatible Chat API", "/openapi.yaml", "bearerAuth", DEMO_TOKEN)
# The admin token is not entered for the reader: the page is open to anyone who can reach the server.
_ADMIN_DOCS = _page("Mock server admin API", "/admin/openapi.yaml", "adminToken", None)


@get("/docs", media_type=MediaType.HTML, include_in_schema=False)
async def docs_page() -> str:
    """Serve Swagger UI for the chat API, with the demo token entered."""
    return _CHAT_DOCS


@get("/admin/docs", media_type=MediaType.HTML, include_in_schema=False)
async def admin_docs_page() -> str:
    """Serve Swagger UI for the admin API (its token is entered with the Authorize button)."""
    return _ADMIN_DOCS


@get("/", include_in_schema=False)
async def root_redirect() -> Redirect:
    """Send a visitor of the bare server to the docs."""
    return Redirect(path="/docs")


docs_assets = Router(
    "/docs",
    route_handlers=[
        create_static_files_router("/assets", directories=[swagger_ui_path], include_in_schema=False),
        create_static_files_router("/toolkit", directories=[STATIC], include_in_schema=False),
    ],
    include_in_schema=False,
)
