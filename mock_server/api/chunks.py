"""A collection's chunks: search and read by id."""

from __future__ import annotations

from urllib.parse import unquote

from litestar import Controller, get, post
from litestar.params import FromPath

from ..http.body import read_body
from ..services.chunks import parse_chunk_ids
from ..wire import Chunk, ChunkSearchResult, SearchCollectionChunksRequest
from .request import ApiRequest

__all__ = ["ChunkController"]


class ChunkController(Controller):
    """Operations under ``/collections/{collection_id}/chunks``."""

    path = "/collections/{collection_id:str}/chunks"
    tags = ("Collections",)

    @post("/search", operation_id="search_collection_chunks", status_code=200)
    async def search_collection_chunks(
        self, request: ApiRequest, collection_id: FromPath[str]
    ) -> list[ChunkSearchResult]:
        body = await read_body(request, SearchCollectionChunksRequest)
        return await request.run(request.services.chunks.search, request.user, collection_id, body)

    @get("/{chunk_ids:str}", operation_id="get_collection_chunks")
    async def get_collection_chunks(
        self, request: ApiRequest, collection_id: FromPath[str], chunk_ids: FromPath[str]
    ) -> list[Chunk]:
        ids = parse_chunk_ids(unquote(chunk_ids))
        return await request.run(request.services.chunks.get, request.user, collection_id, ids)
