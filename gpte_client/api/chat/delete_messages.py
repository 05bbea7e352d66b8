from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    message_ids: list[str],
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/messages/{message_ids}".format(
            message_ids=quote(",".join(map(str, message_ids)), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.error_from_response(response, documented=frozenset({400, 401, 404}))


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    message_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Delete chat messages

     Deletes the caller's messages named by comma-separated ids (the comma may arrive percent-encoded,
    `%2C`). Deleting a question deletes its answer too; deleting an answer keeps its question. All or
    nothing: an id that is not one of the caller's messages answers 404 and nothing is deleted.

    Args:
        message_ids (list[str]):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        message_ids=message_ids,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    message_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete chat messages

     Deletes the caller's messages named by comma-separated ids (the comma may arrive percent-encoded,
    `%2C`). Deleting a question deletes its answer too; deleting an answer keeps its question. All or
    nothing: an id that is not one of the caller's messages answers 404 and nothing is deleted.

    Args:
        message_ids (list[str]):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        None
    """

    return sync_detailed(
        message_ids=message_ids,
        client=client,
    ).parsed


async def asyncio_detailed(
    message_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Delete chat messages

     Deletes the caller's messages named by comma-separated ids (the comma may arrive percent-encoded,
    `%2C`). Deleting a question deletes its answer too; deleting an answer keeps its question. All or
    nothing: an id that is not one of the caller's messages answers 404 and nothing is deleted.

    Args:
        message_ids (list[str]):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        message_ids=message_ids,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete chat messages

     Deletes the caller's messages named by comma-separated ids (the comma may arrive percent-encoded,
    `%2C`). Deleting a question deletes its answer too; deleting an answer keeps its question. All or
    nothing: an id that is not one of the caller's messages answers 404 and nothing is deleted.

    Args:
        message_ids (list[str]):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            message_ids=message_ids,
            client=client,
        )
    ).parsed
