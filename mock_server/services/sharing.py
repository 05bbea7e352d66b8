"""Public records and group sharing of collections and prompt templates, and the system templates'
visibility; who may read what stays decided by ``mock_server.access``."""

from __future__ import annotations

from collections.abc import Collection as Names
from collections.abc import Sequence
from typing import Literal

from msgspec.structs import replace

from ..access import is_admin
from ..errors import Conflict, Forbidden, NotFound
from ..store import SortColumn, Store, TemplateQuery
from ..wire import GroupSharePermission, PromptTemplate
from .access import own_collection, own_template, sharable_user, visible_collection, visible_template
from .views import group_permissions_view, template_view

__all__ = ["DEFAULT_PUBLIC_PERMISSIONS", "SharingService"]

# What a public collection grants when the owner names nothing: reading, as every share here does.
DEFAULT_PUBLIC_PERMISSIONS = ("read",)


class SharingService:
    """Making records public, sharing them with groups, and the admins' view of every template."""

    def __init__(self, store: Store, admins: Names[str]) -> None:
        self._store = store
        self._admins = admins

    # ---------------------------------------------------------------- collections
    def set_collection_privacy(
        self, user: str, collection_id: str, is_public: bool, permissions: list[str] | None
    ) -> None:
        """Make a collection readable by every user (with the given permissions), or private again."""
        collection = own_collection(self._store, user, collection_id)
        granted = tuple(permissions or DEFAULT_PUBLIC_PERMISSIONS) if is_public else ()
        self._store.save_collection(replace(collection, is_public=is_public, public_permissions=granted))

    def public_permissions(self, user: str, collection_id: str) -> list[str]:
        """The permissions public access grants: empty when the collection is private."""
        collection = visible_collection(self._store, user, collection_id)
        return list(collection.public_permissions) if collection.is_public else []

    def collection_groups(self, user: str, collection_id: str) -> list[GroupSharePermission]:
        """List the groups a collection is shared with."""
        return group_permissions_view(visible_collection(self._store, user, collection_id).group_shared_with)

    def share_collection(
        self, user: str, collection_id: str, group_id: str, permissions: list[str] | None
    ) -> None:
        """Let every member of a group read the collection."""
        collection = own_collection(self._store, user, collection_id)
        self._known_group(group_id)
        shared = {**collection.group_shared_with, group_id: permissions or ["read"]}
        self._store.save_collection(replace(collection, group_shared_with=shared))

    def unshare_collection(self, user: str, collection_id: str, group_id: str) -> None:
        """Revoke a group's access; revoking access the group does not have changes nothing."""
        collection = own_collection(self._store, user, collection_id)
        kept = {g: p for g, p in collection.group_shared_with.items() if g != group_id}
        self._store.save_collection(replace(collection, group_shared_with=kept))

    # ---------------------------------------------------------------- prompt templates
    def set_template_privacy(self, user: str, template_id: str, is_public: bool) -> None:
        """Make a template the user owns usable by every user, or private again."""
        template = own_template(self._store, user, template_id)
        self._store.save_template(replace(template, is_public=is_public))

    def template_groups(self, user: str, template_id: str) -> list[GroupSharePermission]:
        """List the groups a template is shared with."""
        return group_permissions_view(visible_template(self._store, user, template_id).group_shared_with)

    def share_template(self, user: str, template_id: str, group_id: str) -> None:
        """Let every member of a group use the template."""
        template = own_template(self._store, user, template_id)
        self._known_group(group_id)
        shared = {**template.group_shared_with, group_id: ["read"]}
        self._store.save_template(replace(template, group_shared_with=shared))

    def unshare_template(self, user: str, template_id: str, group_id: str) -> None:
        """Revoke a group's access to the template."""
        template = own_template(self._store, user, template_id)
        kept = {g: p for g, p in template.group_shared_with.items() if g != group_id}
        self._store.save_template(replace(template, group_shared_with=kept))

    def reset_template_users(self, user: str, template_id: str, usernames: Sequence[str]) -> None:
        """Share the template with exactly these users (besides its owner); all or nothing when one is
        unknown."""
        template = own_template(self._store, user, template_id)
        shared = {name: ["read"] for name in usernames if sharable_user(self._store, user, name)}
        self._store.save_template(replace(template, shared_with=shared))

    def reset_template_groups(self, user: str, template_id: str, group_ids: Sequence[str]) -> None:
        """Share the template with exactly these groups; all or nothing when one is unknown."""
        template = own_template(self._store, user, template_id)
        for group_id in group_ids:
            self._known_group(group_id)
        shared = {group_id: ["read"] for group_id in group_ids}
        self._store.save_template(replace(template, group_shared_with=shared))

    def set_visibility(self, user: str, template_id: str, visible: bool) -> None:
        """Show or hide a system template (admins only); the system default always stays visible."""
        self._require_admin(user, "Showing or hiding default prompt templates")
        template = self._store.get_template(template_id)
        if template is None:
            raise NotFound(f"Prompt template {template_id} not found")
        if template.owner is not None:
            raise Conflict(f"Prompt template {template_id} is not a default template")
        if template.is_default and not visible:
            raise Conflict(f"Prompt template {template_id} is the system default and cannot be hidden")
        self._store.save_template(replace(template, visible=visible))

    def list_all_templates(
        self,
        user: str,
        offset: int,
        limit: int,
        sort_column: SortColumn,
        ascending: bool,
        template_type: str,
        text: str | None,
    ) -> list[PromptTemplate]:
        """Return a page of every template, hidden system ones included (admins only)."""
        self._require_admin(user, "Listing every prompt template")
        kind: Literal["system", "user"] | None = None
        if template_type in ("system", "user"):
            kind = "system" if template_type == "system" else "user"
        query = TemplateQuery(
            user=user,
            everyone=True,
            kind=kind,
            text=text or None,
            sort_column=sort_column,
            ascending=ascending,
        )
        return [template_view(t) for t in self._store.list_templates(query, offset, limit)]

    def _known_group(self, group_id: str) -> None:
        # 409, as the vendor declares for these operations; not 404, which would say the record being
        # shared is missing (schemathesis reads a 404 right after a create as exactly that).
        if self._store.get_group(group_id) is None:
            raise Conflict(f"Group {group_id!r} does not exist")

    def _require_admin(self, user: str, what: str) -> None:
        if not is_admin(user, self._admins):
            raise Forbidden(f"{what} is for admins only")
