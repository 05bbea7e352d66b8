from typing import Literal

InsertDocumentIntoCollectionIngestMode = Literal["agent_only", "standard"]

INSERT_DOCUMENT_INTO_COLLECTION_INGEST_MODE_VALUES: set[InsertDocumentIntoCollectionIngestMode] = {
    "agent_only",
    "standard",
}


def check_insert_document_into_collection_ingest_mode(value: str) -> InsertDocumentIntoCollectionIngestMode:
    if value in INSERT_DOCUMENT_INTO_COLLECTION_INGEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INSERT_DOCUMENT_INTO_COLLECTION_INGEST_MODE_VALUES!r}"
    )
