from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.group_share_permission import GroupSharePermission
from ...types import Response


def _get_kwargs(
    prompt_template_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/prompt_templates/{prompt_template_id}/group_permissions".format(
            prompt_template_id=quote(str(prompt_template_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GroupSharePermission]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GroupSharePermission.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.error_from_response(response, documented=frozenset({401, 404, 500}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[GroupSharePermission]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[GroupSharePermission]]:
    """List the groups a prompt template is shared with

     Returns each group with access.

    Args:
        prompt_template_id (str):

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.InternalServerError: On status 500, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[list[GroupSharePermission]]
    """

    kwargs = _get_kwargs(
        prompt_template_id=prompt_template_id,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[GroupSharePermission]:
    """List the groups a prompt template is shared with

     Returns each group with access.

    Args:
        prompt_template_id (str):

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.InternalServerError: On status 500, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        list[GroupSharePermission]
    """

    return sync_detailed(
        prompt_template_id=prompt_template_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[GroupSharePermission]]:
    """List the groups a prompt template is shared with

     Returns each group with access.

    Args:
        prompt_template_id (str):

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.InternalServerError: On status 500, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[list[GroupSharePermission]]
    """

    kwargs = _get_kwargs(
        prompt_template_id=prompt_template_id,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[GroupSharePermission]:
    """List the groups a prompt template is shared with

     Returns each group with access.

    Args:
        prompt_template_id (str):

    Raises:
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.InternalServerError: On status 500, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        list[GroupSharePermission]
    """

    return (
        await asyncio_detailed(
            prompt_template_id=prompt_template_id,
            client=client,
        )
    ).parsed
