from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.create_update_collection_thumbnail_job_body import CreateUpdateCollectionThumbnailJobBody
from ...models.job_details import JobDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    collection_id: str,
    *,
    body: CreateUpdateCollectionThumbnailJobBody,
    timeout: float | Unset = 300.0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collections/{collection_id}/thumbnail/job".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobDetails:
    if response.status_code == 201:
        response_201 = JobDetails.from_dict(response.json())

        return response_201

    raise errors.error_from_response(response, documented=frozenset({400, 401, 404, 413, 415}))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobDetails]:
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
    body: CreateUpdateCollectionThumbnailJobBody,
    timeout: float | Unset = 300.0,
) -> Response[JobDetails]:
    """Change a collection's thumbnail in a job

     Starts a job that stores an image as the thumbnail of one of the caller's collections, as
    `update_collection_thumbnail` does. An image of a type it refuses, or larger than 5 MiB, is refused
    at once.

    Args:
        collection_id (str):
        timeout (float | Unset):  Default: 300.0.
        body (CreateUpdateCollectionThumbnailJobBody):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnsupportedMediaTypeError: On status 415, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[JobDetails]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
        timeout=timeout,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUpdateCollectionThumbnailJobBody,
    timeout: float | Unset = 300.0,
) -> JobDetails:
    """Change a collection's thumbnail in a job

     Starts a job that stores an image as the thumbnail of one of the caller's collections, as
    `update_collection_thumbnail` does. An image of a type it refuses, or larger than 5 MiB, is refused
    at once.

    Args:
        collection_id (str):
        timeout (float | Unset):  Default: 300.0.
        body (CreateUpdateCollectionThumbnailJobBody):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnsupportedMediaTypeError: On status 415, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        JobDetails
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUpdateCollectionThumbnailJobBody,
    timeout: float | Unset = 300.0,
) -> Response[JobDetails]:
    """Change a collection's thumbnail in a job

     Starts a job that stores an image as the thumbnail of one of the caller's collections, as
    `update_collection_thumbnail` does. An image of a type it refuses, or larger than 5 MiB, is refused
    at once.

    Args:
        collection_id (str):
        timeout (float | Unset):  Default: 300.0.
        body (CreateUpdateCollectionThumbnailJobBody):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnsupportedMediaTypeError: On status 415, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[JobDetails]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
        timeout=timeout,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUpdateCollectionThumbnailJobBody,
    timeout: float | Unset = 300.0,
) -> JobDetails:
    """Change a collection's thumbnail in a job

     Starts a job that stores an image as the thumbnail of one of the caller's collections, as
    `update_collection_thumbnail` does. An image of a type it refuses, or larger than 5 MiB, is refused
    at once.

    Args:
        collection_id (str):
        timeout (float | Unset):  Default: 300.0.
        body (CreateUpdateCollectionThumbnailJobBody):

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnsupportedMediaTypeError: On status 415, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        JobDetails
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
            timeout=timeout,
        )
    ).parsed
