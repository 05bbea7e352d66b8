from typing import Literal

RagType = Literal["all_data", "auto", "hyde1", "hyde2", "llm_only", "rag", "rag+"]

RAG_TYPE_VALUES: set[RagType] = {
    "all_data",
    "auto",
    "hyde1",
    "hyde2",
    "llm_only",
    "rag",
    "rag+",
}


def check_rag_type(value: str) -> RagType:
    if value in RAG_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RAG_TYPE_VALUES!r}")
