"""Prompt templates, scripted answers and groups of the in-memory backend."""

from __future__ import annotations

from collections.abc import Sequence

from .base import DuplicateId
from .ordering import sort_page, template_filter
from .queries import TemplateQuery
from .records import GroupRecord, TemplateRecord
from .scripts import ScriptedAnswer, question_key

__all__ = ["TemplateTables"]


class TemplateTables:
    """Templates by id, the default ones found without a scan, pinned answers by question, and groups."""

    def _clear_templates(self) -> None:
        self._templates: dict[str, TemplateRecord] = {}
        # Ids of default templates, in the order added: answers without a template look here, not at all.
        self._defaults: dict[str, None] = {}
        self._scripts: dict[tuple[str | None, str], ScriptedAnswer] = {}
        self._groups: dict[str, GroupRecord] = {}

    # ---------------------------------------------------------------- groups
    def add_group(self, group: GroupRecord) -> None:
        """Declare a group, replacing one of the same id (which then goes last, as on SQL)."""
        self._groups.pop(group.id, None)
        self._groups[group.id] = group

    def get_group(self, group_id: str) -> GroupRecord | None:
        """Return a group by id."""
        return self._groups.get(group_id)

    def groups_of(self, username: str) -> list[GroupRecord]:
        """Return the groups ``username`` is a member of, in the order declared."""
        return [g for g in self._groups.values() if username in g.members]

    def _group_ids(self, username: str) -> list[str]:
        # Few groups in a mock: a scan costs less than an index kept in step with every change.
        return [g.id for g in self._groups.values() if username in g.members] if self._groups else []

    # ---------------------------------------------------------------- prompt templates
    def add_template(self, template: TemplateRecord) -> None:
        """Insert a prompt template."""
        if template.id in self._templates:
            raise DuplicateId(f"prompt template {template.id} exists")
        self._templates[template.id] = template
        if template.is_default and template.owner is None:
            self._defaults[template.id] = None

    def save_template(self, template: TemplateRecord) -> None:
        """Replace a prompt template."""
        if template.id not in self._templates:
            return
        self._templates[template.id] = template
        if template.is_default and template.owner is None:
            self._defaults.setdefault(template.id, None)
        else:
            self._defaults.pop(template.id, None)

    def get_template(self, template_id: str) -> TemplateRecord | None:
        """Return a prompt template by id."""
        return self._templates.get(template_id)

    def delete_templates(self, template_ids: Sequence[str]) -> None:
        """Delete prompt templates."""
        for template_id in template_ids:
            self._templates.pop(template_id, None)
            self._defaults.pop(template_id, None)

    def list_templates(self, query: TemplateQuery, offset: int, limit: int) -> list[TemplateRecord]:
        """Return a page of the templates the query selects, in its order."""
        found = list(filter(template_filter(query, self._group_ids(query.user)), self._templates.values()))
        return sort_page(
            found, query.sort_column, query.ascending, offset, limit, lambda t: t.content.get("name")
        )

    def count_templates(self, query: TemplateQuery) -> int:
        """Return how many templates the query selects."""
        keep = template_filter(query, self._group_ids(query.user))
        return sum(1 for _ in filter(keep, self._templates.values()))

    def default_template(self) -> TemplateRecord | None:
        """Return the system default template, if there is one."""
        for template_id in self._defaults:
            return self._templates[template_id]
        return None

    # ---------------------------------------------------------------- scripted answers
    def add_script(self, script: ScriptedAnswer) -> None:
        """Pin an answer; one for the same collection and question replaces it and goes last."""
        key = (script.collection_id, question_key(script.question))
        self._scripts.pop(key, None)
        self._scripts[key] = script

    def find_script(self, collection_id: str | None, question_key: str) -> ScriptedAnswer | None:
        """Return the answer pinned for a normalised question in a collection."""
        return self._scripts.get((collection_id, question_key)) if self._scripts else None
