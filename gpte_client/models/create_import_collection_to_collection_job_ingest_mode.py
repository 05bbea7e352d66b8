from typing import Literal

CreateImportCollectionToCollectionJobIngestMode = Literal["agent_only", "standard"]

CREATE_IMPORT_COLLECTION_TO_COLLECTION_JOB_INGEST_MODE_VALUES: set[
    CreateImportCollectionToCollectionJobIngestMode
] = {
    "agent_only",
    "standard",
}


def check_create_import_collection_to_collection_job_ingest_mode(
    value: str,
) -> CreateImportCollectionToCollectionJobIngestMode:
    if value in CREATE_IMPORT_COLLECTION_TO_COLLECTION_JOB_INGEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMPORT_COLLECTION_TO_COLLECTION_JOB_INGEST_MODE_VALUES!r}"
    )
