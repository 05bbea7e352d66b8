from typing import Literal

IngestUploadIngestMode = Literal["agent_only", "lite", "standard"]

INGEST_UPLOAD_INGEST_MODE_VALUES: set[IngestUploadIngestMode] = {
    "agent_only",
    "lite",
    "standard",
}


def check_ingest_upload_ingest_mode(value: str) -> IngestUploadIngestMode:
    if value in INGEST_UPLOAD_INGEST_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INGEST_UPLOAD_INGEST_MODE_VALUES!r}")
