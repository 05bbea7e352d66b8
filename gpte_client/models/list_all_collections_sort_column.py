from typing import Literal

ListAllCollectionsSortColumn = Literal["created_at", "name", "updated_at"]

LIST_ALL_COLLECTIONS_SORT_COLUMN_VALUES: set[ListAllCollectionsSortColumn] = {
    "created_at",
    "name",
    "updated_at",
}


def check_list_all_collections_sort_column(value: str) -> ListAllCollectionsSortColumn:
    if value in LIST_ALL_COLLECTIONS_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ALL_COLLECTIONS_SORT_COLUMN_VALUES!r}"
    )
