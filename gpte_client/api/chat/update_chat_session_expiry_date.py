from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.update_expiry_date_request import UpdateExpiryDateRequest
from ...types import Response


def _get_kwargs(
    session_id: str,
    *,
    body: UpdateExpiryDateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/chats/{session_id}/expiry_date".format(
            session_id=quote(str(session_id), safe=""),
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
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateExpiryDateRequest,
) -> Response[None]:
    """Set a chat session's expiry date

     Sets the day the session expires (its start, in `timezone`, UTC when omitted); the session's status
    becomes `expiring` and `keep_forever` false. The mock records the date and does not run the expiry
    sweep.

    Args:
        session_id (str):
        body (UpdateExpiryDateRequest): The day a chat session expires. Example: {'expiry_date':
            '2030-01-31', 'timezone': 'Europe/Paris'}.

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
        session_id=session_id,
        body=body,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateExpiryDateRequest,
) -> None:
    """Set a chat session's expiry date

     Sets the day the session expires (its start, in `timezone`, UTC when omitted); the session's status
    becomes `expiring` and `keep_forever` false. The mock records the date and does not run the expiry
    sweep.

    Args:
        session_id (str):
        body (UpdateExpiryDateRequest): The day a chat session expires. Example: {'expiry_date':
            '2030-01-31', 'timezone': 'Europe/Paris'}.

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
        session_id=session_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateExpiryDateRequest,
) -> Response[None]:
    """Set a chat session's expiry date

     Sets the day the session expires (its start, in `timezone`, UTC when omitted); the session's status
    becomes `expiring` and `keep_forever` false. The mock records the date and does not run the expiry
    sweep.

    Args:
        session_id (str):
        body (UpdateExpiryDateRequest): The day a chat session expires. Example: {'expiry_date':
            '2030-01-31', 'timezone': 'Europe/Paris'}.

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
        session_id=session_id,
        body=body,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateExpiryDateRequest,
) -> None:
    """Set a chat session's expiry date

     Sets the day the session expires (its start, in `timezone`, UTC when omitted); the session's status
    becomes `expiring` and `keep_forever` false. The mock records the date and does not run the expiry
    sweep.

    Args:
        session_id (str):
        body (UpdateExpiryDateRequest): The day a chat session expires. Example: {'expiry_date':
            '2030-01-31', 'timezone': 'Europe/Paris'}.

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
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
