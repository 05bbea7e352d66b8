from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.document import Document
from ...models.document_update_request import DocumentUpdateRequest
from ...types import Response


def _get_kwargs(
    document_id: str,
    *,
    body: DocumentUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/documents/{document_id}".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Document:
    if response.status_code == 200:
        response_200 = Document.from_dict(response.json())

        return response_200

    raise errors.error_from_response(response, documented=frozenset({400, 401, 404, 413}))


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Document]:
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
    body: DocumentUpdateRequest,
) -> Response[Document]:
    """Rename a document

     Changes the name or URI of one of the caller's documents; omitted or null fields stay.

    Args:
        document_id (str):
        body (DocumentUpdateRequest): New name or URI of a document; omitted or null fields stay.
            Example: {'name': 'vacation-policy-2027.pdf'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[Document]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        body=body,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentUpdateRequest,
) -> Document:
    """Rename a document

     Changes the name or URI of one of the caller's documents; omitted or null fields stay.

    Args:
        document_id (str):
        body (DocumentUpdateRequest): New name or URI of a document; omitted or null fields stay.
            Example: {'name': 'vacation-policy-2027.pdf'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Document
    """

    return sync_detailed(
        document_id=document_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentUpdateRequest,
) -> Response[Document]:
    """Rename a document

     Changes the name or URI of one of the caller's documents; omitted or null fields stay.

    Args:
        document_id (str):
        body (DocumentUpdateRequest): New name or URI of a document; omitted or null fields stay.
            Example: {'name': 'vacation-policy-2027.pdf'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[Document]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        body=body,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentUpdateRequest,
) -> Document:
    """Rename a document

     Changes the name or URI of one of the caller's documents; omitted or null fields stay.

    Args:
        document_id (str):
        body (DocumentUpdateRequest): New name or URI of a document; omitted or null fields stay.
            Example: {'name': 'vacation-policy-2027.pdf'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Document
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            body=body,
        )
    ).parsed
