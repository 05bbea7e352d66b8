from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.create_import_collection_to_collection_job_ingest_mode import (
    CreateImportCollectionToCollectionJobIngestMode,
)
from ...models.create_import_collection_to_collection_job_request import (
    CreateImportCollectionToCollectionJobRequest,
)
from ...models.job_details import JobDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    collection_id: str,
    *,
    body: CreateImportCollectionToCollectionJobRequest,
    migrate_scheduled_connectors: bool | Unset = False,
    copy_lifecycle_settings: bool | Unset = False,
    skip_reparse: bool | Unset = False,
    copy_document: bool | Unset = False,
    preserve_document_status: bool | Unset = False,
    preserve_metadata: bool | Unset = False,
    gen_doc_summaries: bool | Unset = False,
    gen_doc_questions: bool | Unset = False,
    ocr_model: str | Unset = "auto",
    tesseract_lang: str | Unset = UNSET,
    keep_tables_as_one_chunk: bool | Unset = False,
    chunk_by_page: bool | Unset = False,
    handwriting_check: bool | Unset = False,
    ingest_mode: CreateImportCollectionToCollectionJobIngestMode | Unset = UNSET,
    timeout: float | Unset = 300.0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["migrate_scheduled_connectors"] = migrate_scheduled_connectors

    params["copy_lifecycle_settings"] = copy_lifecycle_settings

    params["skip_reparse"] = skip_reparse

    params["copy_document"] = copy_document

    params["preserve_document_status"] = preserve_document_status

    params["preserve_metadata"] = preserve_metadata

    params["gen_doc_summaries"] = gen_doc_summaries

    params["gen_doc_questions"] = gen_doc_questions

    params["ocr_model"] = ocr_model

    params["tesseract_lang"] = tesseract_lang

    params["keep_tables_as_one_chunk"] = keep_tables_as_one_chunk

    params["chunk_by_page"] = chunk_by_page

    params["handwriting_check"] = handwriting_check

    json_ingest_mode: str | Unset = UNSET
    if not isinstance(ingest_mode, Unset):
        json_ingest_mode = ingest_mode

    params["ingest_mode"] = json_ingest_mode

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collections/{collection_id}/import_collection_job".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobDetails:
    if response.status_code == 201:
        response_201 = JobDetails.from_dict(response.json())

        return response_201

    raise errors.error_from_response(response, documented=frozenset({400, 401, 404, 409, 413}))


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
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateImportCollectionToCollectionJobRequest,
    migrate_scheduled_connectors: bool | Unset = False,
    copy_lifecycle_settings: bool | Unset = False,
    skip_reparse: bool | Unset = False,
    copy_document: bool | Unset = False,
    preserve_document_status: bool | Unset = False,
    preserve_metadata: bool | Unset = False,
    gen_doc_summaries: bool | Unset = False,
    gen_doc_questions: bool | Unset = False,
    ocr_model: str | Unset = "auto",
    tesseract_lang: str | Unset = UNSET,
    keep_tables_as_one_chunk: bool | Unset = False,
    chunk_by_page: bool | Unset = False,
    handwriting_check: bool | Unset = False,
    ingest_mode: CreateImportCollectionToCollectionJobIngestMode | Unset = UNSET,
    timeout: float | Unset = 300.0,
) -> Response[JobDetails]:
    """Import a collection's documents in a job

     Starts a job that adds every document of a collection the caller can read (`source_collection_id`)
    to one of their collections, in the source's order, skipping those already there.

    Args:
        collection_id (str):
        migrate_scheduled_connectors (bool | Unset):  Default: False.
        copy_lifecycle_settings (bool | Unset):  Default: False.
        skip_reparse (bool | Unset):  Default: False.
        copy_document (bool | Unset):  Default: False.
        preserve_document_status (bool | Unset):  Default: False.
        preserve_metadata (bool | Unset):  Default: False.
        gen_doc_summaries (bool | Unset):  Default: False.
        gen_doc_questions (bool | Unset):  Default: False.
        ocr_model (str | Unset):  Default: 'auto'.
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):  Default: False.
        chunk_by_page (bool | Unset):  Default: False.
        handwriting_check (bool | Unset):  Default: False.
        ingest_mode (CreateImportCollectionToCollectionJobIngestMode | Unset):
        timeout (float | Unset):  Default: 300.0.
        body (CreateImportCollectionToCollectionJobRequest): The collection whose documents a job
            adds to another. Example: {'source_collection_id':
            'b8d4f0a2-3c5e-4f7a-9b2d-4f6a8c0e2b4d'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[JobDetails]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
        migrate_scheduled_connectors=migrate_scheduled_connectors,
        copy_lifecycle_settings=copy_lifecycle_settings,
        skip_reparse=skip_reparse,
        copy_document=copy_document,
        preserve_document_status=preserve_document_status,
        preserve_metadata=preserve_metadata,
        gen_doc_summaries=gen_doc_summaries,
        gen_doc_questions=gen_doc_questions,
        ocr_model=ocr_model,
        tesseract_lang=tesseract_lang,
        keep_tables_as_one_chunk=keep_tables_as_one_chunk,
        chunk_by_page=chunk_by_page,
        handwriting_check=handwriting_check,
        ingest_mode=ingest_mode,
        timeout=timeout,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateImportCollectionToCollectionJobRequest,
    migrate_scheduled_connectors: bool | Unset = False,
    copy_lifecycle_settings: bool | Unset = False,
    skip_reparse: bool | Unset = False,
    copy_document: bool | Unset = False,
    preserve_document_status: bool | Unset = False,
    preserve_metadata: bool | Unset = False,
    gen_doc_summaries: bool | Unset = False,
    gen_doc_questions: bool | Unset = False,
    ocr_model: str | Unset = "auto",
    tesseract_lang: str | Unset = UNSET,
    keep_tables_as_one_chunk: bool | Unset = False,
    chunk_by_page: bool | Unset = False,
    handwriting_check: bool | Unset = False,
    ingest_mode: CreateImportCollectionToCollectionJobIngestMode | Unset = UNSET,
    timeout: float | Unset = 300.0,
) -> JobDetails:
    """Import a collection's documents in a job

     Starts a job that adds every document of a collection the caller can read (`source_collection_id`)
    to one of their collections, in the source's order, skipping those already there.

    Args:
        collection_id (str):
        migrate_scheduled_connectors (bool | Unset):  Default: False.
        copy_lifecycle_settings (bool | Unset):  Default: False.
        skip_reparse (bool | Unset):  Default: False.
        copy_document (bool | Unset):  Default: False.
        preserve_document_status (bool | Unset):  Default: False.
        preserve_metadata (bool | Unset):  Default: False.
        gen_doc_summaries (bool | Unset):  Default: False.
        gen_doc_questions (bool | Unset):  Default: False.
        ocr_model (str | Unset):  Default: 'auto'.
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):  Default: False.
        chunk_by_page (bool | Unset):  Default: False.
        handwriting_check (bool | Unset):  Default: False.
        ingest_mode (CreateImportCollectionToCollectionJobIngestMode | Unset):
        timeout (float | Unset):  Default: 300.0.
        body (CreateImportCollectionToCollectionJobRequest): The collection whose documents a job
            adds to another. Example: {'source_collection_id':
            'b8d4f0a2-3c5e-4f7a-9b2d-4f6a8c0e2b4d'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        JobDetails
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
        migrate_scheduled_connectors=migrate_scheduled_connectors,
        copy_lifecycle_settings=copy_lifecycle_settings,
        skip_reparse=skip_reparse,
        copy_document=copy_document,
        preserve_document_status=preserve_document_status,
        preserve_metadata=preserve_metadata,
        gen_doc_summaries=gen_doc_summaries,
        gen_doc_questions=gen_doc_questions,
        ocr_model=ocr_model,
        tesseract_lang=tesseract_lang,
        keep_tables_as_one_chunk=keep_tables_as_one_chunk,
        chunk_by_page=chunk_by_page,
        handwriting_check=handwriting_check,
        ingest_mode=ingest_mode,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateImportCollectionToCollectionJobRequest,
    migrate_scheduled_connectors: bool | Unset = False,
    copy_lifecycle_settings: bool | Unset = False,
    skip_reparse: bool | Unset = False,
    copy_document: bool | Unset = False,
    preserve_document_status: bool | Unset = False,
    preserve_metadata: bool | Unset = False,
    gen_doc_summaries: bool | Unset = False,
    gen_doc_questions: bool | Unset = False,
    ocr_model: str | Unset = "auto",
    tesseract_lang: str | Unset = UNSET,
    keep_tables_as_one_chunk: bool | Unset = False,
    chunk_by_page: bool | Unset = False,
    handwriting_check: bool | Unset = False,
    ingest_mode: CreateImportCollectionToCollectionJobIngestMode | Unset = UNSET,
    timeout: float | Unset = 300.0,
) -> Response[JobDetails]:
    """Import a collection's documents in a job

     Starts a job that adds every document of a collection the caller can read (`source_collection_id`)
    to one of their collections, in the source's order, skipping those already there.

    Args:
        collection_id (str):
        migrate_scheduled_connectors (bool | Unset):  Default: False.
        copy_lifecycle_settings (bool | Unset):  Default: False.
        skip_reparse (bool | Unset):  Default: False.
        copy_document (bool | Unset):  Default: False.
        preserve_document_status (bool | Unset):  Default: False.
        preserve_metadata (bool | Unset):  Default: False.
        gen_doc_summaries (bool | Unset):  Default: False.
        gen_doc_questions (bool | Unset):  Default: False.
        ocr_model (str | Unset):  Default: 'auto'.
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):  Default: False.
        chunk_by_page (bool | Unset):  Default: False.
        handwriting_check (bool | Unset):  Default: False.
        ingest_mode (CreateImportCollectionToCollectionJobIngestMode | Unset):
        timeout (float | Unset):  Default: 300.0.
        body (CreateImportCollectionToCollectionJobRequest): The collection whose documents a job
            adds to another. Example: {'source_collection_id':
            'b8d4f0a2-3c5e-4f7a-9b2d-4f6a8c0e2b4d'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[JobDetails]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
        migrate_scheduled_connectors=migrate_scheduled_connectors,
        copy_lifecycle_settings=copy_lifecycle_settings,
        skip_reparse=skip_reparse,
        copy_document=copy_document,
        preserve_document_status=preserve_document_status,
        preserve_metadata=preserve_metadata,
        gen_doc_summaries=gen_doc_summaries,
        gen_doc_questions=gen_doc_questions,
        ocr_model=ocr_model,
        tesseract_lang=tesseract_lang,
        keep_tables_as_one_chunk=keep_tables_as_one_chunk,
        chunk_by_page=chunk_by_page,
        handwriting_check=handwriting_check,
        ingest_mode=ingest_mode,
        timeout=timeout,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateImportCollectionToCollectionJobRequest,
    migrate_scheduled_connectors: bool | Unset = False,
    copy_lifecycle_settings: bool | Unset = False,
    skip_reparse: bool | Unset = False,
    copy_document: bool | Unset = False,
    preserve_document_status: bool | Unset = False,
    preserve_metadata: bool | Unset = False,
    gen_doc_summaries: bool | Unset = False,
    gen_doc_questions: bool | Unset = False,
    ocr_model: str | Unset = "auto",
    tesseract_lang: str | Unset = UNSET,
    keep_tables_as_one_chunk: bool | Unset = False,
    chunk_by_page: bool | Unset = False,
    handwriting_check: bool | Unset = False,
    ingest_mode: CreateImportCollectionToCollectionJobIngestMode | Unset = UNSET,
    timeout: float | Unset = 300.0,
) -> JobDetails:
    """Import a collection's documents in a job

     Starts a job that adds every document of a collection the caller can read (`source_collection_id`)
    to one of their collections, in the source's order, skipping those already there.

    Args:
        collection_id (str):
        migrate_scheduled_connectors (bool | Unset):  Default: False.
        copy_lifecycle_settings (bool | Unset):  Default: False.
        skip_reparse (bool | Unset):  Default: False.
        copy_document (bool | Unset):  Default: False.
        preserve_document_status (bool | Unset):  Default: False.
        preserve_metadata (bool | Unset):  Default: False.
        gen_doc_summaries (bool | Unset):  Default: False.
        gen_doc_questions (bool | Unset):  Default: False.
        ocr_model (str | Unset):  Default: 'auto'.
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):  Default: False.
        chunk_by_page (bool | Unset):  Default: False.
        handwriting_check (bool | Unset):  Default: False.
        ingest_mode (CreateImportCollectionToCollectionJobIngestMode | Unset):
        timeout (float | Unset):  Default: 300.0.
        body (CreateImportCollectionToCollectionJobRequest): The collection whose documents a job
            adds to another. Example: {'source_collection_id':
            'b8d4f0a2-3c5e-4f7a-9b2d-4f6a8c0e2b4d'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        JobDetails
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
            migrate_scheduled_connectors=migrate_scheduled_connectors,
            copy_lifecycle_settings=copy_lifecycle_settings,
            skip_reparse=skip_reparse,
            copy_document=copy_document,
            preserve_document_status=preserve_document_status,
            preserve_metadata=preserve_metadata,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            ocr_model=ocr_model,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            ingest_mode=ingest_mode,
            timeout=timeout,
        )
    ).parsed
