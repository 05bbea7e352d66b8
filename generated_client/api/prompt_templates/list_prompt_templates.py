from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_prompt_templates_sort_column import (
    ListPromptTemplatesSortColumn,
)
from ...models.list_prompt_templates_template_type import (
    ListPromptTemplatesTemplateType,
)
from ...models.prompt_template import PromptTemplate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: ListPromptTemplatesSortColumn | Unset = "updated_at",
    ascending: bool | Unset = True,
    template_type: ListPromptTemplatesTemplateType | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_sort_column: str | Unset = UNSET
    if not isinstance(sort_column, Unset):
        json_sort_column = sort_column

    params["sort_column"] = json_sort_column

    params["ascending"] = ascending

    json_template_type: str | Unset = UNSET
    if not isinstance(template_type, Unset):
        json_template_type = template_type

    params["template_type"] = json_template_type

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/prompt_templates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[PromptTemplate] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PromptTemplate.from_dict(response_200_item_data)

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
) -> Response[Error | list[PromptTemplate]]:
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
    sort_column: ListPromptTemplatesSortColumn | Unset = "updated_at",
    ascending: bool | Unset = True,
    template_type: ListPromptTemplatesTemplateType | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[Error | list[PromptTemplate]]:
    """List prompt templates

     Returns the prompt templates the caller can use: their own, shared ones and the defaults.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (ListPromptTemplatesSortColumn | Unset):  Default: 'updated_at'.
        ascending (bool | Unset):  Default: True.
        template_type (ListPromptTemplatesTemplateType | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[PromptTemplate]]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        sort_column=sort_column,
        ascending=ascending,
        template_type=template_type,
        filter_=filter_,
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
    sort_column: ListPromptTemplatesSortColumn | Unset = "updated_at",
    ascending: bool | Unset = True,
    template_type: ListPromptTemplatesTemplateType | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Error | list[PromptTemplate] | None:
    """List prompt templates

     Returns the prompt templates the caller can use: their own, shared ones and the defaults.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (ListPromptTemplatesSortColumn | Unset):  Default: 'updated_at'.
        ascending (bool | Unset):  Default: True.
        template_type (ListPromptTemplatesTemplateType | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[PromptTemplate]
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        sort_column=sort_column,
        ascending=ascending,
        template_type=template_type,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: ListPromptTemplatesSortColumn | Unset = "updated_at",
    ascending: bool | Unset = True,
    template_type: ListPromptTemplatesTemplateType | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[Error | list[PromptTemplate]]:
    """List prompt templates

     Returns the prompt templates the caller can use: their own, shared ones and the defaults.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (ListPromptTemplatesSortColumn | Unset):  Default: 'updated_at'.
        ascending (bool | Unset):  Default: True.
        template_type (ListPromptTemplatesTemplateType | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[PromptTemplate]]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        sort_column=sort_column,
        ascending=ascending,
        template_type=template_type,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: ListPromptTemplatesSortColumn | Unset = "updated_at",
    ascending: bool | Unset = True,
    template_type: ListPromptTemplatesTemplateType | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Error | list[PromptTemplate] | None:
    """List prompt templates

     Returns the prompt templates the caller can use: their own, shared ones and the defaults.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (ListPromptTemplatesSortColumn | Unset):  Default: 'updated_at'.
        ascending (bool | Unset):  Default: True.
        template_type (ListPromptTemplatesTemplateType | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[PromptTemplate]
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            template_type=template_type,
            filter_=filter_,
        )
    ).parsed
