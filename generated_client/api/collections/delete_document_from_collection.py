from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    collection_id: str,
    document_id: str,
    *,
    timeout: float | Unset = 300.0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/collections/{collection_id}/documents/{document_id}".format(
            collection_id=quote(str(collection_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_id: str,
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | Unset = 300.0,
) -> Response[Any | Error]:
    """Remove a document from a collection

     Removes a document from a collection; the document stays in other collections that hold it.

    Args:
        collection_id (str):
        document_id (str):
        timeout (float | Unset):  Default: 300.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        document_id=document_id,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | Unset = 300.0,
) -> Any | Error | None:
    """Remove a document from a collection

     Removes a document from a collection; the document stays in other collections that hold it.

    Args:
        collection_id (str):
        document_id (str):
        timeout (float | Unset):  Default: 300.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        collection_id=collection_id,
        document_id=document_id,
        client=client,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | Unset = 300.0,
) -> Response[Any | Error]:
    """Remove a document from a collection

     Removes a document from a collection; the document stays in other collections that hold it.

    Args:
        collection_id (str):
        document_id (str):
        timeout (float | Unset):  Default: 300.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        document_id=document_id,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | Unset = 300.0,
) -> Any | Error | None:
    """Remove a document from a collection

     Removes a document from a collection; the document stays in other collections that hold it.

    Args:
        collection_id (str):
        document_id (str):
        timeout (float | Unset):  Default: 300.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            document_id=document_id,
            client=client,
            timeout=timeout,
        )
    ).parsed
