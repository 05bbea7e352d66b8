from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCollectionPrivacyRequest")


@_attrs_define
class UpdateCollectionPrivacyRequest:
    """Make a collection public or private.

    Example:
        {'is_public': True}

    Attributes:
        is_public (bool): True to let every user read it.
        permissions (list[str] | None | Unset): What public access grants (when public); `read` when omitted.
    """

    is_public: bool
    permissions: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        is_public = self.is_public

        permissions: list[str] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, list):
            permissions = self.permissions

        else:
            permissions = self.permissions

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "is_public": is_public,
            }
        )
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_public = d.pop("is_public")

        def _parse_permissions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                permissions_type_0 = cast(list[str], data)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        update_collection_privacy_request = cls(
            is_public=is_public,
            permissions=permissions,
        )

        return update_collection_privacy_request
