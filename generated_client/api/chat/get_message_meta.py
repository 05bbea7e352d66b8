from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_message_meta import ChatMessageMeta
from ...models.error import Error
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
) -> Error | list[ChatMessageMeta] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ChatMessageMeta.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[ChatMessageMeta]]:
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
) -> Response[Error | list[ChatMessageMeta]]:
    """Get a message's metadata

     Returns metadata recorded with a message: the prompt template in force, token usage and the LLM
    used. `info_type` keeps only entries of that type.

    Args:
        message_id (str):
        info_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ChatMessageMeta]]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        info_type=info_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    info_type: str | Unset = UNSET,
) -> Error | list[ChatMessageMeta] | None:
    """Get a message's metadata

     Returns metadata recorded with a message: the prompt template in force, token usage and the LLM
    used. `info_type` keeps only entries of that type.

    Args:
        message_id (str):
        info_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ChatMessageMeta]
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
) -> Response[Error | list[ChatMessageMeta]]:
    """Get a message's metadata

     Returns metadata recorded with a message: the prompt template in force, token usage and the LLM
    used. `info_type` keeps only entries of that type.

    Args:
        message_id (str):
        info_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ChatMessageMeta]]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        info_type=info_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    info_type: str | Unset = UNSET,
) -> Error | list[ChatMessageMeta] | None:
    """Get a message's metadata

     Returns metadata recorded with a message: the prompt template in force, token usage and the LLM
    used. `info_type` keeps only entries of that type.

    Args:
        message_id (str):
        info_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ChatMessageMeta]
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            info_type=info_type,
        )
    ).parsed
