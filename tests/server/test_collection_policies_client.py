"""The generated client reaches the 1.7.5 collection and template operations, and raises their errors
(other users' views: test_vendor_collections_175)."""

from __future__ import annotations

import pytest

from gpte_client import AuthenticatedClient
from gpte_client.api.collections import (
    create_collection,
    get_collection,
    get_collection_metadata,
    insert_document_into_collection,
    list_all_collections,
    list_collections,
    list_documents_for_collection,
    set_collection_size_limit,
    update_collection_metadata,
)
from gpte_client.api.prompt_templates import (
    create_prompt_template,
    delete_prompt_template,
    get_default_prompt_template,
    get_prompt_template,
    update_default_prompt_template_visibility,
)
from gpte_client.errors import ConflictError, NotFoundError
from gpte_client.models import (
    CollectionCreateRequest,
    PromptTemplateCreateRequest,
    SetCollectionSizeLimitRequest,
    UpdateCollectionMetadataBody,
    UpdateDefaultPromptTemplateVisibilityRequest,
)


def test_metadata_size_limit_and_admin_lists(api: AuthenticatedClient) -> None:
    made = create_collection.sync(client=api, body=CollectionCreateRequest(name="Typed", description=""))
    update_collection_metadata.sync(
        made.id, client=api, body=UpdateCollectionMetadataBody.from_dict({"k": [1]})
    )
    assert get_collection_metadata.sync(made.id, client=api).to_dict() == {"k": [1]}
    handbook = list_collections.sync(client=api, name_filter="handbook")[0]
    document = list_documents_for_collection.sync(handbook.id, client=api, limit=1)[0]
    set_collection_size_limit.sync(made.id, client=api, body=SetCollectionSizeLimitRequest(size_limit="1"))
    with pytest.raises(ConflictError) as refused:
        insert_document_into_collection.sync(made.id, document.id, client=api)
    assert refused.value.error is not None and refused.value.error.code == 409
    assert get_collection.sync(made.id, client=api).document_count == 0
    assert len(list_all_collections.sync(client=api, limit=10000)) > len(
        list_collections.sync(client=api, limit=10000)
    )
    default = get_default_prompt_template.sync(client=api)
    assert default.is_system_default and default.name
    with pytest.raises(ConflictError):
        update_default_prompt_template_visibility.sync(
            default.id, client=api, body=UpdateDefaultPromptTemplateVisibilityRequest(is_visible=False)
        )


def test_deleting_templates_sends_the_ids_comma_joined(api: AuthenticatedClient) -> None:
    made = [create_prompt_template.sync(client=api, body=PromptTemplateCreateRequest(name=n)) for n in "PQ"]
    response = delete_prompt_template.sync_detailed([t.id for t in made], client=api)
    assert response.status_code == 204
    for template in made:
        with pytest.raises(NotFoundError):
            get_prompt_template.sync(template.id, client=api)
