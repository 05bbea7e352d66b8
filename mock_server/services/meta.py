"""What ``GET /rpc/meta`` tells the vendor SDK about the server and the caller."""

from __future__ import annotations

from ..access import is_admin
from ..settings import Settings
from ..store import Store
from ..wire.rpc import Meta, MetaUIConfig

__all__ = ["BUILD", "user_meta"]

BUILD = "h2ogpte-mock"
# h2oGPTe's own admin permission name; the SDK only passes the list through.
_ADMIN_PERMISSIONS = ["PERMISSION_ADMIN"]
_UI = MetaUIConfig(
    logo="",
    chat_logo="",
    primary_color="#FEC925",
    chat_name="h2oGPTe mock",
    greeting="Ask a question about your documents.",
    show_private_button=False,
    show_workers_status=False,
    show_live_logs=False,
    show_eval=False,
    show_extractors=False,
    public_mode=False,
)


def user_meta(store: Store, settings: Settings, user: str) -> Meta:
    """The server's version and the caller's identity, groups and permissions."""
    return Meta(
        version=settings.server_version,
        build=BUILD,
        username=user,
        # Usernames are the mock's user ids: they are unique and never change.
        user_id=user,
        subject=user,
        email=f"{user}@example.com",
        is_guest=False,
        license_expired=False,
        license_expiry_date="2099-12-31",
        global_configs=[],
        user_configs=[],
        picture=None,
        groups=_groups(store, user),
        workspaces=[],
        permissions=list(_ADMIN_PERMISSIONS) if is_admin(user, settings.admins) else [],
        ui_config=_UI,
    )


def _groups(store: Store, user: str) -> list[str]:
    """The names of the groups ``user`` belongs to, as the store declares them."""
    return [group.name for group in store.groups_of(user)]
