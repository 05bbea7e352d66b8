from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chats/{session_id}/archive".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.error_from_response(response, documented=frozenset({401, 403, 404}))


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
) -> Response[None]:
    """Archive a chat session

     Admin-only. Archives a session with its messages: its status becomes `archived`, `archived_at` is
    set, its expiry date is cleared and `keep_forever` becomes false. An archived session leaves its
    owner's lists and counts (it stays readable by id) and appears in `GET /admin/chats/archived`.
    Archiving an archived session changes nothing.

    Args:
        session_id (str):

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PermissionDeniedError: On status 403, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Archive a chat session

     Admin-only. Archives a session with its messages: its status becomes `archived`, `archived_at` is
    set, its expiry date is cleared and `keep_forever` becomes false. An archived session leaves its
    owner's lists and counts (it stays readable by id) and appears in `GET /admin/chats/archived`.
    Archiving an archived session changes nothing.

    Args:
        session_id (str):

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PermissionDeniedError: On status 403, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        None
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Archive a chat session

     Admin-only. Archives a session with its messages: its status becomes `archived`, `archived_at` is
    set, its expiry date is cleared and `keep_forever` becomes false. An archived session leaves its
    owner's lists and counts (it stays readable by id) and appears in `GET /admin/chats/archived`.
    Archiving an archived session changes nothing.

    Args:
        session_id (str):

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PermissionDeniedError: On status 403, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Archive a chat session

     Admin-only. Archives a session with its messages: its status becomes `archived`, `archived_at` is
    set, its expiry date is cleared and `keep_forever` becomes false. An archived session leaves its
    owner's lists and counts (it stays readable by id) and appears in `GET /admin/chats/archived`.
    Archiving an archived session changes nothing.

    Args:
        session_id (str):

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PermissionDeniedError: On status 403, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
        )
    ).parsed
