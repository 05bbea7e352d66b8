from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.chat_message_meta import ChatMessageMeta
from ...types import UNSET, Response, Unset


def _get_kwargs(
    message_id: str,
    *,
    info_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["info_type"] = info_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages/{message_id}/meta".format(
            message_id=quote(str(message_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[ChatMessageMeta]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ChatMessageMeta.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.error_from_response(response, documented=frozenset({400, 401, 404}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[ChatMessageMeta]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    info_type: str | Unset = UNSET,
) -> Response[list[ChatMessageMeta]]:
    """Get a message's metadata

     Returns metadata recorded with a message: the prompt template in force, token usage and the LLM
    used. `info_type` keeps only entries of that type.

    Args:
        message_id (str):
        info_type (str | Unset):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[list[ChatMessageMeta]]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        info_type=info_type,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    info_type: str | Unset = UNSET,
) -> list[ChatMessageMeta]:
    """Get a message's metadata

     Returns metadata recorded with a message: the prompt template in force, token usage and the LLM
    used. `info_type` keeps only entries of that type.

    Args:
        message_id (str):
        info_type (str | Unset):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        list[ChatMessageMeta]
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        info_type=info_type,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    info_type: str | Unset = UNSET,
) -> Response[list[ChatMessageMeta]]:
    """Get a message's metadata

     Returns metadata recorded with a message: the prompt template in force, token usage and the LLM
    used. `info_type` keeps only entries of that type.

    Args:
        message_id (str):
        info_type (str | Unset):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[list[ChatMessageMeta]]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        info_type=info_type,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    info_type: str | Unset = UNSET,
) -> list[ChatMessageMeta]:
    """Get a message's metadata

     Returns metadata recorded with a message: the prompt template in force, token usage and the LLM
    used. `info_type` keeps only entries of that type.

    Args:
        message_id (str):
        info_type (str | Unset):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        list[ChatMessageMeta]
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            info_type=info_type,
        )
    ).parsed
