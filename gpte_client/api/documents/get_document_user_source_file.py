from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.get_document_user_source_file_response_200 import GetDocumentUserSourceFileResponse200
from ...types import Response


def _get_kwargs(
    document_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/documents/{document_id}/user_source_file".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetDocumentUserSourceFileResponse200 | None:
    if response.status_code == 200:
        response_200 = GetDocumentUserSourceFileResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        return None
    raise errors.error_from_response(response, documented=frozenset({400, 401, 404}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetDocumentUserSourceFileResponse200 | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetDocumentUserSourceFileResponse200 | None]:
    """Get the file a document was made from

     Describes the user's original file when a document was converted from another one. The mock's
    documents are the files that were uploaded, so it answers 204 for every document it has. The high-
    level SDK's `get_document` reads it.

    Args:
        document_id (str):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[GetDocumentUserSourceFileResponse200 | None]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetDocumentUserSourceFileResponse200 | None:
    """Get the file a document was made from

     Describes the user's original file when a document was converted from another one. The mock's
    documents are the files that were uploaded, so it answers 204 for every document it has. The high-
    level SDK's `get_document` reads it.

    Args:
        document_id (str):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        GetDocumentUserSourceFileResponse200 | None
    """

    return sync_detailed(
        document_id=document_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetDocumentUserSourceFileResponse200 | None]:
    """Get the file a document was made from

     Describes the user's original file when a document was converted from another one. The mock's
    documents are the files that were uploaded, so it answers 204 for every document it has. The high-
    level SDK's `get_document` reads it.

    Args:
        document_id (str):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[GetDocumentUserSourceFileResponse200 | None]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetDocumentUserSourceFileResponse200 | None:
    """Get the file a document was made from

     Describes the user's original file when a document was converted from another one. The mock's
    documents are the files that were uploaded, so it answers 204 for every document it has. The high-
    level SDK's `get_document` reads it.

    Args:
        document_id (str):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        GetDocumentUserSourceFileResponse200 | None
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
        )
    ).parsed
