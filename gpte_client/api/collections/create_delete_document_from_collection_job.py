from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.delete_documents_job_request import DeleteDocumentsJobRequest
from ...models.job_details import JobDetails
from ...types import Response


def _get_kwargs(
    collection_id: str,
    *,
    body: DeleteDocumentsJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collections/{collection_id}/documents/delete_job".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteDocumentsJobRequest,
) -> Response[JobDetails]:
    """Remove documents from a collection in a job

     Starts a job that takes documents out of one of the caller's collections, all or none; they stay in
    other collections that hold them. The job fails if a document is not in the collection when it runs.

    Args:
        collection_id (str):
        body (DeleteDocumentsJobRequest): The documents a job deletes, or takes out of a
            collection. Example: {'document_ids': ['c9e1a3b5-7d2f-4b6c-8e0a-2c4e6a8b0d3f']}.

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
        collection_id=collection_id,
        body=body,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteDocumentsJobRequest,
) -> JobDetails:
    """Remove documents from a collection in a job

     Starts a job that takes documents out of one of the caller's collections, all or none; they stay in
    other collections that hold them. The job fails if a document is not in the collection when it runs.

    Args:
        collection_id (str):
        body (DeleteDocumentsJobRequest): The documents a job deletes, or takes out of a
            collection. Example: {'document_ids': ['c9e1a3b5-7d2f-4b6c-8e0a-2c4e6a8b0d3f']}.

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
        collection_id=collection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteDocumentsJobRequest,
) -> Response[JobDetails]:
    """Remove documents from a collection in a job

     Starts a job that takes documents out of one of the caller's collections, all or none; they stay in
    other collections that hold them. The job fails if a document is not in the collection when it runs.

    Args:
        collection_id (str):
        body (DeleteDocumentsJobRequest): The documents a job deletes, or takes out of a
            collection. Example: {'document_ids': ['c9e1a3b5-7d2f-4b6c-8e0a-2c4e6a8b0d3f']}.

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
        collection_id=collection_id,
        body=body,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteDocumentsJobRequest,
) -> JobDetails:
    """Remove documents from a collection in a job

     Starts a job that takes documents out of one of the caller's collections, all or none; they stay in
    other collections that hold them. The job fails if a document is not in the collection when it runs.

    Args:
        collection_id (str):
        body (DeleteDocumentsJobRequest): The documents a job deletes, or takes out of a
            collection. Example: {'document_ids': ['c9e1a3b5-7d2f-4b6c-8e0a-2c4e6a8b0d3f']}.

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
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
