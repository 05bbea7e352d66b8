from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.job_details import JobDetails
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: File,
    collection_id: str,
    file_name: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    metadata: str | Unset = UNSET,
    timeout: float | Unset = 300.0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["collection_id"] = collection_id

    params["file_name"] = file_name

    params["gen_doc_summaries"] = gen_doc_summaries

    params["gen_doc_questions"] = gen_doc_questions

    params["metadata"] = metadata

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ingest/plain_text/job",
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "text/plain"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobDetails:
    if response.status_code == 201:
        response_201 = JobDetails.from_dict(response.json())

        return response_201

    raise errors.error_from_response(response, documented=frozenset({400, 401, 404, 413}))


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
    *,
    client: AuthenticatedClient | Client,
    body: File,
    collection_id: str,
    file_name: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    metadata: str | Unset = UNSET,
    timeout: float | Unset = 300.0,
) -> Response[JobDetails]:
    """Ingest plain text, as a job

     Does what `ingest_from_plain_text` does as a job of kind `IngestPlainTextJob`, followed at `GET
    /jobs/{job_id}`. A collection the caller does not own, or a body that is not UTF-8, is refused at
    once; text that passes a size limit fails the job with the reason.

    Args:
        collection_id (str):
        file_name (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        metadata (str | Unset):
        timeout (float | Unset):  Default: 300.0.
        body (File):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[JobDetails]
    """

    kwargs = _get_kwargs(
        body=body,
        collection_id=collection_id,
        file_name=file_name,
        gen_doc_summaries=gen_doc_summaries,
        gen_doc_questions=gen_doc_questions,
        metadata=metadata,
        timeout=timeout,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    collection_id: str,
    file_name: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    metadata: str | Unset = UNSET,
    timeout: float | Unset = 300.0,
) -> JobDetails:
    """Ingest plain text, as a job

     Does what `ingest_from_plain_text` does as a job of kind `IngestPlainTextJob`, followed at `GET
    /jobs/{job_id}`. A collection the caller does not own, or a body that is not UTF-8, is refused at
    once; text that passes a size limit fails the job with the reason.

    Args:
        collection_id (str):
        file_name (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        metadata (str | Unset):
        timeout (float | Unset):  Default: 300.0.
        body (File):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        JobDetails
    """

    return sync_detailed(
        client=client,
        body=body,
        collection_id=collection_id,
        file_name=file_name,
        gen_doc_summaries=gen_doc_summaries,
        gen_doc_questions=gen_doc_questions,
        metadata=metadata,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    collection_id: str,
    file_name: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    metadata: str | Unset = UNSET,
    timeout: float | Unset = 300.0,
) -> Response[JobDetails]:
    """Ingest plain text, as a job

     Does what `ingest_from_plain_text` does as a job of kind `IngestPlainTextJob`, followed at `GET
    /jobs/{job_id}`. A collection the caller does not own, or a body that is not UTF-8, is refused at
    once; text that passes a size limit fails the job with the reason.

    Args:
        collection_id (str):
        file_name (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        metadata (str | Unset):
        timeout (float | Unset):  Default: 300.0.
        body (File):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[JobDetails]
    """

    kwargs = _get_kwargs(
        body=body,
        collection_id=collection_id,
        file_name=file_name,
        gen_doc_summaries=gen_doc_summaries,
        gen_doc_questions=gen_doc_questions,
        metadata=metadata,
        timeout=timeout,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    collection_id: str,
    file_name: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    metadata: str | Unset = UNSET,
    timeout: float | Unset = 300.0,
) -> JobDetails:
    """Ingest plain text, as a job

     Does what `ingest_from_plain_text` does as a job of kind `IngestPlainTextJob`, followed at `GET
    /jobs/{job_id}`. A collection the caller does not own, or a body that is not UTF-8, is refused at
    once; text that passes a size limit fails the job with the reason.

    Args:
        collection_id (str):
        file_name (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        metadata (str | Unset):
        timeout (float | Unset):  Default: 300.0.
        body (File):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        JobDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            collection_id=collection_id,
            file_name=file_name,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            metadata=metadata,
            timeout=timeout,
        )
    ).parsed
