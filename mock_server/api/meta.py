"""Routes outside ``/api/v1``: the spec file, the interactive docs page and a health check."""

from __future__ import annotations

from functools import cache

from litestar import MediaType, Response, get

from ..spec import SPEC_PATH

__all__ = ["SPEC_PATH", "docs_page", "health", "openapi_yaml"]

_DOCS_HTML = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>h2oGPTe-compatible Chat API</title>
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/docs/assets/swagger-ui-bundle.js"></script>
  <script>
    window.ui = SwaggerUIBundle({url: "/openapi.yaml", dom_id: "#swagger-ui", persistAuthorization: true});
  </script>
</body>
</html>
"""


@get("/openapi.yaml", media_type="application/yaml", include_in_schema=False, cache=False)
async def openapi_yaml() -> Response[bytes]:
    """Serve the contract byte for byte."""
    return Response(_spec_bytes(), media_type="application/yaml")


@cache
def _spec_bytes() -> bytes:
    return SPEC_PATH.read_bytes()


@get("/docs", media_type=MediaType.HTML, include_in_schema=False)
async def docs_page() -> str:
    """Serve Swagger UI from the package's own assets, so it works offline."""
    return _DOCS_HTML


@get("/health", include_in_schema=False)
async def health() -> dict[str, str]:
    """Report that the server is up."""
    return {"status": "ok"}
