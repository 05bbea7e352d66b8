from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.upload_file_body import UploadFileBody
from ...models.uploaded_file import UploadedFile
from ...types import Response


def _get_kwargs(
    *,
    body: UploadFileBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/uploads",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UploadedFile:
    if response.status_code == 200:
        response_200 = UploadedFile.from_dict(response.json())

        return response_200

    raise errors.error_from_response(response, documented=frozenset({400, 401, 413}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UploadedFile]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadFileBody,
) -> Response[UploadedFile]:
    """Upload a file

     Keeps a file for the caller to ingest into a collection later; other users cannot see or ingest it.
    Any file is kept, whatever its name, if it is no larger than the server's upload limit (413); as on
    h2oGPTe, whether it can be read is found out when it is ingested (415 there for a type the mock does
    not read).

    Args:
        body (UploadFileBody):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[UploadedFile]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UploadFileBody,
) -> UploadedFile:
    """Upload a file

     Keeps a file for the caller to ingest into a collection later; other users cannot see or ingest it.
    Any file is kept, whatever its name, if it is no larger than the server's upload limit (413); as on
    h2oGPTe, whether it can be read is found out when it is ingested (415 there for a type the mock does
    not read).

    Args:
        body (UploadFileBody):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        UploadedFile
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadFileBody,
) -> Response[UploadedFile]:
    """Upload a file

     Keeps a file for the caller to ingest into a collection later; other users cannot see or ingest it.
    Any file is kept, whatever its name, if it is no larger than the server's upload limit (413); as on
    h2oGPTe, whether it can be read is found out when it is ingested (415 there for a type the mock does
    not read).

    Args:
        body (UploadFileBody):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[UploadedFile]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadFileBody,
) -> UploadedFile:
    """Upload a file

     Keeps a file for the caller to ingest into a collection later; other users cannot see or ingest it.
    Any file is kept, whatever its name, if it is no larger than the server's upload limit (413); as on
    h2oGPTe, whether it can be read is found out when it is ingested (415 there for a type the mock does
    not read).

    Args:
        body (UploadFileBody):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        UploadedFile
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
