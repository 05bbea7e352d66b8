from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection_settings_input import CollectionSettingsInput
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    collection_id: str,
    *,
    body: CollectionSettingsInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collections/{collection_id}/settings".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

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
    *,
    client: AuthenticatedClient | Client,
    body: CollectionSettingsInput | Unset = UNSET,
) -> Response[Any | Error]:
    """Store a collection's settings

     Replaces the collection's ingestion and guardrail settings.

    Args:
        collection_id (str):
        body (CollectionSettingsInput | Unset): Ingestion and guardrail settings to store on a
            collection. Example: {'max_tokens_per_chunk': 320, 'chunk_overlap_tokens': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CollectionSettingsInput | Unset = UNSET,
) -> Any | Error | None:
    """Store a collection's settings

     Replaces the collection's ingestion and guardrail settings.

    Args:
        collection_id (str):
        body (CollectionSettingsInput | Unset): Ingestion and guardrail settings to store on a
            collection. Example: {'max_tokens_per_chunk': 320, 'chunk_overlap_tokens': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CollectionSettingsInput | Unset = UNSET,
) -> Response[Any | Error]:
    """Store a collection's settings

     Replaces the collection's ingestion and guardrail settings.

    Args:
        collection_id (str):
        body (CollectionSettingsInput | Unset): Ingestion and guardrail settings to store on a
            collection. Example: {'max_tokens_per_chunk': 320, 'chunk_overlap_tokens': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CollectionSettingsInput | Unset = UNSET,
) -> Any | Error | None:
    """Store a collection's settings

     Replaces the collection's ingestion and guardrail settings.

    Args:
        collection_id (str):
        body (CollectionSettingsInput | Unset): Ingestion and guardrail settings to store on a
            collection. Example: {'max_tokens_per_chunk': 320, 'chunk_overlap_tokens': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
