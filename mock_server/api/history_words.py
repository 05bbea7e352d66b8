"""``include_chat_history`` of a collection's chat settings, in the words of the client that reads it.

The vendor's clients each refuse the other's words: h2ogpte-rest-client 1.6 reads ``true``/``false``/
``auto``, h2ogpte 1.7 ``on``/``off``/``auto``. Settings written by one must still open in the other, as on
a real server shared by applications of both versions. A client that names no version gets what was
written.
"""

from __future__ import annotations

import re

from msgspec.structs import replace

from ..wire import ChatSettings

__all__ = ["in_readers_words"]

# The vendor's generated clients send `User-Agent: OpenAPI-Generator/1.7.5-23/python`; the SDK adds
# `X-Client-Version: 1.7.5` unless told not to.
_AGENT_VERSION = re.compile(r"OpenAPI-Generator/(\d+)\.(\d+)")
_CLIENT_VERSION = re.compile(r"(\d+)\.(\d+)")
_OLD_WORDS = {"on": "true", "off": "false"}
_NEW_WORDS = {"true": "on", "false": "off"}


def _version(client_version: str | None, user_agent: str | None) -> tuple[int, int] | None:
    found = _CLIENT_VERSION.match(client_version or "") or _AGENT_VERSION.search(user_agent or "")
    return (int(found[1]), int(found[2])) if found else None


def in_readers_words(
    settings: ChatSettings, client_version: str | None, user_agent: str | None
) -> ChatSettings:
    """``settings`` with ``include_chat_history`` in the words of the client's version, if it names one."""
    version, value = _version(client_version, user_agent), settings.include_chat_history
    if version is None or not isinstance(value, str):
        return settings
    words = _OLD_WORDS if version < (1, 7) else _NEW_WORDS
    return replace(settings, include_chat_history=words.get(value, value))
