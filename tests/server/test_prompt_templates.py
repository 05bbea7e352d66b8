"""Prompt templates through the generated client: ownership, partial updates, listing, deletion fallbacks."""

from __future__ import annotations

import pytest

from gpte_client import AuthenticatedClient
from gpte_client.api.chat import (
    create_chat_session,
    get_chat_session,
    list_questions_for_chat_session,
    update_chat_session_prompt_template,
)
from gpte_client.api.prompt_templates import (
    create_prompt_template,
    delete_prompt_template,
    get_prompt_template,
    get_prompt_template_count,
    list_prompt_templates,
    update_prompt_template,
)
from gpte_client.errors import NotFoundError
from gpte_client.models import (
    PromptTemplateBase,
    PromptTemplateChangeRequest,
    PromptTemplateCreateRequest,
)


def test_create_get_update_delete(api: AuthenticatedClient) -> None:
    body = PromptTemplateCreateRequest(name="Pirate", system_prompt="Talk like a pirate.", lang="en")
    created = create_prompt_template.sync(client=api, body=body)
    assert (created.is_default, created.is_public, created.username) == (False, False, "demo")
    assert get_prompt_template.sync(created.id, client=api).to_dict() == created.to_dict()
    changed = update_prompt_template.sync(created.id, client=api, body=PromptTemplateBase(description="Arr"))
    assert (changed.description, changed.system_prompt) == ("Arr", "Talk like a pirate.")
    cleared = update_prompt_template.sync(created.id, client=api, body=PromptTemplateBase(system_prompt=None))
    assert cleared.system_prompt is None and cleared.description == "Arr"
    assert delete_prompt_template.sync_detailed([created.id], client=api).status_code == 204
    with pytest.raises(NotFoundError):
        get_prompt_template.sync(created.id, client=api)


def test_list_agrees_with_count_and_filters(api: AuthenticatedClient) -> None:
    create_prompt_template.sync(client=api, body=PromptTemplateCreateRequest(name="Zebra notes"))
    everything = list_prompt_templates.sync(client=api, limit=1000)
    assert get_prompt_template_count.sync(client=api).count == len(everything)
    assert sum(t.is_default for t in everything) == 1
    system = list_prompt_templates.sync(client=api, template_type="system")
    assert system and all(t.is_public for t in system)
    assert [t.name for t in list_prompt_templates.sync(client=api, filter_="zebra")] == ["Zebra notes"]


def test_system_templates_cannot_be_changed_by_users(api: AuthenticatedClient) -> None:
    default = next(t for t in list_prompt_templates.sync(client=api) if t.is_default)
    with pytest.raises(NotFoundError) as refused:
        update_prompt_template.sync(default.id, client=api, body=PromptTemplateBase(name="Mine now"))
    assert refused.value.error is not None and refused.value.error.code == 404
    with pytest.raises(NotFoundError):
        delete_prompt_template.sync_detailed([default.id], client=api)


def test_deleting_several_at_once_and_sessions_fall_back(api: AuthenticatedClient) -> None:
    made = [create_prompt_template.sync(client=api, body=PromptTemplateCreateRequest(name=n)) for n in "AB"]
    session = create_chat_session.sync(client=api)
    change = PromptTemplateChangeRequest(prompt_template_id=made[0].id)
    assert (update_chat_session_prompt_template.sync(session.id, client=api, body=change)).prompt_template_id
    assert delete_prompt_template.sync_detailed([t.id for t in made], client=api).status_code == 204
    for template in made:
        with pytest.raises(NotFoundError):
            get_prompt_template.sync(template.id, client=api)
    assert get_chat_session.sync(session.id, client=api).prompt_template_id is None


def test_suggestions_fall_back_to_the_template_samples(api: AuthenticatedClient) -> None:
    samples = ["What is a mock?", "Why stream?", "How are ids made?"]
    body = PromptTemplateCreateRequest(name="Samples", default_sample_questions=samples)
    template = create_prompt_template.sync(client=api, body=body)
    session = create_chat_session.sync(client=api)
    change = PromptTemplateChangeRequest(prompt_template_id=template.id)
    update_chat_session_prompt_template.sync(session.id, client=api, body=change)
    questions = list_questions_for_chat_session.sync(session.id, client=api, limit=2)
    assert [q.question for q in questions] == samples[:2]
