"""Prompt templates: the user's own, those shared with them, and the system ones."""

from __future__ import annotations

from typing import Any, Literal

import msgspec
from msgspec.structs import replace

from ..clock import Clock, IdFactory
from ..store import CollectionRecord, SessionRecord, SortColumn, Store, TemplateQuery, TemplateRecord
from ..wire import Count, PromptTemplate, PromptTemplateBase, PromptTemplateCreateRequest, SharePermission
from .access import own_template, sharable_user, usable_template, visible_template
from .id_lists import split_ids
from .views import permissions_view, template_view

__all__ = ["TemplateService"]


class TemplateService:
    """Operations on prompt templates."""

    def __init__(self, store: Store, clock: Clock, ids: IdFactory) -> None:
        self._store = store
        self._clock = clock
        self._ids = ids

    def page(
        self,
        user: str,
        offset: int,
        limit: int,
        sort_column: SortColumn,
        ascending: bool,
        template_type: str | None = None,
        text: str | None = None,
    ) -> list[PromptTemplate]:
        """Return a page of the templates the user can use."""
        kind: Literal["system", "user"] | None = None
        if template_type in ("system", "user"):
            kind = "system" if template_type == "system" else "user"
        query = TemplateQuery(
            user=user, kind=kind, text=text or None, sort_column=sort_column, ascending=ascending
        )
        return [template_view(t) for t in self._store.list_templates(query, offset, limit)]

    def count(self, user: str) -> Count:
        """Return how many templates the user can use."""
        return Count(count=self._store.count_templates(TemplateQuery(user=user)))

    def create(self, user: str, body: PromptTemplateCreateRequest) -> PromptTemplate:
        """Create a template owned by the user."""
        now = self._clock.now()
        template = TemplateRecord(
            id=self._ids.new(),
            owner=user,
            is_default=False,
            created_at=now,
            updated_at=now,
            content=_set_fields(body),
        )
        self._store.add_template(template)
        return template_view(template)

    def get(self, user: str, template_id: str) -> PromptTemplate:
        """Return a template the user can use."""
        return template_view(visible_template(self._store, user, template_id))

    def get_default(self) -> PromptTemplate:
        """Return the system default template."""
        return template_view(self.default())

    def update(self, user: str, template_id: str, body: PromptTemplateBase) -> PromptTemplate:
        """Change the given fields of a template the user owns."""
        template = own_template(self._store, user, template_id)
        template = replace(
            template, content={**template.content, **_set_fields(body)}, updated_at=self._clock.now()
        )
        self._store.save_template(template)
        return template_view(template)

    def delete(self, user: str, template_ids: str) -> None:
        """Delete one template, or several given as a comma-separated list (the 1.7.5 client sends the
        comma percent-encoded; the path arrives decoded), all or none."""
        ids = split_ids(template_ids)
        for template_id in ids:
            own_template(self._store, user, template_id)
        self._store.delete_templates(ids)

    def permissions(self, user: str, template_id: str) -> list[SharePermission]:
        """List who can use a template."""
        template = visible_template(self._store, user, template_id)
        return permissions_view(template.owner, template.shared_with)

    def share(self, user: str, template_id: str, username: str) -> None:
        """Let another user use a template the user owns."""
        template = own_template(self._store, user, template_id)
        if sharable_user(self._store, user, username):
            self._store.save_template(
                replace(template, shared_with={**template.shared_with, username: ["read"]})
            )

    def unshare(self, user: str, template_id: str, username: str | None) -> None:
        """Revoke one user's access, or everyone's when ``username`` is None."""
        template = own_template(self._store, user, template_id)
        kept = {} if username is None else {u: p for u, p in template.shared_with.items() if u != username}
        self._store.save_template(replace(template, shared_with=kept))

    def in_force(
        self, user: str, session: SessionRecord | None, collection: CollectionRecord | None
    ) -> TemplateRecord:
        """Return the template shaping the user's answer: the session's, else the collection's, else the
        default; a template the user may no longer use is skipped."""
        for template_id in (
            session.prompt_template_id if session else None,
            collection.prompt_template_id if collection else None,
        ):
            template = usable_template(self._store, user, template_id)
            if template is not None:
                return template
        return self.default()

    def default(self) -> TemplateRecord:
        """Return the system default template, creating a plain one if the data has none."""
        known = self._store.default_template()
        if known is not None:
            return known
        now = self._clock.now()
        template = TemplateRecord(
            id=self._ids.new(),
            owner=None,
            is_default=True,
            created_at=now,
            updated_at=now,
            content={"name": "Default", "description": "Answers grounded in the documents.", "lang": "en"},
        )
        self._store.add_template(template)
        return template


def _set_fields(body: PromptTemplateBase | PromptTemplateCreateRequest) -> dict[str, Any]:
    """Return the fields a request set, explicit nulls included, omitted ones not."""
    return {k: v for k, v in msgspec.structs.asdict(body).items() if v is not msgspec.UNSET}
