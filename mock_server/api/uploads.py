"""Uploads and their ingestion into a collection."""

from __future__ import annotations

from typing import Annotated, Literal
from urllib.parse import unquote

from litestar import Controller, post, put
from litestar.params import FromPath, FromQuery, QueryParameter

from ..http.body import read_optional_body
from ..services.ingestion import IngestOptions
from ..wire import IngestUploadBody, JobDetails, UploadedFile
from .multipart import read_file_part
from .params import Timeout
from .request import ApiRequest

__all__ = ["IngestModeParam", "UploadController", "upload_id_list"]

# Not Optional: Litestar would read the literal string "null" as None and accept it.
IngestModeParam = Annotated[Literal["standard", "lite", "agent_only"], QueryParameter()]


def upload_id_list(raw: str) -> list[str]:
    """The ``upload_ids`` path parameter: comma-separated, the commas often percent-encoded."""
    return [part for part in unquote(raw).split(",") if part]


class UploadController(Controller):
    """Operations under ``/uploads``."""

    path = "/uploads"
    tags = ("Document Ingestion",)

    @put("/", operation_id="upload_file", status_code=200)
    async def upload_file(self, request: ApiRequest) -> UploadedFile:
        part = await read_file_part(request, "file")
        return await request.run(
            request.services.uploads.upload, request.user, part.filename or "", part.data
        )

    @post("/{upload_ids:str}/ingest/job", operation_id="create_ingest_upload_job", status_code=201)
    async def create_ingest_upload_job(
        self,
        request: ApiRequest,
        upload_ids: FromPath[str],
        collection_id: FromQuery[str],
        gen_doc_summaries: FromQuery[bool] = False,
        gen_doc_questions: FromQuery[bool] = False,
        audio_input_language: FromQuery[str] = "auto",
        ocr_model: FromQuery[str] = "auto",
        tesseract_lang: FromQuery[str | None] = None,
        keep_tables_as_one_chunk: FromQuery[bool] = False,
        chunk_by_page: FromQuery[bool] = False,
        handwriting_check: FromQuery[bool] = False,
        ingest_mode: IngestModeParam = "standard",
        restricted: FromQuery[bool] = False,
        permissions: FromQuery[list[str] | None] = None,
        encrypt_document: FromQuery[bool] = False,
        timeout: Timeout = 300,
    ) -> JobDetails:
        body = await read_optional_body(request, IngestUploadBody)
        return await request.run(
            request.services.ingest_jobs.ingest_uploads,
            request.user,
            collection_id,
            upload_id_list(upload_ids),
            body.metadata if body else None,
            IngestOptions(ingest_mode=ingest_mode, chunk_by_page=chunk_by_page),
            timeout,
        )

    @post("/{upload_ids:str}/ingest", operation_id="ingest_upload", status_code=204)
    async def ingest_upload(
        self,
        request: ApiRequest,
        upload_ids: FromPath[str],
        collection_id: FromQuery[str],
        gen_doc_summaries: FromQuery[bool] = False,
        gen_doc_questions: FromQuery[bool] = False,
        audio_input_language: FromQuery[str] = "auto",
        ocr_model: FromQuery[str] = "auto",
        tesseract_lang: FromQuery[str | None] = None,
        keep_tables_as_one_chunk: FromQuery[bool] = False,
        chunk_by_page: FromQuery[bool] = False,
        handwriting_check: FromQuery[bool] = False,
        ingest_mode: IngestModeParam = "standard",
        restricted: FromQuery[bool] = False,
        permissions: FromQuery[list[str] | None] = None,
        encrypt_document: FromQuery[bool] = False,
        timeout: Timeout = 300,
    ) -> None:
        body = await read_optional_body(request, IngestUploadBody)
        await request.run(
            request.services.ingestion.ingest_uploads,
            request.user,
            collection_id,
            upload_id_list(upload_ids),
            body.metadata if body else None,
            IngestOptions(ingest_mode=ingest_mode, chunk_by_page=chunk_by_page),
        )
