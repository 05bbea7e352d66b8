from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    question_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages/{question_id}/pause".format(
            question_id=quote(str(question_id), safe=""),
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
    question_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Pause an answer in flight

     Holds the answer to this question that is streaming now: no line is sent until it is resumed (or
    stopped or finished). An answer not streaming is left as it is.

    Args:
        question_id (str):

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
        question_id=question_id,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    question_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Pause an answer in flight

     Holds the answer to this question that is streaming now: no line is sent until it is resumed (or
    stopped or finished). An answer not streaming is left as it is.

    Args:
        question_id (str):

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
        question_id=question_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    question_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Pause an answer in flight

     Holds the answer to this question that is streaming now: no line is sent until it is resumed (or
    stopped or finished). An answer not streaming is left as it is.

    Args:
        question_id (str):

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
        question_id=question_id,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    question_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Pause an answer in flight

     Holds the answer to this question that is streaming now: no line is sent until it is resumed (or
    stopped or finished). An answer not streaming is left as it is.

    Args:
        question_id (str):

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
            question_id=question_id,
            client=client,
        )
    ).parsed
