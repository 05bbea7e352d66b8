from typing import Literal

ListAllPromptTemplatesSortColumn = Literal["created_at", "name", "updated_at"]

LIST_ALL_PROMPT_TEMPLATES_SORT_COLUMN_VALUES: set[ListAllPromptTemplatesSortColumn] = {
    "created_at",
    "name",
    "updated_at",
}


def check_list_all_prompt_templates_sort_column(value: str) -> ListAllPromptTemplatesSortColumn:
    if value in LIST_ALL_PROMPT_TEMPLATES_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ALL_PROMPT_TEMPLATES_SORT_COLUMN_VALUES!r}"
    )
