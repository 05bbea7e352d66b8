from typing import Literal

IngestMode = Literal["agent_only", "lite", "standard"]

INGEST_MODE_VALUES: set[IngestMode] = {
    "agent_only",
    "lite",
    "standard",
}


def check_ingest_mode(value: str) -> IngestMode:
    if value in INGEST_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INGEST_MODE_VALUES!r}")
