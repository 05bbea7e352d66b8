"""``GET /file``, outside ``/api/v1``: a document's file, as the SDK's ``download_document`` and
``get_document_content`` fetch it."""

from __future__ import annotations

import mimetypes
from typing import Annotated
from urllib.parse import quote

from litestar import Response, get
from litestar.params import QueryParameter

from .request import ApiRequest

__all__ = ["download_file"]

_DocumentId = Annotated[str, QueryParameter(name="id", min_length=1)]
_FileName = Annotated[str | None, QueryParameter(name="name")]


@get("/file", status_code=200)
async def download_file(
    request: ApiRequest, document_id: _DocumentId, name: _FileName = None
) -> Response[bytes]:
    """The file a visible document was ingested from, byte for byte, typed by the document's name; ``name``
    (what the SDK saves it as) only names the attachment."""
    found, data = await request.run(request.services.documents.file, request.user, document_id)
    media_type = mimetypes.guess_type(found, strict=False)[0] or "application/octet-stream"
    # RFC 6266: the name percent-encoded as UTF-8, so that any name fits in a header.
    disposition = f"attachment; filename*=UTF-8''{quote(name or found, safe='')}"
    return Response(data, media_type=media_type, headers={"Content-Disposition": disposition})
