from typing import Literal

IncludeChatHistory = Literal["auto", "false", "off", "on", "true"]

INCLUDE_CHAT_HISTORY_VALUES: set[IncludeChatHistory] = {
    "auto",
    "false",
    "off",
    "on",
    "true",
}


def check_include_chat_history(value: str) -> IncludeChatHistory:
    if value in INCLUDE_CHAT_HISTORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCLUDE_CHAT_HISTORY_VALUES!r}")
