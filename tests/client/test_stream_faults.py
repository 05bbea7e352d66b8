"""A stream that breaks after it began raises errors.ChatStreamError, however it broke.

Against the real mock server on a loopback socket, with each of its stream faults planted.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from gpte_client import AuthenticatedClient
from gpte_client.api.chat import create_chat_session, get_completion
from gpte_client.errors import ChatStreamError, ChatStreamTimeout, IncompleteChatStream
from gpte_client.models import ChatCompletionDelta, ChatCompletionRequest
from mock_server import API_PREFIX, DEMO_TOKEN, Settings, create_app
from mock_server.control import StreamFault
from mock_server.control.policy import StreamFaultKind
from mock_server.testing import serve_in_thread

QUESTION = ChatCompletionRequest(message="How many vacation days do new employees get?")
AFTER_LINES = 2


@contextmanager
def _serve(kind: StreamFaultKind) -> Iterator[str]:
    """A mock server whose every stream breaks that way after AFTER_LINES lines; yields its API's URL."""
    fault = StreamFault(kind=kind, after_lines=AFTER_LINES, max_stall=5.0)
    with serve_in_thread(create_app(Settings(stream_fault=fault))) as url:
        yield url + API_PREFIX


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("error", ChatStreamError), ("drop", IncompleteChatStream), ("stall", ChatStreamTimeout)],
)
def test_a_broken_stream_raises_chat_stream_error(
    kind: StreamFaultKind, expected: type[ChatStreamError]
) -> None:
    received: list[ChatCompletionDelta] = []
    with (
        _serve(kind) as base_url,
        AuthenticatedClient(base_url=base_url, token=DEMO_TOKEN, stall_timeout=0.5) as client,
    ):
        session = create_chat_session.sync(client=client)
        with pytest.raises(expected) as caught:
            for delta in get_completion.stream(session.id, client=client, body=QUESTION):
                received.append(delta)
    assert isinstance(caught.value, ChatStreamError)
    assert len(received) == AFTER_LINES and not any(d.finished for d in received)


async def test_a_stalled_async_stream_raises_chat_stream_timeout() -> None:
    with _serve("stall") as base_url:
        async with AuthenticatedClient(base_url=base_url, token=DEMO_TOKEN, stall_timeout=0.5) as client:
            session = await create_chat_session.asyncio(client=client)
            with pytest.raises(ChatStreamTimeout):
                async for _ in get_completion.astream(session.id, client=client, body=QUESTION):
                    pass
