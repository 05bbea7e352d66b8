from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, retries
from ...client import AuthenticatedClient, Client
from ...models.update_qa_feedback_request import UpdateQAFeedbackRequest
from ...types import Response


def _get_kwargs(
    answer_id: str,
    *,
    body: UpdateQAFeedbackRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/question_answer_feedbacks/{answer_id}".format(
            answer_id=quote(str(answer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.error_from_response(response, documented=frozenset({400, 401, 404, 413}))


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    answer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateQAFeedbackRequest,
) -> Response[None]:
    """Give feedback on an answer

     Records what the caller expected of one of their answers, and why; the answer's vote is left as it
    is. The answer is then listed in the question/answer feedback. Giving feedback again replaces it.

    Args:
        answer_id (str):
        body (UpdateQAFeedbackRequest): What the user expected of an answer, and why. Example:
            {'expected_answer': '1.5 days a month, up to 25 days a year.', 'user_comment': 'The yearly
            cap is missing.'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        answer_id=answer_id,
        body=body,
    )

    response = retries.send(client.get_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


def sync(
    answer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateQAFeedbackRequest,
) -> None:
    """Give feedback on an answer

     Records what the caller expected of one of their answers, and why; the answer's vote is left as it
    is. The answer is then listed in the question/answer feedback. Giving feedback again replaces it.

    Args:
        answer_id (str):
        body (UpdateQAFeedbackRequest): What the user expected of an answer, and why. Example:
            {'expected_answer': '1.5 days a month, up to 25 days a year.', 'user_comment': 'The yearly
            cap is missing.'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        None
    """

    return sync_detailed(
        answer_id=answer_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    answer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateQAFeedbackRequest,
) -> Response[None]:
    """Give feedback on an answer

     Records what the caller expected of one of their answers, and why; the answer's vote is left as it
    is. The answer is then listed in the question/answer feedback. Giving feedback again replaces it.

    Args:
        answer_id (str):
        body (UpdateQAFeedbackRequest): What the user expected of an answer, and why. Example:
            {'expected_answer': '1.5 days a month, up to 25 days a year.', 'user_comment': 'The yearly
            cap is missing.'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        answer_id=answer_id,
        body=body,
    )

    response = await retries.asend(client.get_async_httpx_client(), client.retry, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    answer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateQAFeedbackRequest,
) -> None:
    """Give feedback on an answer

     Records what the caller expected of one of their answers, and why; the answer's vote is left as it
    is. The answer is then listed in the question/answer feedback. Giving feedback again replaces it.

    Args:
        answer_id (str):
        body (UpdateQAFeedbackRequest): What the user expected of an answer, and why. Example:
            {'expected_answer': '1.5 days a month, up to 25 days a year.', 'user_comment': 'The yearly
            cap is missing.'}.

    Raises:
        errors.BadRequestError: On status 400, with the parsed Error.
        errors.AuthenticationError: On status 401, with the parsed Error.
        errors.NotFoundError: On status 404, with the parsed Error.
        errors.PayloadTooLargeError: On status 413, with the parsed Error.
        errors.UnexpectedStatus: On a status the operation does not document.
        httpx.TransportError: If the server cannot be reached (after Client.retry), or on a timeout (Client.timeout).

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            answer_id=answer_id,
            client=client,
            body=body,
        )
    ).parsed
