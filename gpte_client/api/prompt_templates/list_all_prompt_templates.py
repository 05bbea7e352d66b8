from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, paging, retries
from ...client import AuthenticatedClient, Client
from ...models.list_all_prompt_templates_sort_column import (
    ListAllPromptTemplatesSortColumn,
)
from ...models.list_all_prompt_templates_template_type import (
    ListAllPromptTemplatesTemplateType,
)
from ...models.prompt_template import PromptTemplate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: ListAllPromptTemplatesSortColumn | Unset = "updated_at",
    ascending: bool | Unset = True,
    template_type: ListAllPromptTemplatesTemplateType | Unset = "all",
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
        "url": "/prompt_templates/all",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[PromptTemplate]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PromptTemplate.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.error_from_response(response, documented=frozenset({400, 401, 403}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[PromptTemplate]]:
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
    sort_column: ListAllPromptTemplatesSortColumn | Unset = "updated_at",
    ascending: bool | Unset = True,
    template_type: ListAllPromptTemplatesTemplateType | Unset = "all",
    filter_: str | Unset = UNSET,
) -> Response[list[PromptTemplate]]:
    """List every prompt template (admins)

     Returns every user's templates and every system template, hidden ones included. Only admins may call
    it; others get 403.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (ListAllPromptTemplatesSortColumn | Unset):  Default: 'updated_at'.
        ascending (bool | Unset):  Default: True.
        template_type (ListAllPromptTemplatesTemplateType | Unset):  Default: 'all'.
        filter_ (str | Unset):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PermissionDeniedError: On status 403, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[list[PromptTemplate]]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        sort_column=sort_column,
        ascending=ascending,
        template_type=template_type,
        filter_=filter_,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: ListAllPromptTemplatesSortColumn | Unset = "updated_at",
    ascending: bool | Unset = True,
    template_type: ListAllPromptTemplatesTemplateType | Unset = "all",
    filter_: str | Unset = UNSET,
) -> list[PromptTemplate]:
    """List every prompt template (admins)

     Returns every user's templates and every system template, hidden ones included. Only admins may call
    it; others get 403.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (ListAllPromptTemplatesSortColumn | Unset):  Default: 'updated_at'.
        ascending (bool | Unset):  Default: True.
        template_type (ListAllPromptTemplatesTemplateType | Unset):  Default: 'all'.
        filter_ (str | Unset):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PermissionDeniedError: On status 403, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        list[PromptTemplate]
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
    sort_column: ListAllPromptTemplatesSortColumn | Unset = "updated_at",
    ascending: bool | Unset = True,
    template_type: ListAllPromptTemplatesTemplateType | Unset = "all",
    filter_: str | Unset = UNSET,
) -> Response[list[PromptTemplate]]:
    """List every prompt template (admins)

     Returns every user's templates and every system template, hidden ones included. Only admins may call
    it; others get 403.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (ListAllPromptTemplatesSortColumn | Unset):  Default: 'updated_at'.
        ascending (bool | Unset):  Default: True.
        template_type (ListAllPromptTemplatesTemplateType | Unset):  Default: 'all'.
        filter_ (str | Unset):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PermissionDeniedError: On status 403, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[list[PromptTemplate]]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        sort_column=sort_column,
        ascending=ascending,
        template_type=template_type,
        filter_=filter_,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: ListAllPromptTemplatesSortColumn | Unset = "updated_at",
    ascending: bool | Unset = True,
    template_type: ListAllPromptTemplatesTemplateType | Unset = "all",
    filter_: str | Unset = UNSET,
) -> list[PromptTemplate]:
    """List every prompt template (admins)

     Returns every user's templates and every system template, hidden ones included. Only admins may call
    it; others get 403.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (ListAllPromptTemplatesSortColumn | Unset):  Default: 'updated_at'.
        ascending (bool | Unset):  Default: True.
        template_type (ListAllPromptTemplatesTemplateType | Unset):  Default: 'all'.
        filter_ (str | Unset):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PermissionDeniedError: On status 403, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        list[PromptTemplate]
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


def iterate(
    *,
    client: AuthenticatedClient | Client,
    sort_column: ListAllPromptTemplatesSortColumn | Unset = "updated_at",
    ascending: bool | Unset = True,
    template_type: ListAllPromptTemplatesTemplateType | Unset = "all",
    filter_: str | Unset = UNSET,
    page_size: int = 100,
) -> Iterator[PromptTemplate]:
    """Every item, fetched page by page (``page_size`` at a time) as the iteration goes.

    Takes the arguments of :func:`sync` except ``offset`` and ``limit``, and raises what it raises.
    """

    def fetch(offset: int, limit: int) -> list[PromptTemplate]:
        return sync(
            client=client,
            sort_column=sort_column,
            ascending=ascending,
            template_type=template_type,
            filter_=filter_,
            offset=offset,
            limit=limit,
        )

    return paging.iterate_pages(fetch, page_size)


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    sort_column: ListAllPromptTemplatesSortColumn | Unset = "updated_at",
    ascending: bool | Unset = True,
    template_type: ListAllPromptTemplatesTemplateType | Unset = "all",
    filter_: str | Unset = UNSET,
    page_size: int = 100,
) -> AsyncIterator[PromptTemplate]:
    """Every item, fetched page by page (``page_size`` at a time) as the async iteration goes.

    Takes the arguments of :func:`asyncio` except ``offset`` and ``limit``, and raises what it raises.
    """

    async def fetch(offset: int, limit: int) -> list[PromptTemplate]:
        return await asyncio(
            client=client,
            sort_column=sort_column,
            ascending=ascending,
            template_type=template_type,
            filter_=filter_,
            offset=offset,
            limit=limit,
        )

    return paging.aiterate_pages(fetch, page_size)
