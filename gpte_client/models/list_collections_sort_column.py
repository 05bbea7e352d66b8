from typing import Literal

ListCollectionsSortColumn = Literal["created_at", "name", "updated_at"]

LIST_COLLECTIONS_SORT_COLUMN_VALUES: set[ListCollectionsSortColumn] = {
    "created_at",
    "name",
    "updated_at",
}


def check_list_collections_sort_column(value: str) -> ListCollectionsSortColumn:
    if value in LIST_COLLECTIONS_SORT_COLUMN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_COLLECTIONS_SORT_COLUMN_VALUES!r}")
