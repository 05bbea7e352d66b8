from typing import Literal

CreateInsertDocumentToCollectionJobIngestMode = Literal["agent_only", "standard"]

CREATE_INSERT_DOCUMENT_TO_COLLECTION_JOB_INGEST_MODE_VALUES: set[
    CreateInsertDocumentToCollectionJobIngestMode
] = {
    "agent_only",
    "standard",
}


def check_create_insert_document_to_collection_job_ingest_mode(
    value: str,
) -> CreateInsertDocumentToCollectionJobIngestMode:
    if value in CREATE_INSERT_DOCUMENT_TO_COLLECTION_JOB_INGEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_INSERT_DOCUMENT_TO_COLLECTION_JOB_INGEST_MODE_VALUES!r}"
    )
