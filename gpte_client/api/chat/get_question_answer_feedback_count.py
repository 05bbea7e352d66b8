from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.count import Count
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["collection_id"] = collection_id

    params["interval"] = interval

    params["no_collection"] = no_collection

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/question_answer_feedbacks/count",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Count:
    if response.status_code == 200:
        response_200 = Count.from_dict(response.json())

        return response_200

    raise errors.error_from_response(response, documented=frozenset({400, 401, 404}))


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Count]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = False,
) -> Response[Count]:
    """Count question/answer feedback

     Returns how many of the caller's answers have feedback, with the list's filters; agrees with the
    list.

    Args:
        collection_id (str | Unset):
        interval (str | Unset):
        no_collection (bool | Unset):  Default: False.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[Count]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        interval=interval,
        no_collection=no_collection,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = False,
) -> Count:
    """Count question/answer feedback

     Returns how many of the caller's answers have feedback, with the list's filters; agrees with the
    list.

    Args:
        collection_id (str | Unset):
        interval (str | Unset):
        no_collection (bool | Unset):  Default: False.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Count
    """

    return sync_detailed(
        client=client,
        collection_id=collection_id,
        interval=interval,
        no_collection=no_collection,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = False,
) -> Response[Count]:
    """Count question/answer feedback

     Returns how many of the caller's answers have feedback, with the list's filters; agrees with the
    list.

    Args:
        collection_id (str | Unset):
        interval (str | Unset):
        no_collection (bool | Unset):  Default: False.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[Count]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        interval=interval,
        no_collection=no_collection,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = False,
) -> Count:
    """Count question/answer feedback

     Returns how many of the caller's answers have feedback, with the list's filters; agrees with the
    list.

    Args:
        collection_id (str | Unset):
        interval (str | Unset):
        no_collection (bool | Unset):  Default: False.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Count
    """

    return (
        await asyncio_detailed(
            client=client,
            collection_id=collection_id,
            interval=interval,
            no_collection=no_collection,
        )
    ).parsed
