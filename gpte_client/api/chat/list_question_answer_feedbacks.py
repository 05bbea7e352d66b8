from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, paging, retries
from ...client import AuthenticatedClient, Client
from ...models.qa_feedback import QAFeedback
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["collection_id"] = collection_id

    params["interval"] = interval

    params["no_collection"] = no_collection

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/question_answer_feedbacks",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[QAFeedback]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = QAFeedback.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.error_from_response(response, documented=frozenset({400, 401, 404}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[QAFeedback]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = False,
) -> Response[list[QAFeedback]]:
    """List question/answer feedback

     Returns the caller's answers that have feedback (a vote other than 0, or an expected answer and
    comment), each with its question, newest answer first. Answers in archived sessions are left out.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
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
        Response[list[QAFeedback]]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        collection_id=collection_id,
        interval=interval,
        no_collection=no_collection,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = False,
) -> list[QAFeedback]:
    """List question/answer feedback

     Returns the caller's answers that have feedback (a vote other than 0, or an expected answer and
    comment), each with its question, newest answer first. Answers in archived sessions are left out.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
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
        list[QAFeedback]
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        collection_id=collection_id,
        interval=interval,
        no_collection=no_collection,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = False,
) -> Response[list[QAFeedback]]:
    """List question/answer feedback

     Returns the caller's answers that have feedback (a vote other than 0, or an expected answer and
    comment), each with its question, newest answer first. Answers in archived sessions are left out.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
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
        Response[list[QAFeedback]]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        collection_id=collection_id,
        interval=interval,
        no_collection=no_collection,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = False,
) -> list[QAFeedback]:
    """List question/answer feedback

     Returns the caller's answers that have feedback (a vote other than 0, or an expected answer and
    comment), each with its question, newest answer first. Answers in archived sessions are left out.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
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
        list[QAFeedback]
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            collection_id=collection_id,
            interval=interval,
            no_collection=no_collection,
        )
    ).parsed


def iterate(
    *,
    client: AuthenticatedClient | Client,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = False,
    page_size: int = 100,
) -> Iterator[QAFeedback]:
    """Every item, fetched page by page (``page_size`` at a time) as the iteration goes.

    Takes the arguments of :func:`sync` except ``offset`` and ``limit``, and raises what it raises.
    """

    def fetch(offset: int, limit: int) -> list[QAFeedback]:
        return sync(
            client=client,
            collection_id=collection_id,
            interval=interval,
            no_collection=no_collection,
            offset=offset,
            limit=limit,
        )

    return paging.iterate_pages(fetch, page_size)


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = False,
    page_size: int = 100,
) -> AsyncIterator[QAFeedback]:
    """Every item, fetched page by page (``page_size`` at a time) as the async iteration goes.

    Takes the arguments of :func:`asyncio` except ``offset`` and ``limit``, and raises what it raises.
    """

    async def fetch(offset: int, limit: int) -> list[QAFeedback]:
        return await asyncio(
            client=client,
            collection_id=collection_id,
            interval=interval,
            no_collection=no_collection,
            offset=offset,
            limit=limit,
        )

    return paging.aiterate_pages(fetch, page_size)
