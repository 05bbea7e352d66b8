from typing import Literal

ListAllPromptTemplatesTemplateType = Literal["all", "system", "user"]

LIST_ALL_PROMPT_TEMPLATES_TEMPLATE_TYPE_VALUES: set[ListAllPromptTemplatesTemplateType] = {
    "all",
    "system",
    "user",
}


def check_list_all_prompt_templates_template_type(value: str) -> ListAllPromptTemplatesTemplateType:
    if value in LIST_ALL_PROMPT_TEMPLATES_TEMPLATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ALL_PROMPT_TEMPLATES_TEMPLATE_TYPE_VALUES!r}"
    )
