"""The vendor SDK's own endpoints outside ``/api/v1``: ``/rpc/meta``, and uploads at ``/rpc/fs``."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, delete, get, put
from litestar.params import QueryParameter

from ..errors import BadRequest
from ..services.meta import user_meta
from ..wire.rpc import Identifier, Meta
from .multipart import read_file_part
from .request import ApiRequest

__all__ = ["RpcController"]

_UploadId = Annotated[str, QueryParameter(name="id", min_length=1)]


class RpcController(Controller):
    """Operations under ``/rpc`` that the SDK calls with the same bearer token as the REST API."""

    path = "/"

    @get("/meta")
    async def get_meta(self, request: ApiRequest) -> Meta:
        """The server's version and the caller's identity: the first call of the SDK's constructor."""
        return await request.run(user_meta, request.services.store, request.settings, request.user)

    @put("/fs")
    async def upload(self, request: ApiRequest) -> Identifier:
        """``H2OGPTE.upload``: a multipart ``file`` (and ``uri``), kept as ``PUT /uploads`` keeps it."""
        part = await read_file_part(request, "file")
        uri = await _text_part(request, "uri")
        uploads = request.services.uploads
        uploaded = await request.run(uploads.upload, request.user, part.filename or "", part.data, uri)
        return Identifier(id=uploaded.id)

    @get("/fs")
    async def list_uploads(self, request: ApiRequest) -> list[str]:
        """``H2OGPTE.list_upload``: the ids of the caller's uploads not ingested yet."""
        return [u.id for u in await request.run(request.services.uploads.list, request.user)]

    @delete("/fs", status_code=200)
    async def delete_upload(self, request: ApiRequest, upload_id: _UploadId) -> Identifier:
        """``H2OGPTE.delete_upload``: forget one of the caller's uploads; answers its id, as the SDK reads."""
        await request.run(request.services.uploads.delete, request.user, upload_id)
        return Identifier(id=upload_id)


async def _text_part(request: ApiRequest, name: str) -> str | None:
    """An optional text part of the multipart body; None when it is absent or empty."""
    try:
        part = await read_file_part(request, name)
    except BadRequest:
        return None
    return part.data.decode("utf-8", "replace") or None
