from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdateCollectionInactivityIntervalRequest")


@_attrs_define
class UpdateCollectionInactivityIntervalRequest:
    """Days without activity after which a collection expires.

    Example:
        {'inactivity_interval': 90}

    Attributes:
        inactivity_interval (int): Days.
    """

    inactivity_interval: int

    def to_dict(self) -> dict[str, Any]:
        inactivity_interval = self.inactivity_interval

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "inactivity_interval": inactivity_interval,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inactivity_interval = d.pop("inactivity_interval")

        update_collection_inactivity_interval_request = cls(
            inactivity_interval=inactivity_interval,
        )

        return update_collection_inactivity_interval_request
