"""Prompt templates: the user's own, those shared with them, and the system ones."""

from __future__ import annotations

from typing import Any

import msgspec

from ..clock import Clock, IdFactory
from ..store import CollectionRecord, SessionRecord, Store, TemplateRecord
from ..wire import Count, PromptTemplate, PromptTemplateBase, PromptTemplateCreateRequest, SharePermission
from .access import can_read_template, own_template, visible_template
from .ordering import sort_page
from .views import permissions_view, template_view

__all__ = ["TemplateService"]


class TemplateService:
    """Operations on prompt templates."""

    def __init__(self, store: Store, clock: Clock, ids: IdFactory) -> None:
        self._store = store
        self._clock = clock
        self._ids = ids
        # Found once: answers without a template of their own use it, and finding it means a scan of all
        # templates. Checked on every use, so a default that went away is looked for again.
        self._default_id: str | None = None

    def _visible(self, user: str, template_type: str | None, text: str | None) -> list[TemplateRecord]:
        found = self._store.templates_visible_to(user)
        if template_type == "system":
            found = [t for t in found if t.owner is None]
        elif template_type == "user":
            found = [t for t in found if t.owner is not None]
        if text:
            needle = text.casefold()
            found = [
                t
                for t in found
                if needle in (t.content.get("name") or "").casefold()
                or needle in (t.content.get("description") or "").casefold()
            ]
        return found

    def page(
        self,
        user: str,
        offset: int,
        limit: int,
        sort_column: str,
        ascending: bool,
        template_type: str | None = None,
        text: str | None = None,
    ) -> list[PromptTemplate]:
        """Return a page of the templates the user can use."""
        found = self._visible(user, template_type, text)
        page = sort_page(found, sort_column, ascending, offset, limit, lambda t: t.content.get("name"))
        return [template_view(t) for t in page]

    def count(self, user: str) -> Count:
        """Return how many templates the user can use."""
        return Count(count=len(self._visible(user, None, None)))

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
        self._store.save_template(template)
        return template_view(template)

    def get(self, user: str, template_id: str) -> PromptTemplate:
        """Return a template the user can use."""
        return template_view(visible_template(self._store, user, template_id))

    def update(self, user: str, template_id: str, body: PromptTemplateBase) -> PromptTemplate:
        """Change the given fields of a template the user owns."""
        template = own_template(self._store, user, template_id)
        template.content = {**template.content, **_set_fields(body)}
        template.updated_at = self._clock.now()
        self._store.save_template(template)
        return template_view(template)

    def delete(self, user: str, template_ids: str) -> None:
        """Delete one template, or several given as a comma-separated list, all or none."""
        ids = [i for i in template_ids.split(",") if i]
        for template_id in ids:
            own_template(self._store, user, template_id)
        for template_id in ids:
            self._store.delete_template(template_id)

    def permissions(self, user: str, template_id: str) -> list[SharePermission]:
        """List who can use a template."""
        template = visible_template(self._store, user, template_id)
        return permissions_view(template.owner, template.shared_with)

    def share(self, user: str, template_id: str, username: str) -> None:
        """Let another user use a template the user owns."""
        template = own_template(self._store, user, template_id)
        if username != user:
            template.shared_with[username] = ["read"]
            self._store.save_template(template)

    def unshare(self, user: str, template_id: str, username: str | None) -> None:
        """Revoke one user's access, or everyone's when ``username`` is None."""
        template = own_template(self._store, user, template_id)
        if username is None:
            template.shared_with.clear()
        else:
            template.shared_with.pop(username, None)
        self._store.save_template(template)

    def in_force(
        self, user: str, session: SessionRecord | None, collection: CollectionRecord | None
    ) -> TemplateRecord:
        """Return the template shaping ``user``'s answer: the session's, else the collection's, else default.

        Only a template the user may read right now counts, so unsharing one takes it out of their answers.
        """
        for template_id in (
            session.prompt_template_id if session else None,
            collection.prompt_template_id if collection else None,
        ):
            template = self._store.get_template(template_id) if template_id else None
            if template is not None and can_read_template(template, user):
                return template
        return self.default()

    def default(self) -> TemplateRecord:
        """Return the system default template, creating a plain one if the data has none."""
        known = self._store.get_template(self._default_id) if self._default_id else None
        if known is not None and known.is_default:
            return known
        for template in self._store.templates_visible_to(""):
            if template.is_default:
                self._default_id = template.id
                return template
        now = self._clock.now()
        template = TemplateRecord(
            id=self._ids.new(),
            owner=None,
            is_default=True,
            created_at=now,
            updated_at=now,
            content={"name": "Default", "description": "Answers grounded in the documents.", "lang": "en"},
        )
        self._store.save_template(template)
        self._default_id = template.id
        return template


def _set_fields(body: PromptTemplateBase | PromptTemplateCreateRequest) -> dict[str, Any]:
    """Return the fields a request set, explicit nulls included, omitted ones not."""
    return {k: v for k, v in msgspec.structs.asdict(body).items() if v is not msgspec.UNSET}
