from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCollectionExpiryRequest")


@_attrs_define
class UpdateCollectionExpiryRequest:
    """When a collection expires.

    Example:
        {'expiry_date': '2030-01-01', 'timezone': 'Europe/Paris'}

    Attributes:
        expiry_date (Any): An RFC 3339 date (`2030-01-01`, midnight in `timezone`) or date-time
            (`2030-01-01T17:00:00-05:00`).
        timezone (None | str | Unset): IANA time zone a date (or a date-time without offset) is read in; UTC when
            omitted, and for a name the server does not know (the name is kept).
    """

    expiry_date: Any
    timezone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        expiry_date: Any
        expiry_date = self.expiry_date

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "expiry_date": expiry_date,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_expiry_date(data: object) -> Any:
            return cast(Any, data)

        expiry_date = _parse_expiry_date(d.pop("expiry_date"))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        update_collection_expiry_request = cls(
            expiry_date=expiry_date,
            timezone=timezone,
        )

        return update_collection_expiry_request
