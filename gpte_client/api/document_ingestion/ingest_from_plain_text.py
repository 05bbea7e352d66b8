from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: File,
    collection_id: str,
    file_name: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    timeout: float | Unset = 300.0,
    metadata: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["collection_id"] = collection_id

    params["file_name"] = file_name

    params["gen_doc_summaries"] = gen_doc_summaries

    params["gen_doc_questions"] = gen_doc_questions

    params["timeout"] = timeout

    params["metadata"] = metadata

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ingest/plain_text",
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "text/plain"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.error_from_response(response, documented=frozenset({400, 401, 404, 413}))


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    collection_id: str,
    file_name: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    timeout: float | Unset = 300.0,
    metadata: str | Unset = UNSET,
) -> Response[None]:
    """Ingest plain text

     Adds the body's text to a collection the caller owns as one document named `file_name`, chunked and
    indexed at once. A name ending in `.md` or `.html` reads the text as Markdown or HTML. Text larger
    than the upload limit, or that would take the collection past its size limit, is refused with 413.

    Args:
        collection_id (str):
        file_name (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        timeout (float | Unset):  Default: 300.0.
        metadata (str | Unset):
        body (File):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
        collection_id=collection_id,
        file_name=file_name,
        gen_doc_summaries=gen_doc_summaries,
        gen_doc_questions=gen_doc_questions,
        timeout=timeout,
        metadata=metadata,
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
    timeout: float | Unset = 300.0,
    metadata: str | Unset = UNSET,
) -> None:
    """Ingest plain text

     Adds the body's text to a collection the caller owns as one document named `file_name`, chunked and
    indexed at once. A name ending in `.md` or `.html` reads the text as Markdown or HTML. Text larger
    than the upload limit, or that would take the collection past its size limit, is refused with 413.

    Args:
        collection_id (str):
        file_name (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        timeout (float | Unset):  Default: 300.0.
        metadata (str | Unset):
        body (File):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        None
    """

    return sync_detailed(
        client=client,
        body=body,
        collection_id=collection_id,
        file_name=file_name,
        gen_doc_summaries=gen_doc_summaries,
        gen_doc_questions=gen_doc_questions,
        timeout=timeout,
        metadata=metadata,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    collection_id: str,
    file_name: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    timeout: float | Unset = 300.0,
    metadata: str | Unset = UNSET,
) -> Response[None]:
    """Ingest plain text

     Adds the body's text to a collection the caller owns as one document named `file_name`, chunked and
    indexed at once. A name ending in `.md` or `.html` reads the text as Markdown or HTML. Text larger
    than the upload limit, or that would take the collection past its size limit, is refused with 413.

    Args:
        collection_id (str):
        file_name (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        timeout (float | Unset):  Default: 300.0.
        metadata (str | Unset):
        body (File):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
        collection_id=collection_id,
        file_name=file_name,
        gen_doc_summaries=gen_doc_summaries,
        gen_doc_questions=gen_doc_questions,
        timeout=timeout,
        metadata=metadata,
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
    timeout: float | Unset = 300.0,
    metadata: str | Unset = UNSET,
) -> None:
    """Ingest plain text

     Adds the body's text to a collection the caller owns as one document named `file_name`, chunked and
    indexed at once. A name ending in `.md` or `.html` reads the text as Markdown or HTML. Text larger
    than the upload limit, or that would take the collection past its size limit, is refused with 413.

    Args:
        collection_id (str):
        file_name (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        timeout (float | Unset):  Default: 300.0.
        metadata (str | Unset):
        body (File):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            collection_id=collection_id,
            file_name=file_name,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            timeout=timeout,
            metadata=metadata,
        )
    ).parsed
