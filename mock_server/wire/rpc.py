"""Bodies of the vendor SDK's endpoints outside ``/api/v1`` (``/rpc/*``), as ``h2ogpte.types`` reads them."""

from __future__ import annotations

from .base import WireModel

__all__ = ["Identifier", "Meta", "MetaUIConfig"]


class MetaUIConfig(WireModel):
    """How the h2oGPTe UI presents itself; the SDK requires every field."""

    logo: str
    chat_logo: str
    primary_color: str
    chat_name: str
    greeting: str
    show_private_button: bool
    show_workers_status: bool
    show_live_logs: bool
    show_eval: bool
    show_extractors: bool
    public_mode: bool


class Meta(WireModel):
    """The server and the caller, as ``GET /rpc/meta`` reports them (``h2ogpte.types.Meta``)."""

    version: str
    build: str
    username: str
    user_id: str
    subject: str
    email: str
    is_guest: bool
    license_expired: bool
    license_expiry_date: str
    # Lists of config items; the mock has no server-side configuration to report.
    global_configs: list[dict[str, object]]
    user_configs: list[dict[str, object]]
    picture: str | None
    groups: list[str]
    workspaces: list[str]
    permissions: list[str]
    ui_config: MetaUIConfig


class Identifier(WireModel):
    """The id of what an ``/rpc`` call made or removed (``h2ogpte.types.Identifier``)."""

    id: str
