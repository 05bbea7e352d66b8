from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.delete_collections_job_request import DeleteCollectionsJobRequest
from ...models.job_details import JobDetails
from ...types import Response


def _get_kwargs(
    *,
    body: DeleteCollectionsJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collections/delete_job",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobDetails:
    if response.status_code == 201:
        response_201 = JobDetails.from_dict(response.json())

        return response_201

    raise errors.error_from_response(response, documented=frozenset({400, 401, 413}))


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
    body: DeleteCollectionsJobRequest,
) -> Response[JobDetails]:
    """Delete collections in a job

     Starts a job that deletes the caller's collections as `delete_collection` does each, all or none;
    the job fails, deleting nothing, if one is missing or not the caller's when it runs.

    Args:
        body (DeleteCollectionsJobRequest): The collections a job deletes. Example:
            {'collection_ids': ['a7c3e9f1-2b4d-4e6f-8a1c-3e5f7a9b1c2d']}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[JobDetails]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteCollectionsJobRequest,
) -> JobDetails:
    """Delete collections in a job

     Starts a job that deletes the caller's collections as `delete_collection` does each, all or none;
    the job fails, deleting nothing, if one is missing or not the caller's when it runs.

    Args:
        body (DeleteCollectionsJobRequest): The collections a job deletes. Example:
            {'collection_ids': ['a7c3e9f1-2b4d-4e6f-8a1c-3e5f7a9b1c2d']}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        JobDetails
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteCollectionsJobRequest,
) -> Response[JobDetails]:
    """Delete collections in a job

     Starts a job that deletes the caller's collections as `delete_collection` does each, all or none;
    the job fails, deleting nothing, if one is missing or not the caller's when it runs.

    Args:
        body (DeleteCollectionsJobRequest): The collections a job deletes. Example:
            {'collection_ids': ['a7c3e9f1-2b4d-4e6f-8a1c-3e5f7a9b1c2d']}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[JobDetails]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteCollectionsJobRequest,
) -> JobDetails:
    """Delete collections in a job

     Starts a job that deletes the caller's collections as `delete_collection` does each, all or none;
    the job fails, deleting nothing, if one is missing or not the caller's when it runs.

    Args:
        body (DeleteCollectionsJobRequest): The collections a job deletes. Example:
            {'collection_ids': ['a7c3e9f1-2b4d-4e6f-8a1c-3e5f7a9b1c2d']}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
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
        )
    ).parsed
