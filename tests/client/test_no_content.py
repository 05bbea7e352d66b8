"""A success without a body beside one with a body: the generated client gives ``None`` for the first."""

from __future__ import annotations

from http import HTTPStatus

import pytest

from gpte_client import AuthenticatedClient
from gpte_client.api.documents import (
    get_document_guardrails_settings,
    get_document_internal_metadata,
    get_document_page_layout,
    list_documents,
)
from gpte_client.errors import NotFoundError
from gpte_client.models import GetDocumentInternalMetadataResponse200


def test_204_parses_as_none_and_200_as_the_object(api: AuthenticatedClient) -> None:
    documents = list_documents.sync(client=api)
    assert documents
    document_id = documents[0].id
    detailed = get_document_page_layout.sync_detailed(document_id, client=api)
    assert (detailed.status_code, detailed.content, detailed.parsed) == (HTTPStatus.NO_CONTENT, b"", None)
    assert get_document_guardrails_settings.sync(document_id, client=api) is None
    metadata = get_document_internal_metadata.sync(document_id, client=api)
    assert isinstance(metadata, GetDocumentInternalMetadataResponse200)
    assert metadata.to_dict() == {"ingest_mode": "standard", "chunk_by_page": False}
    with pytest.raises(NotFoundError):
        get_document_page_layout.sync("no-such-document", client=api)
