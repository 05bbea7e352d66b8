"""Ingesting plain text into a collection."""

from __future__ import annotations

from typing import Any

from litestar import Controller, post
from litestar.params import FromQuery

from ..errors import BadRequest
from ..http.body import decode_json
from ..wire import JobDetails
from .params import Timeout
from .request import ApiRequest

__all__ = ["IngestController", "read_text_body"]


async def read_text_body(request: ApiRequest) -> str:
    """The body as UTF-8 text, whatever text type it declares; a request without a body is refused."""
    raw = await request.body()
    if not raw and not request.headers.get("content-type"):
        raise BadRequest("A text/plain body is required (it may be empty)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"The body must be UTF-8 text (byte {exc.start} is invalid)") from None


def _metadata(raw: str | None) -> dict[str, Any] | None:
    """The ``metadata`` parameter: a JSON object as JSON text."""
    return None if raw is None else decode_json(raw.encode(), dict[str, Any], what="metadata")


class IngestController(Controller):
    """Operations under ``/ingest``."""

    path = "/ingest"
    tags = ("Document Ingestion",)

    @post("/plain_text", operation_id="ingest_from_plain_text", status_code=204)
    async def ingest_from_plain_text(
        self,
        request: ApiRequest,
        collection_id: FromQuery[str],
        file_name: FromQuery[str],
        gen_doc_summaries: FromQuery[bool] = False,
        gen_doc_questions: FromQuery[bool] = False,
        timeout: Timeout = 300,
        metadata: FromQuery[str | None] = None,
    ) -> None:
        text = await read_text_body(request)
        await request.run(
            request.services.ingestion.ingest_plain_text,
            request.user,
            collection_id,
            file_name,
            text,
            _metadata(metadata),
        )

    @post("/plain_text/job", operation_id="create_ingest_from_plain_text_job", status_code=201)
    async def create_ingest_from_plain_text_job(
        self,
        request: ApiRequest,
        collection_id: FromQuery[str],
        file_name: FromQuery[str],
        gen_doc_summaries: FromQuery[bool] = False,
        gen_doc_questions: FromQuery[bool] = False,
        metadata: FromQuery[str | None] = None,
        timeout: Timeout = 300,
    ) -> JobDetails:
        text = await read_text_body(request)
        return await request.run(
            request.services.ingest_jobs.ingest_plain_text,
            request.user,
            collection_id,
            file_name,
            text,
            _metadata(metadata),
            timeout,
        )
