from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.delete_chat_sessions_job_request import DeleteChatSessionsJobRequest
from ...models.job_details import JobDetails
from ...types import Response


def _get_kwargs(
    *,
    body: DeleteChatSessionsJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chats/delete_job",
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
    body: DeleteChatSessionsJobRequest,
) -> Response[JobDetails]:
    """Delete chat sessions in a job

     Starts a job that deletes the caller's chat sessions with their messages, all or none. The job
    fails, deleting nothing, if one of the sessions is missing or not the caller's when it runs. Follow
    it with `get_job`.

    Args:
        body (DeleteChatSessionsJobRequest): The chat sessions a job deletes. Example:
            {'session_ids': ['3f0e5d4c-8b1a-4c2e-9f6d-1a2b3c4d5e6f']}.

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
    body: DeleteChatSessionsJobRequest,
) -> JobDetails:
    """Delete chat sessions in a job

     Starts a job that deletes the caller's chat sessions with their messages, all or none. The job
    fails, deleting nothing, if one of the sessions is missing or not the caller's when it runs. Follow
    it with `get_job`.

    Args:
        body (DeleteChatSessionsJobRequest): The chat sessions a job deletes. Example:
            {'session_ids': ['3f0e5d4c-8b1a-4c2e-9f6d-1a2b3c4d5e6f']}.

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
    body: DeleteChatSessionsJobRequest,
) -> Response[JobDetails]:
    """Delete chat sessions in a job

     Starts a job that deletes the caller's chat sessions with their messages, all or none. The job
    fails, deleting nothing, if one of the sessions is missing or not the caller's when it runs. Follow
    it with `get_job`.

    Args:
        body (DeleteChatSessionsJobRequest): The chat sessions a job deletes. Example:
            {'session_ids': ['3f0e5d4c-8b1a-4c2e-9f6d-1a2b3c4d5e6f']}.

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
    body: DeleteChatSessionsJobRequest,
) -> JobDetails:
    """Delete chat sessions in a job

     Starts a job that deletes the caller's chat sessions with their messages, all or none. The job
    fails, deleting nothing, if one of the sessions is missing or not the caller's when it runs. Follow
    it with `get_job`.

    Args:
        body (DeleteChatSessionsJobRequest): The chat sessions a job deletes. Example:
            {'session_ids': ['3f0e5d4c-8b1a-4c2e-9f6d-1a2b3c4d5e6f']}.

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
