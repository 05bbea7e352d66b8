from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.job_details import JobDetails
from ...models.migrate_collection_chat_sessions_job_request import MigrateCollectionChatSessionsJobRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    collection_id: str,
    *,
    body: MigrateCollectionChatSessionsJobRequest,
    timeout: float | Unset = 300.0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collections/{collection_id}/migrate_chat_sessions_job".format(
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
    body: MigrateCollectionChatSessionsJobRequest,
    timeout: float | Unset = 300.0,
) -> Response[JobDetails]:
    """Move a collection's chat sessions in a job

     Starts a job that points the chat sessions on one of the caller's collections at another collection
    they can read. Sessions whose owner may not read the target stay where they are.

    Args:
        collection_id (str):
        timeout (float | Unset):  Default: 300.0.
        body (MigrateCollectionChatSessionsJobRequest): The collection a job moves chat sessions
            to. Example: {'target_collection_id': 'b8d4f0a2-3c5e-4f7a-9b2d-4f6a8c0e2b4d'}.

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
        timeout=timeout,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MigrateCollectionChatSessionsJobRequest,
    timeout: float | Unset = 300.0,
) -> JobDetails:
    """Move a collection's chat sessions in a job

     Starts a job that points the chat sessions on one of the caller's collections at another collection
    they can read. Sessions whose owner may not read the target stay where they are.

    Args:
        collection_id (str):
        timeout (float | Unset):  Default: 300.0.
        body (MigrateCollectionChatSessionsJobRequest): The collection a job moves chat sessions
            to. Example: {'target_collection_id': 'b8d4f0a2-3c5e-4f7a-9b2d-4f6a8c0e2b4d'}.

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
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MigrateCollectionChatSessionsJobRequest,
    timeout: float | Unset = 300.0,
) -> Response[JobDetails]:
    """Move a collection's chat sessions in a job

     Starts a job that points the chat sessions on one of the caller's collections at another collection
    they can read. Sessions whose owner may not read the target stay where they are.

    Args:
        collection_id (str):
        timeout (float | Unset):  Default: 300.0.
        body (MigrateCollectionChatSessionsJobRequest): The collection a job moves chat sessions
            to. Example: {'target_collection_id': 'b8d4f0a2-3c5e-4f7a-9b2d-4f6a8c0e2b4d'}.

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
        timeout=timeout,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MigrateCollectionChatSessionsJobRequest,
    timeout: float | Unset = 300.0,
) -> JobDetails:
    """Move a collection's chat sessions in a job

     Starts a job that points the chat sessions on one of the caller's collections at another collection
    they can read. Sessions whose owner may not read the target stay where they are.

    Args:
        collection_id (str):
        timeout (float | Unset):  Default: 300.0.
        body (MigrateCollectionChatSessionsJobRequest): The collection a job moves chat sessions
            to. Example: {'target_collection_id': 'b8d4f0a2-3c5e-4f7a-9b2d-4f6a8c0e2b4d'}.

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
            timeout=timeout,
        )
    ).parsed
