from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection import Collection
from ...models.error import Error
from ...models.list_collections_sort_column import (
    ListCollectionsSortColumn,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: ListCollectionsSortColumn | Unset = "updated_at",
    ascending: bool | Unset = False,
    metadata_filter: str | Unset = UNSET,
    name_filter: str | Unset = UNSET,
    current_user_only: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_sort_column: str | Unset = UNSET
    if not isinstance(sort_column, Unset):
        json_sort_column = sort_column

    params["sort_column"] = json_sort_column

    params["ascending"] = ascending

    params["metadata_filter"] = metadata_filter

    params["name_filter"] = name_filter

    params["current_user_only"] = current_user_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Collection] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Collection.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[Collection]]:
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
    sort_column: ListCollectionsSortColumn | Unset = "updated_at",
    ascending: bool | Unset = False,
    metadata_filter: str | Unset = UNSET,
    name_filter: str | Unset = UNSET,
    current_user_only: bool | Unset = False,
) -> Response[Error | list[Collection]]:
    """List collections

     Returns the collections the caller owns or that are shared with them.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (ListCollectionsSortColumn | Unset):  Default: 'updated_at'.
        ascending (bool | Unset):  Default: False.
        metadata_filter (str | Unset):
        name_filter (str | Unset):
        current_user_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Collection]]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        sort_column=sort_column,
        ascending=ascending,
        metadata_filter=metadata_filter,
        name_filter=name_filter,
        current_user_only=current_user_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: ListCollectionsSortColumn | Unset = "updated_at",
    ascending: bool | Unset = False,
    metadata_filter: str | Unset = UNSET,
    name_filter: str | Unset = UNSET,
    current_user_only: bool | Unset = False,
) -> Error | list[Collection] | None:
    """List collections

     Returns the collections the caller owns or that are shared with them.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (ListCollectionsSortColumn | Unset):  Default: 'updated_at'.
        ascending (bool | Unset):  Default: False.
        metadata_filter (str | Unset):
        name_filter (str | Unset):
        current_user_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Collection]
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        sort_column=sort_column,
        ascending=ascending,
        metadata_filter=metadata_filter,
        name_filter=name_filter,
        current_user_only=current_user_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: ListCollectionsSortColumn | Unset = "updated_at",
    ascending: bool | Unset = False,
    metadata_filter: str | Unset = UNSET,
    name_filter: str | Unset = UNSET,
    current_user_only: bool | Unset = False,
) -> Response[Error | list[Collection]]:
    """List collections

     Returns the collections the caller owns or that are shared with them.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (ListCollectionsSortColumn | Unset):  Default: 'updated_at'.
        ascending (bool | Unset):  Default: False.
        metadata_filter (str | Unset):
        name_filter (str | Unset):
        current_user_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Collection]]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        sort_column=sort_column,
        ascending=ascending,
        metadata_filter=metadata_filter,
        name_filter=name_filter,
        current_user_only=current_user_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: ListCollectionsSortColumn | Unset = "updated_at",
    ascending: bool | Unset = False,
    metadata_filter: str | Unset = UNSET,
    name_filter: str | Unset = UNSET,
    current_user_only: bool | Unset = False,
) -> Error | list[Collection] | None:
    """List collections

     Returns the collections the caller owns or that are shared with them.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (ListCollectionsSortColumn | Unset):  Default: 'updated_at'.
        ascending (bool | Unset):  Default: False.
        metadata_filter (str | Unset):
        name_filter (str | Unset):
        current_user_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Collection]
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            metadata_filter=metadata_filter,
            name_filter=name_filter,
            current_user_only=current_user_only,
        )
    ).parsed
