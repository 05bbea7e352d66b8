from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.create_ingest_upload_job_ingest_mode import (
    CreateIngestUploadJobIngestMode,
)
from ...models.ingest_upload_body import IngestUploadBody
from ...models.job_details import JobDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    upload_ids: str,
    *,
    body: IngestUploadBody | Unset = UNSET,
    collection_id: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    audio_input_language: str | Unset = UNSET,
    ocr_model: str | Unset = UNSET,
    tesseract_lang: str | Unset = UNSET,
    keep_tables_as_one_chunk: bool | Unset = UNSET,
    chunk_by_page: bool | Unset = UNSET,
    handwriting_check: bool | Unset = UNSET,
    ingest_mode: CreateIngestUploadJobIngestMode | Unset = UNSET,
    restricted: bool | Unset = UNSET,
    permissions: list[str] | Unset = UNSET,
    encrypt_document: bool | Unset = UNSET,
    timeout: float | Unset = 300.0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["collection_id"] = collection_id

    params["gen_doc_summaries"] = gen_doc_summaries

    params["gen_doc_questions"] = gen_doc_questions

    params["audio_input_language"] = audio_input_language

    params["ocr_model"] = ocr_model

    params["tesseract_lang"] = tesseract_lang

    params["keep_tables_as_one_chunk"] = keep_tables_as_one_chunk

    params["chunk_by_page"] = chunk_by_page

    params["handwriting_check"] = handwriting_check

    json_ingest_mode: str | Unset = UNSET
    if not isinstance(ingest_mode, Unset):
        json_ingest_mode = ingest_mode

    params["ingest_mode"] = json_ingest_mode

    params["restricted"] = restricted

    json_permissions: list[str] | Unset = UNSET
    if not isinstance(permissions, Unset):
        json_permissions = permissions

    params["permissions"] = json_permissions

    params["encrypt_document"] = encrypt_document

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/uploads/{upload_ids}/ingest/job".format(
            upload_ids=quote(str(upload_ids), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobDetails:
    if response.status_code == 201:
        response_201 = JobDetails.from_dict(response.json())

        return response_201

    raise errors.error_from_response(response, documented=frozenset({400, 401, 404, 413, 415}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    upload_ids: str,
    *,
    client: AuthenticatedClient | Client,
    body: IngestUploadBody | Unset = UNSET,
    collection_id: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    audio_input_language: str | Unset = UNSET,
    ocr_model: str | Unset = UNSET,
    tesseract_lang: str | Unset = UNSET,
    keep_tables_as_one_chunk: bool | Unset = UNSET,
    chunk_by_page: bool | Unset = UNSET,
    handwriting_check: bool | Unset = UNSET,
    ingest_mode: CreateIngestUploadJobIngestMode | Unset = UNSET,
    restricted: bool | Unset = UNSET,
    permissions: list[str] | Unset = UNSET,
    encrypt_document: bool | Unset = UNSET,
    timeout: float | Unset = 300.0,
) -> Response[JobDetails]:
    """Ingest uploads into a collection, as a job

     Does what `ingest_upload` does as a job of kind `IngestUploadsJob`, followed at `GET
    /jobs/{job_id}`. A collection or upload the caller does not own answers 404 at once; files the mock
    cannot read (a damaged PDF, an unsupported type) or that pass a size limit fail the job with the
    reason, and nothing is ingested.

    Args:
        upload_ids (str):
        collection_id (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        audio_input_language (str | Unset):
        ocr_model (str | Unset):
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):
        chunk_by_page (bool | Unset):
        handwriting_check (bool | Unset):
        ingest_mode (CreateIngestUploadJobIngestMode | Unset):
        restricted (bool | Unset):
        permissions (list[str] | Unset):
        encrypt_document (bool | Unset):
        timeout (float | Unset):  Default: 300.0.
        body (IngestUploadBody | Unset): Options of an ingestion sent in the body. Example:
            {'metadata': {'0b6e2d4f-8a1c-4e3b-9d5f-7c9e1a3b5d7f': {'team': 'support'}}}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnsupportedMediaTypeError: On status 415, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[JobDetails]
    """

    kwargs = _get_kwargs(
        upload_ids=upload_ids,
        body=body,
        collection_id=collection_id,
        gen_doc_summaries=gen_doc_summaries,
        gen_doc_questions=gen_doc_questions,
        audio_input_language=audio_input_language,
        ocr_model=ocr_model,
        tesseract_lang=tesseract_lang,
        keep_tables_as_one_chunk=keep_tables_as_one_chunk,
        chunk_by_page=chunk_by_page,
        handwriting_check=handwriting_check,
        ingest_mode=ingest_mode,
        restricted=restricted,
        permissions=permissions,
        encrypt_document=encrypt_document,
        timeout=timeout,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    upload_ids: str,
    *,
    client: AuthenticatedClient | Client,
    body: IngestUploadBody | Unset = UNSET,
    collection_id: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    audio_input_language: str | Unset = UNSET,
    ocr_model: str | Unset = UNSET,
    tesseract_lang: str | Unset = UNSET,
    keep_tables_as_one_chunk: bool | Unset = UNSET,
    chunk_by_page: bool | Unset = UNSET,
    handwriting_check: bool | Unset = UNSET,
    ingest_mode: CreateIngestUploadJobIngestMode | Unset = UNSET,
    restricted: bool | Unset = UNSET,
    permissions: list[str] | Unset = UNSET,
    encrypt_document: bool | Unset = UNSET,
    timeout: float | Unset = 300.0,
) -> JobDetails:
    """Ingest uploads into a collection, as a job

     Does what `ingest_upload` does as a job of kind `IngestUploadsJob`, followed at `GET
    /jobs/{job_id}`. A collection or upload the caller does not own answers 404 at once; files the mock
    cannot read (a damaged PDF, an unsupported type) or that pass a size limit fail the job with the
    reason, and nothing is ingested.

    Args:
        upload_ids (str):
        collection_id (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        audio_input_language (str | Unset):
        ocr_model (str | Unset):
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):
        chunk_by_page (bool | Unset):
        handwriting_check (bool | Unset):
        ingest_mode (CreateIngestUploadJobIngestMode | Unset):
        restricted (bool | Unset):
        permissions (list[str] | Unset):
        encrypt_document (bool | Unset):
        timeout (float | Unset):  Default: 300.0.
        body (IngestUploadBody | Unset): Options of an ingestion sent in the body. Example:
            {'metadata': {'0b6e2d4f-8a1c-4e3b-9d5f-7c9e1a3b5d7f': {'team': 'support'}}}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnsupportedMediaTypeError: On status 415, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        JobDetails
    """

    return sync_detailed(
        upload_ids=upload_ids,
        client=client,
        body=body,
        collection_id=collection_id,
        gen_doc_summaries=gen_doc_summaries,
        gen_doc_questions=gen_doc_questions,
        audio_input_language=audio_input_language,
        ocr_model=ocr_model,
        tesseract_lang=tesseract_lang,
        keep_tables_as_one_chunk=keep_tables_as_one_chunk,
        chunk_by_page=chunk_by_page,
        handwriting_check=handwriting_check,
        ingest_mode=ingest_mode,
        restricted=restricted,
        permissions=permissions,
        encrypt_document=encrypt_document,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    upload_ids: str,
    *,
    client: AuthenticatedClient | Client,
    body: IngestUploadBody | Unset = UNSET,
    collection_id: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    audio_input_language: str | Unset = UNSET,
    ocr_model: str | Unset = UNSET,
    tesseract_lang: str | Unset = UNSET,
    keep_tables_as_one_chunk: bool | Unset = UNSET,
    chunk_by_page: bool | Unset = UNSET,
    handwriting_check: bool | Unset = UNSET,
    ingest_mode: CreateIngestUploadJobIngestMode | Unset = UNSET,
    restricted: bool | Unset = UNSET,
    permissions: list[str] | Unset = UNSET,
    encrypt_document: bool | Unset = UNSET,
    timeout: float | Unset = 300.0,
) -> Response[JobDetails]:
    """Ingest uploads into a collection, as a job

     Does what `ingest_upload` does as a job of kind `IngestUploadsJob`, followed at `GET
    /jobs/{job_id}`. A collection or upload the caller does not own answers 404 at once; files the mock
    cannot read (a damaged PDF, an unsupported type) or that pass a size limit fail the job with the
    reason, and nothing is ingested.

    Args:
        upload_ids (str):
        collection_id (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        audio_input_language (str | Unset):
        ocr_model (str | Unset):
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):
        chunk_by_page (bool | Unset):
        handwriting_check (bool | Unset):
        ingest_mode (CreateIngestUploadJobIngestMode | Unset):
        restricted (bool | Unset):
        permissions (list[str] | Unset):
        encrypt_document (bool | Unset):
        timeout (float | Unset):  Default: 300.0.
        body (IngestUploadBody | Unset): Options of an ingestion sent in the body. Example:
            {'metadata': {'0b6e2d4f-8a1c-4e3b-9d5f-7c9e1a3b5d7f': {'team': 'support'}}}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnsupportedMediaTypeError: On status 415, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[JobDetails]
    """

    kwargs = _get_kwargs(
        upload_ids=upload_ids,
        body=body,
        collection_id=collection_id,
        gen_doc_summaries=gen_doc_summaries,
        gen_doc_questions=gen_doc_questions,
        audio_input_language=audio_input_language,
        ocr_model=ocr_model,
        tesseract_lang=tesseract_lang,
        keep_tables_as_one_chunk=keep_tables_as_one_chunk,
        chunk_by_page=chunk_by_page,
        handwriting_check=handwriting_check,
        ingest_mode=ingest_mode,
        restricted=restricted,
        permissions=permissions,
        encrypt_document=encrypt_document,
        timeout=timeout,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    upload_ids: str,
    *,
    client: AuthenticatedClient | Client,
    body: IngestUploadBody | Unset = UNSET,
    collection_id: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    audio_input_language: str | Unset = UNSET,
    ocr_model: str | Unset = UNSET,
    tesseract_lang: str | Unset = UNSET,
    keep_tables_as_one_chunk: bool | Unset = UNSET,
    chunk_by_page: bool | Unset = UNSET,
    handwriting_check: bool | Unset = UNSET,
    ingest_mode: CreateIngestUploadJobIngestMode | Unset = UNSET,
    restricted: bool | Unset = UNSET,
    permissions: list[str] | Unset = UNSET,
    encrypt_document: bool | Unset = UNSET,
    timeout: float | Unset = 300.0,
) -> JobDetails:
    """Ingest uploads into a collection, as a job

     Does what `ingest_upload` does as a job of kind `IngestUploadsJob`, followed at `GET
    /jobs/{job_id}`. A collection or upload the caller does not own answers 404 at once; files the mock
    cannot read (a damaged PDF, an unsupported type) or that pass a size limit fail the job with the
    reason, and nothing is ingested.

    Args:
        upload_ids (str):
        collection_id (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        audio_input_language (str | Unset):
        ocr_model (str | Unset):
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):
        chunk_by_page (bool | Unset):
        handwriting_check (bool | Unset):
        ingest_mode (CreateIngestUploadJobIngestMode | Unset):
        restricted (bool | Unset):
        permissions (list[str] | Unset):
        encrypt_document (bool | Unset):
        timeout (float | Unset):  Default: 300.0.
        body (IngestUploadBody | Unset): Options of an ingestion sent in the body. Example:
            {'metadata': {'0b6e2d4f-8a1c-4e3b-9d5f-7c9e1a3b5d7f': {'team': 'support'}}}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnsupportedMediaTypeError: On status 415, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        JobDetails
    """

    return (
        await asyncio_detailed(
            upload_ids=upload_ids,
            client=client,
            body=body,
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
            ocr_model=ocr_model,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            ingest_mode=ingest_mode,
            restricted=restricted,
            permissions=permissions,
            encrypt_document=encrypt_document,
            timeout=timeout,
        )
    ).parsed
