from typing import Literal

ListArchivedChatSessionsAsAdminSortColumn = Literal[
    "archived_at", "collection_name", "name", "updated_at", "username"
]

LIST_ARCHIVED_CHAT_SESSIONS_AS_ADMIN_SORT_COLUMN_VALUES: set[ListArchivedChatSessionsAsAdminSortColumn] = {
    "archived_at",
    "collection_name",
    "name",
    "updated_at",
    "username",
}


def check_list_archived_chat_sessions_as_admin_sort_column(
    value: str,
) -> ListArchivedChatSessionsAsAdminSortColumn:
    if value in LIST_ARCHIVED_CHAT_SESSIONS_AS_ADMIN_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ARCHIVED_CHAT_SESSIONS_AS_ADMIN_SORT_COLUMN_VALUES!r}"
    )
