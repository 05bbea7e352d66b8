"""Contains shared errors types that can be raised from API functions"""


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class UnexpectedContentType(Exception):
    """Raised by stream functions when a 200 response is not the JSON-lines stream that was asked for."""

    def __init__(self, content_type: str, content: bytes):
        self.content_type = content_type
        self.content = content

        super().__init__(
            f"Unexpected content type: {content_type!r}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ChatStreamError(Exception):
    """Raised by stream functions when the server ends a streamed answer with a ChatError line.

    The deltas before that line have already been yielded. ``error`` is the server's text.
    """

    def __init__(self, error: str):
        self.error = error

        super().__init__(error)


class IncompleteChatStream(ChatStreamError):
    """Raised by stream functions when the stream ends without a line that has ``finished: true``."""

    def __init__(self) -> None:
        super().__init__("The stream ended before a line with finished=true.")


__all__ = ["ChatStreamError", "IncompleteChatStream", "UnexpectedContentType", "UnexpectedStatus"]
