from typing import Literal

ListPromptTemplatesTemplateType = Literal["all", "system", "user"]

LIST_PROMPT_TEMPLATES_TEMPLATE_TYPE_VALUES: set[ListPromptTemplatesTemplateType] = {
    "all",
    "system",
    "user",
}


def check_list_prompt_templates_template_type(value: str) -> ListPromptTemplatesTemplateType:
    if value in LIST_PROMPT_TEMPLATES_TEMPLATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PROMPT_TEMPLATES_TEMPLATE_TYPE_VALUES!r}"
    )
