from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.guardrails_settings import GuardrailsSettings
from ...types import Response


def _get_kwargs(
    session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chats/{session_id}/guardrails".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GuardrailsSettings | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> GuardrailsSettings | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GuardrailsSettings.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GuardrailsSettings | None, data)

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.error_from_response(response, documented=frozenset({400, 401, 404}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GuardrailsSettings | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GuardrailsSettings | None]:
    """Get a chat session's guardrails

     Returns the guardrails settings of the session's collection, or `null` when the session has no
    collection or the collection has none.

    Args:
        session_id (str):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[GuardrailsSettings | None]
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
) -> GuardrailsSettings | None:
    """Get a chat session's guardrails

     Returns the guardrails settings of the session's collection, or `null` when the session has no
    collection or the collection has none.

    Args:
        session_id (str):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        GuardrailsSettings | None
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GuardrailsSettings | None]:
    """Get a chat session's guardrails

     Returns the guardrails settings of the session's collection, or `null` when the session has no
    collection or the collection has none.

    Args:
        session_id (str):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[GuardrailsSettings | None]
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
) -> GuardrailsSettings | None:
    """Get a chat session's guardrails

     Returns the guardrails settings of the session's collection, or `null` when the session has no
    collection or the collection has none.

    Args:
        session_id (str):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        GuardrailsSettings | None
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
        )
    ).parsed
