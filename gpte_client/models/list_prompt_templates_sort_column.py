from typing import Literal

ListPromptTemplatesSortColumn = Literal["created_at", "name", "updated_at"]

LIST_PROMPT_TEMPLATES_SORT_COLUMN_VALUES: set[ListPromptTemplatesSortColumn] = {
    "created_at",
    "name",
    "updated_at",
}


def check_list_prompt_templates_sort_column(value: str) -> ListPromptTemplatesSortColumn:
    if value in LIST_PROMPT_TEMPLATES_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PROMPT_TEMPLATES_SORT_COLUMN_VALUES!r}"
    )
