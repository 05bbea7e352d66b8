from typing import Literal

CreateIngestUploadJobIngestMode = Literal["agent_only", "lite", "standard"]

CREATE_INGEST_UPLOAD_JOB_INGEST_MODE_VALUES: set[CreateIngestUploadJobIngestMode] = {
    "agent_only",
    "lite",
    "standard",
}


def check_create_ingest_upload_job_ingest_mode(value: str) -> CreateIngestUploadJobIngestMode:
    if value in CREATE_INGEST_UPLOAD_JOB_INGEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_INGEST_UPLOAD_JOB_INGEST_MODE_VALUES!r}"
    )
