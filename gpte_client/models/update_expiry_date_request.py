from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateExpiryDateRequest")


@_attrs_define
class UpdateExpiryDateRequest:
    """The day a chat session expires.

    Example:
        {'expiry_date': '2030-01-31', 'timezone': 'Europe/Paris'}

    Attributes:
        expiry_date (datetime.date): The day the session expires, at its start.
        timezone (None | str | Unset): IANA time zone of the day, e.g. `Europe/Paris`; UTC when omitted.
    """

    expiry_date: datetime.date
    timezone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        expiry_date = self.expiry_date.isoformat()

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
        expiry_date = datetime.date.fromisoformat(d.pop("expiry_date"))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        update_expiry_date_request = cls(
            expiry_date=expiry_date,
            timezone=timezone,
        )

        return update_expiry_date_request
