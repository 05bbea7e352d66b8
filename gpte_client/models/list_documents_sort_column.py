from typing import Literal

ListDocumentsSortColumn = Literal[
    "connector",
    "created_at",
    "name",
    "original_mtime",
    "original_type",
    "page_count",
    "size",
    "status",
    "type",
    "updated_at",
    "uri",
    "username",
]

LIST_DOCUMENTS_SORT_COLUMN_VALUES: set[ListDocumentsSortColumn] = {
    "connector",
    "created_at",
    "name",
    "original_mtime",
    "original_type",
    "page_count",
    "size",
    "status",
    "type",
    "updated_at",
    "uri",
    "username",
}


def check_list_documents_sort_column(value: str) -> ListDocumentsSortColumn:
    if value in LIST_DOCUMENTS_SORT_COLUMN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DOCUMENTS_SORT_COLUMN_VALUES!r}")
