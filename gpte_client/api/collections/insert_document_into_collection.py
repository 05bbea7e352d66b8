from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.insert_document_into_collection_ingest_mode import (
    InsertDocumentIntoCollectionIngestMode,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    collection_id: str,
    document_id: str,
    *,
    timeout: float | Unset = 300.0,
    gen_doc_summaries: bool | Unset = False,
    gen_doc_questions: bool | Unset = False,
    copy_document: bool | Unset = False,
    preserve_metadata: bool | Unset = False,
    ocr_model: str | Unset = "auto",
    tesseract_lang: str | Unset = UNSET,
    keep_tables_as_one_chunk: bool | Unset = False,
    chunk_by_page: bool | Unset = False,
    handwriting_check: bool | Unset = False,
    ingest_mode: InsertDocumentIntoCollectionIngestMode | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["timeout"] = timeout

    params["gen_doc_summaries"] = gen_doc_summaries

    params["gen_doc_questions"] = gen_doc_questions

    params["copy_document"] = copy_document

    params["preserve_metadata"] = preserve_metadata

    params["ocr_model"] = ocr_model

    params["tesseract_lang"] = tesseract_lang

    params["keep_tables_as_one_chunk"] = keep_tables_as_one_chunk

    params["chunk_by_page"] = chunk_by_page

    params["handwriting_check"] = handwriting_check

    json_ingest_mode: str | Unset = UNSET
    if not isinstance(ingest_mode, Unset):
        json_ingest_mode = ingest_mode

    params["ingest_mode"] = json_ingest_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collections/{collection_id}/documents/{document_id}".format(
            collection_id=quote(str(collection_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.error_from_response(response, documented=frozenset({400, 401, 404, 409, 413}))


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    collection_id: str,
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | Unset = 300.0,
    gen_doc_summaries: bool | Unset = False,
    gen_doc_questions: bool | Unset = False,
    copy_document: bool | Unset = False,
    preserve_metadata: bool | Unset = False,
    ocr_model: str | Unset = "auto",
    tesseract_lang: str | Unset = UNSET,
    keep_tables_as_one_chunk: bool | Unset = False,
    chunk_by_page: bool | Unset = False,
    handwriting_check: bool | Unset = False,
    ingest_mode: InsertDocumentIntoCollectionIngestMode | Unset = UNSET,
) -> Response[None]:
    """Add a document to a collection

     Adds an existing document, by id, to a collection; adding one already there changes nothing. A
    document that would take the collection past its own `size_limit` is refused with 409, past the
    server's size limit with 413. The ingestion options are accepted for compatibility; the mock indexes
    the document's text at once.

    Args:
        collection_id (str):
        document_id (str):
        timeout (float | Unset):  Default: 300.0.
        gen_doc_summaries (bool | Unset):  Default: False.
        gen_doc_questions (bool | Unset):  Default: False.
        copy_document (bool | Unset):  Default: False.
        preserve_metadata (bool | Unset):  Default: False.
        ocr_model (str | Unset):  Default: 'auto'.
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):  Default: False.
        chunk_by_page (bool | Unset):  Default: False.
        handwriting_check (bool | Unset):  Default: False.
        ingest_mode (InsertDocumentIntoCollectionIngestMode | Unset):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        document_id=document_id,
        timeout=timeout,
        gen_doc_summaries=gen_doc_summaries,
        gen_doc_questions=gen_doc_questions,
        copy_document=copy_document,
        preserve_metadata=preserve_metadata,
        ocr_model=ocr_model,
        tesseract_lang=tesseract_lang,
        keep_tables_as_one_chunk=keep_tables_as_one_chunk,
        chunk_by_page=chunk_by_page,
        handwriting_check=handwriting_check,
        ingest_mode=ingest_mode,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | Unset = 300.0,
    gen_doc_summaries: bool | Unset = False,
    gen_doc_questions: bool | Unset = False,
    copy_document: bool | Unset = False,
    preserve_metadata: bool | Unset = False,
    ocr_model: str | Unset = "auto",
    tesseract_lang: str | Unset = UNSET,
    keep_tables_as_one_chunk: bool | Unset = False,
    chunk_by_page: bool | Unset = False,
    handwriting_check: bool | Unset = False,
    ingest_mode: InsertDocumentIntoCollectionIngestMode | Unset = UNSET,
) -> None:
    """Add a document to a collection

     Adds an existing document, by id, to a collection; adding one already there changes nothing. A
    document that would take the collection past its own `size_limit` is refused with 409, past the
    server's size limit with 413. The ingestion options are accepted for compatibility; the mock indexes
    the document's text at once.

    Args:
        collection_id (str):
        document_id (str):
        timeout (float | Unset):  Default: 300.0.
        gen_doc_summaries (bool | Unset):  Default: False.
        gen_doc_questions (bool | Unset):  Default: False.
        copy_document (bool | Unset):  Default: False.
        preserve_metadata (bool | Unset):  Default: False.
        ocr_model (str | Unset):  Default: 'auto'.
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):  Default: False.
        chunk_by_page (bool | Unset):  Default: False.
        handwriting_check (bool | Unset):  Default: False.
        ingest_mode (InsertDocumentIntoCollectionIngestMode | Unset):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        None
    """

    return sync_detailed(
        collection_id=collection_id,
        document_id=document_id,
        client=client,
        timeout=timeout,
        gen_doc_summaries=gen_doc_summaries,
        gen_doc_questions=gen_doc_questions,
        copy_document=copy_document,
        preserve_metadata=preserve_metadata,
        ocr_model=ocr_model,
        tesseract_lang=tesseract_lang,
        keep_tables_as_one_chunk=keep_tables_as_one_chunk,
        chunk_by_page=chunk_by_page,
        handwriting_check=handwriting_check,
        ingest_mode=ingest_mode,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | Unset = 300.0,
    gen_doc_summaries: bool | Unset = False,
    gen_doc_questions: bool | Unset = False,
    copy_document: bool | Unset = False,
    preserve_metadata: bool | Unset = False,
    ocr_model: str | Unset = "auto",
    tesseract_lang: str | Unset = UNSET,
    keep_tables_as_one_chunk: bool | Unset = False,
    chunk_by_page: bool | Unset = False,
    handwriting_check: bool | Unset = False,
    ingest_mode: InsertDocumentIntoCollectionIngestMode | Unset = UNSET,
) -> Response[None]:
    """Add a document to a collection

     Adds an existing document, by id, to a collection; adding one already there changes nothing. A
    document that would take the collection past its own `size_limit` is refused with 409, past the
    server's size limit with 413. The ingestion options are accepted for compatibility; the mock indexes
    the document's text at once.

    Args:
        collection_id (str):
        document_id (str):
        timeout (float | Unset):  Default: 300.0.
        gen_doc_summaries (bool | Unset):  Default: False.
        gen_doc_questions (bool | Unset):  Default: False.
        copy_document (bool | Unset):  Default: False.
        preserve_metadata (bool | Unset):  Default: False.
        ocr_model (str | Unset):  Default: 'auto'.
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):  Default: False.
        chunk_by_page (bool | Unset):  Default: False.
        handwriting_check (bool | Unset):  Default: False.
        ingest_mode (InsertDocumentIntoCollectionIngestMode | Unset):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        document_id=document_id,
        timeout=timeout,
        gen_doc_summaries=gen_doc_summaries,
        gen_doc_questions=gen_doc_questions,
        copy_document=copy_document,
        preserve_metadata=preserve_metadata,
        ocr_model=ocr_model,
        tesseract_lang=tesseract_lang,
        keep_tables_as_one_chunk=keep_tables_as_one_chunk,
        chunk_by_page=chunk_by_page,
        handwriting_check=handwriting_check,
        ingest_mode=ingest_mode,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | Unset = 300.0,
    gen_doc_summaries: bool | Unset = False,
    gen_doc_questions: bool | Unset = False,
    copy_document: bool | Unset = False,
    preserve_metadata: bool | Unset = False,
    ocr_model: str | Unset = "auto",
    tesseract_lang: str | Unset = UNSET,
    keep_tables_as_one_chunk: bool | Unset = False,
    chunk_by_page: bool | Unset = False,
    handwriting_check: bool | Unset = False,
    ingest_mode: InsertDocumentIntoCollectionIngestMode | Unset = UNSET,
) -> None:
    """Add a document to a collection

     Adds an existing document, by id, to a collection; adding one already there changes nothing. A
    document that would take the collection past its own `size_limit` is refused with 409, past the
    server's size limit with 413. The ingestion options are accepted for compatibility; the mock indexes
    the document's text at once.

    Args:
        collection_id (str):
        document_id (str):
        timeout (float | Unset):  Default: 300.0.
        gen_doc_summaries (bool | Unset):  Default: False.
        gen_doc_questions (bool | Unset):  Default: False.
        copy_document (bool | Unset):  Default: False.
        preserve_metadata (bool | Unset):  Default: False.
        ocr_model (str | Unset):  Default: 'auto'.
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):  Default: False.
        chunk_by_page (bool | Unset):  Default: False.
        handwriting_check (bool | Unset):  Default: False.
        ingest_mode (InsertDocumentIntoCollectionIngestMode | Unset):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.ConflictError: On status 409, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            document_id=document_id,
            client=client,
            timeout=timeout,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            copy_document=copy_document,
            preserve_metadata=preserve_metadata,
            ocr_model=ocr_model,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            ingest_mode=ingest_mode,
        )
    ).parsed
