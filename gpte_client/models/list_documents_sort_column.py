from typing import Literal

ListDocumentsSortColumn = Literal["created_at", "name", "size", "updated_at"]

LIST_DOCUMENTS_SORT_COLUMN_VALUES: set[ListDocumentsSortColumn] = {
    "created_at",
    "name",
    "size",
    "updated_at",
}


def check_list_documents_sort_column(value: str) -> ListDocumentsSortColumn:
    if value in LIST_DOCUMENTS_SORT_COLUMN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DOCUMENTS_SORT_COLUMN_VALUES!r}")
