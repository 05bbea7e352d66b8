from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.message_vote_update_request import MessageVoteUpdateRequest
from ...types import Response


def _get_kwargs(
    message_id: str,
    *,
    body: MessageVoteUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/messages/{message_id}/votes".format(
            message_id=quote(str(message_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MessageVoteUpdateRequest,
) -> Response[None]:
    """Vote on a message

     Sets the message's vote to `votes`: 1 like, -1 dislike, 0 none (any other value is refused). The
    value is set, not added: voting 1 twice leaves 1. The vote shows in the message's `votes`, and a
    voted answer is listed in the question/answer feedback.

    Args:
        message_id (str):
        body (MessageVoteUpdateRequest): The vote a message gets. Example: {'votes': 1}.

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
        message_id=message_id,
        body=body,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MessageVoteUpdateRequest,
) -> None:
    """Vote on a message

     Sets the message's vote to `votes`: 1 like, -1 dislike, 0 none (any other value is refused). The
    value is set, not added: voting 1 twice leaves 1. The vote shows in the message's `votes`, and a
    voted answer is listed in the question/answer feedback.

    Args:
        message_id (str):
        body (MessageVoteUpdateRequest): The vote a message gets. Example: {'votes': 1}.

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
        message_id=message_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MessageVoteUpdateRequest,
) -> Response[None]:
    """Vote on a message

     Sets the message's vote to `votes`: 1 like, -1 dislike, 0 none (any other value is refused). The
    value is set, not added: voting 1 twice leaves 1. The vote shows in the message's `votes`, and a
    voted answer is listed in the question/answer feedback.

    Args:
        message_id (str):
        body (MessageVoteUpdateRequest): The vote a message gets. Example: {'votes': 1}.

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
        message_id=message_id,
        body=body,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MessageVoteUpdateRequest,
) -> None:
    """Vote on a message

     Sets the message's vote to `votes`: 1 like, -1 dislike, 0 none (any other value is refused). The
    value is set, not added: voting 1 twice leaves 1. The vote shows in the message's `votes`, and a
    voted answer is listed in the question/answer feedback.

    Args:
        message_id (str):
        body (MessageVoteUpdateRequest): The vote a message gets. Example: {'votes': 1}.

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
            message_id=message_id,
            client=client,
            body=body,
        )
    ).parsed
